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
import dev.precis.store.ArticleFeatures;
import dev.precis.store.ContentFingerprint;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * One document through the pipeline, as the single-JVM commands do it: a page is extracted as
 * {@code precis extract} does; a text (JSONL "text") is taken as given, as {@code precis analyze
 * --input} and {@code precis summarize --input} do, so offsets point into the text as given; then
 * entities, quotes and times ({@link Analyzer}) and the default summary. The line carries the fields
 * of the three batch contracts ({@link AnalyzedJson}) and, when asked, the article's meaning vector
 * ({@code "meaning"}: the vector a library would compute for story grouping, to the bit,
 * {@link ArticleFeatures#encodeMeaningExact}), so that {@code precis ingest --analyzed} runs no encoder: the
 * encoder's few milliseconds an article are spent here, where they scale with the cluster, not in the
 * library's one loading process. Thread-safe: its parts are.
 */
public final class ArticleProcessor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DensityArticleExtractor extractor;
    private final Analyzer analyzer;
    private final Precis precis;
    private final Function<AnalyzedArticle, float[]> meaning;

    ArticleProcessor(DensityArticleExtractor extractor, Analyzer analyzer, Precis precis,
            Function<AnalyzedArticle, float[]> meaning) {
        this.extractor = extractor;
        this.analyzer = analyzer;
        this.precis = precis;
        this.meaning = meaning;
    }

    /**
     * The document's outcome; with {@code withMeaning}, its line carries the article's meaning vector (none
     * when the encoder cannot load here). Never throws (a failure is an outcome with its reason).
     */
    public Outcome process(Doc doc, boolean withMeaning) {
        if (doc.failure() != null) {
            return new Outcome(doc.id(), doc.origin(), null, null, doc.failure());
        }
        try {
            ExtractedPage page;
            Article article;
            if (doc.html()) {
                // a stored page: read against its fetch time, and without relative dates when that is unknown
                page = DensityArticleExtractor.requireArticle(extractor.extractPage(doc.content(), doc.url(),
                        doc.fetched() == null ? null : Instant.parse(doc.fetched())));
                article = page.article().withId(doc.id());
                if (doc.title() != null && article.title().isBlank()) {
                    article = new Article(article.id(), doc.title(), article.text(), article.paragraphs(), article.url(),
                            article.byline(), article.published(), article.language());
                }
            } else if (doc.textFile()) {
                // a .txt file is read as `precis ingest` reads one, so that a library loaded from the job's
                // lines holds the articles a full ingest of the same files would
                article = precis.readText(doc.id(), doc.content());
                page = null;
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
            float[] vector = withMeaning && meaning != null ? meaning.apply(analyzed) : null;
            if (vector != null) {
                line.put("meaning", ArticleFeatures.encodeMeaningExact(vector));
            }
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
