package dev.precis.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.extract.DensityArticleExtractor;
import dev.precis.extract.ExtractionException;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.ExtractedPage;
import dev.precis.model.Summary;
import dev.precis.model.SummaryLength;
import dev.precis.nlp.analysis.Analyzer;
import dev.precis.pipeline.AnalyzedJson;
import dev.precis.pipeline.Precis;
import dev.precis.store.ContentFingerprint;
import java.util.List;

/**
 * One document through the pipeline, as the single-JVM commands do it: a page is extracted as
 * {@code precis extract} does; a text (JSONL "text") is taken as given, as {@code precis analyze
 * --input} and {@code precis summarize --input} do, so offsets point into the text as given; then
 * entities, quotes and times ({@link Analyzer}) and the default summary. The line carries the fields
 * of the three batch contracts ({@link AnalyzedJson}). Thread-safe: its parts are.
 */
public final class ArticleProcessor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DensityArticleExtractor extractor;
    private final Analyzer analyzer;
    private final Precis precis;

    ArticleProcessor(DensityArticleExtractor extractor, Analyzer analyzer, Precis precis) {
        this.extractor = extractor;
        this.analyzer = analyzer;
        this.precis = precis;
    }

    /** The document's outcome; never throws (a failure is an outcome with its reason). */
    public Outcome process(Doc doc) {
        if (doc.failure() != null) {
            return new Outcome(doc.id(), doc.origin(), null, null, doc.failure());
        }
        try {
            ExtractedPage page;
            Article article;
            if (doc.html()) {
                page = DensityArticleExtractor.requireArticle(extractor.extractPage(doc.content(), doc.url()));
                article = page.article().withId(doc.id());
                if (doc.title() != null && article.title().isBlank()) {
                    article = new Article(article.id(), doc.title(), article.text(), article.paragraphs(), article.url(),
                            article.byline(), article.published(), article.language());
                }
            } else {
                article = Article.of(doc.id(), doc.title() == null ? "" : doc.title(), doc.content(), List.of());
                page = null;
            }
            if (doc.url() != null && article.url() == null) {
                article = article.withUrl(doc.url());
            }
            if (doc.published() != null && article.published() == null) {
                article = article.withPublished(doc.published());
            }
            if (article.text().isBlank()) {
                return new Outcome(doc.id(), doc.origin(), null, null, "no article text");
            }
            AnalyzedArticle analyzed = analyzer.analyze(article);
            Summary summary = precis.summarize(analyzed, SummaryLength.DEFAULT);
            ObjectNode line = AnalyzedJson.write(JSON, doc.origin(), page, analyzed, summary);
            return new Outcome(doc.id(), doc.origin(), JSON.writeValueAsString(line),
                    ContentFingerprint.of(article.text()).minhash(), null);
        } catch (ExtractionException e) {
            return new Outcome(doc.id(), doc.origin(), null, null, oneLine(e.getMessage()));
        } catch (Exception | StackOverflowError e) {
            return new Outcome(doc.id(), doc.origin(), null, null, e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()));
        }
    }

    static String oneLine(String m) {
        return m == null ? "" : m.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
