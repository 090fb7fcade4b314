package dev.precis.cli;

import dev.precis.lab.baselines.ReadabilityBaseline;
import dev.precis.eval.extraction.WcxbEvaluation;
import dev.precis.eval.extraction.WcxbPage;
import dev.precis.extract.ExtractionException;
import dev.precis.extract.HtmlArticleReader;
import dev.precis.model.Article;
import dev.precis.model.ExtractedPage;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WCXB report of {@code precis eval extraction --wcxb}: Precis (as the batch contract delivers
 * it: a page it does not extract has an empty text) beside Readability4J on the article pages, Precis
 * per gold page type, its page-type recognition and its worst article pages. Not thread-safe.
 */
final class WcxbReport {

    private static final String PRECIS = "precis (DensityArticleExtractor)";

    private final PrintWriter out;
    private final int worst;
    private WcxbEvaluation precisRun;

    WcxbReport(PrintWriter out, int worst) {
        this.out = out;
        this.worst = worst;
    }

    void run(List<WcxbPage> pages, WcxbPage.Split split, boolean baselines) {
        // as the batch contract builds it (`precis extract --input`): with the language model, which orders
        // "12/07/2017" on pages that declare no language or declare one their text is not in
        HtmlArticleReader reader = HtmlArticleReader.withLanguageModel();
        Map<String, WcxbEvaluation.System> systems = new LinkedHashMap<>();
        systems.put(PRECIS, (page, html) -> precis(reader, page, html));
        if (baselines && !Lab.present()) {
            out.println("note: the Readability4J baseline is not in this build (precis-lab); run ./precis from a source checkout for it");
        }
        if (baselines && Lab.present()) {
            systems.put("Readability4J 1.0.8", ReadabilityBaseline::readability);
        }
        List<WcxbEvaluation> runs = WcxbEvaluation.run(systems, pages);
        WcxbEvaluation precis = runs.get(0);
        precisRun = precis;
        long articles = pages.stream().filter(WcxbPage::isArticle).count();
        out.printf("WCXB: %d pages (split %s%s), %d of them articles%n%n", pages.size(), split.name().toLowerCase(),
                split == WcxbPage.Split.TUNE ? ": odd file ids" : split == WcxbPage.Split.TEST ? ": even file ids" : "",
                articles);
        out.printf("article pages%n");
        header("system");
        for (WcxbEvaluation run : runs) {
            row(run.name(), run.articles());
        }
        out.printf("%nprecis by gold page type%n");
        header("type");
        precis.byType().forEach(this::row);
        WcxbEvaluation.Totals a = precis.articles();
        // how many date misses are a choice between two dates read (the publication kept, the gold being the
        // change the page shows) rather than a date not found
        out.printf("%ndate (precis, article pages): gold is the publication %.3f, the publication or the change %.3f (of %d)%n",
                a.date(), a.dateFound(), a.datePages());
        out.printf("%npage type (precis): non-article pages not called articles %.3f; article pages called articles %.3f%n",
                precis.nonArticlesRefused(), a.calledArticle());
        out.printf("predicted type by gold type:%n");
        precis.confusion().forEach((gold, predicted) -> out.printf("  %-14s %s%n", gold, predicted));
        out.printf("%nworst article pages for precis (body F1, precision, recall):%n");
        for (WcxbEvaluation.PageResult r : precis.worstArticles(worst)) {
            WcxbEvaluation.Prediction p = r.prediction();
            String note = p.error() != null ? "  [" + p.error() + "]"
                    : p.pageType() != null && !"article".equals(p.pageType()) ? "  [called " + p.pageType() + "]" : "";
            out.printf("  F1=%.3f P=%.3f R=%.3f  %s  %s%s%n", r.body().f1(), r.body().precision(), r.body().recall(),
                    r.page().id(), r.page().url(), note);
        }
        out.flush();
    }

    /** Writes Precis's outcome on every page of the last {@link #run} as one JSON object a line. */
    void writePages(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (WcxbEvaluation.PageResult r : precisRun.results()) {
                WcxbEvaluation.Prediction p = r.prediction();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", r.page().id());
                m.put("url", r.page().url());
                m.put("gold_type", r.page().pageType());
                m.put("type", p.error() != null ? "error" : p.pageType());
                m.put("error", p.error());
                m.put("f1", r.body().f1());
                m.put("precision", r.body().precision());
                m.put("recall", r.body().recall());
                m.put("title_ok", r.title());
                m.put("gold_title", r.page().title());
                m.put("title", p.title());
                m.put("author_ok", r.author());
                m.put("gold_author", r.page().author());
                m.put("byline", p.byline());
                m.put("authors", p.authors());
                m.put("date_ok", r.date());
                m.put("gold_date", r.page().publishDate());
                m.put("date", p.published());
                m.put("modified", p.modified());
                m.put("declaredPublished", p.declaredPublished());
                w.write(json.writeValueAsString(m));
                w.newLine();
            }
        }
    }

    private void header(String first) {
        out.printf("%-34s %6s %8s %9s %17s %17s %17s %9s%n", first, "pages", "body F1", "shingle", "title", "author",
                "date", "article");
    }

    private void row(String name, WcxbEvaluation.Totals t) {
        out.printf("%-34s %6d %8.4f %9.4f %17s %17s %17s %9.3f%n", name, t.pages(), t.bodyF1(), t.shingles().f1(),
                share(t.title(), t.titlePages()), share(t.author(), t.authorPages()), share(t.date(), t.datePages()),
                t.calledArticle());
    }

    private static String share(double v, int n) {
        return n == 0 ? "-" : String.format("%.3f (of %d)", v, n);
    }

    /** Precis as the batch contract delivers it. */
    static WcxbEvaluation.Prediction precis(HtmlArticleReader reader, WcxbPage page, byte[] html) {
        ExtractedPage p;
        try {
            // a stored page: when it was fetched is unknown, as in the batch contract without "fetched"
            p = reader.read(html, page.url(), null, null);
        } catch (ExtractionException e) {
            if (e.metadataOnly().isEmpty()) {
                return WcxbEvaluation.Prediction.failed(e.getMessage());
            }
            // the batch writes such a page's metadata beside its error, with no text
            Article m = e.metadataOnly().get().article();
            return new WcxbEvaluation.Prediction(null, "", m.title(), m.byline(), e.metadataOnly().get().authors(),
                    m.published(), e.getMessage(), e.metadataOnly().get().modified(),
                    e.metadataOnly().get().declaredPublished());
        }
        Article a = p.article();
        return new WcxbEvaluation.Prediction(p.pageType().label(), a.text(), a.title(), a.byline(),
                p.authors(), a.published(), null, p.modified(), p.declaredPublished());
    }
}
