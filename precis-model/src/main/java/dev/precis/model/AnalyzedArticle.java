package dev.precis.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with everything the analysis found in it. All ranges index {@code article.text()}.
 * Immutable and thread-safe.
 *
 * @param article the article
 * @param sentences sentences in document order
 * @param entities entity mentions in document order
 * @param quotes quotes in document order
 * @param times time expressions in document order
 */
public record AnalyzedArticle(Article article, List<Sentence> sentences, List<EntityMention> entities,
                              List<Quote> quotes, List<TimeExpression> times) {

    public AnalyzedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        times = List.copyOf(times);
    }

    /** An article with sentences only. */
    public static AnalyzedArticle ofSentences(Article article, List<Sentence> sentences) {
        return new AnalyzedArticle(article, sentences, List.of(), List.of(), List.of());
    }
}
