package dev.precis.server.web;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.SummaryLength;
import dev.precis.nlp.analysis.Analyzer;
import dev.precis.pipeline.ingest.IngestReport;
import dev.precis.pipeline.ingest.Ingester;
import dev.precis.server.ServerContext;
import dev.precis.store.AddResult;
import dev.precis.store.LibraryEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Adds one article from the editor's form: pasted text (title on the first line) or a URL fetched
 * through the pipeline's fetcher, which refuses private and loopback addresses. The analysis models
 * load on first use. Thread-safe.
 */
final class ArticleAdder {

    /** What happened: HTTP status, a message for the editor, the new or existing article's id if any. */
    record Outcome(int status, String message, Long articleId) {
    }

    private final ServerContext context;
    private volatile Analyzer analyzer;

    ArticleAdder(ServerContext context) {
        this.context = context;
    }

    Outcome addText(String text) throws Exception {
        Article a = context.precis().readText("web-" + UUID.randomUUID(), text);
        if (a.text().isBlank()) {
            return new Outcome(400, "There is no article text under the title.", null);
        }
        if (a.published() == null) {
            a = a.withPublished(LocalDate.now(java.time.ZoneOffset.UTC).toString());
        }
        AnalyzedArticle analyzed = analyzer().analyze(a);
        AddResult r = context.library().add(new LibraryEntry(analyzed, context.precis().summarize(analyzed, SummaryLength.DEFAULT),
                "pasted", "web form"));
        context.library().flush();
        return switch (r.status()) {
            case ADDED -> new Outcome(201, "Added.", r.articleId());
            case DUPLICATE, NEAR_DUPLICATE -> new Outcome(200, "The library already holds this article.", r.articleId());
        };
    }

    Outcome addUrl(String url) throws Exception {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return new Outcome(400, "The URL must start with http:// or https://.", null);
        }
        IngestReport report = Ingester.builder(context.library(), context.precis()).threads(1).build().ingest(List.of(url), null);
        if (!report.failures().isEmpty()) {
            return new Outcome(422, "Could not add " + url + ": " + report.failures().get(0).reason(), null);
        }
        if (report.added() == 1) {
            return new Outcome(201, "Added.", null);
        }
        return new Outcome(200, "The library already holds this article.", null);
    }

    private Analyzer analyzer() {
        Analyzer a = analyzer;
        if (a == null) {
            synchronized (this) {
                if (analyzer == null) {
                    analyzer = Analyzer.loadDefault();
                }
                a = analyzer;
            }
        }
        return a;
    }
}
