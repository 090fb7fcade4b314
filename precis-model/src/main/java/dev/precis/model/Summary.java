package dev.precis.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An extractive summary: sentences of one article, as ranges into its text, in document order.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Summary s = summarizer.summarize(article, SummaryLength.sentences(3));
 * List<String> lines = s.texts(article.text());
 * }</pre>
 *
 * @param articleId the summarized article's id
 * @param sentences chosen sentences, sorted by position
 */
public record Summary(String articleId, List<SummarySentence> sentences) {

    public Summary {
        Objects.requireNonNull(articleId, "articleId");
        sentences = sentences.stream()
                .sorted(Comparator.comparing(SummarySentence::range))
                .toList();
    }

    /** The chosen sentences' text, in document order. */
    public List<String> texts(String articleText) {
        return sentences.stream().map(s -> s.range().slice(articleText)).toList();
    }

    public int size() {
        return sentences.size();
    }
}
