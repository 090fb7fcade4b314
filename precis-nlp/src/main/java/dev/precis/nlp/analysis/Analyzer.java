package dev.precis.nlp.analysis;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.EntityMention;
import dev.precis.model.Quote;
import dev.precis.model.Sentence;
import dev.precis.model.TimeExpression;
import dev.precis.nlp.EntityRecognizer;
import dev.precis.nlp.QuoteFinder;
import dev.precis.nlp.SentenceSplitter;
import dev.precis.nlp.TimeResolver;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Runs the analysis stages on an article: sentences, entities, quotes (speakers resolved against the
 * entities) and time expressions (resolved against the publication date, if known). Thread-safe if
 * the stages are (all Precis stages are).
 *
 * <pre>{@code
 * Analyzer analyzer = new Analyzer(new NewsSentenceSplitter(), recognizer, new RuleQuoteFinder(),
 *         new RuleTimeResolver());
 * AnalyzedArticle analyzed = analyzer.analyze(article);
 * }</pre>
 */
public final class Analyzer {

    private final SentenceSplitter splitter;
    private final EntityRecognizer recognizer;
    private final QuoteFinder quoteFinder;
    private final TimeResolver timeResolver;

    public Analyzer(SentenceSplitter splitter, EntityRecognizer recognizer, QuoteFinder quoteFinder,
                    TimeResolver timeResolver) {
        this.splitter = Objects.requireNonNull(splitter, "splitter");
        this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
        this.quoteFinder = Objects.requireNonNull(quoteFinder, "quoteFinder");
        this.timeResolver = Objects.requireNonNull(timeResolver, "timeResolver");
    }

    /** Analyses {@code article.text()}; relative time expressions need {@code article.published()}. */
    public AnalyzedArticle analyze(Article article) {
        String text = article.text();
        List<Sentence> sentences = splitter.split(text);
        List<EntityMention> entities = recognizer.recognize(text, sentences);
        List<Quote> quotes = quoteFinder.find(text, sentences, entities);
        LocalDate anchor = article.publishedDate().orElse(null);
        List<TimeExpression> times = timeResolver.resolve(text, sentences, anchor);
        return new AnalyzedArticle(article, sentences, entities, quotes, times);
    }
}
