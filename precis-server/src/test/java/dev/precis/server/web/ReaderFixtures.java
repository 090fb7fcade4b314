package dev.precis.server.web;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.SummaryLength;
import dev.precis.nlp.analysis.Analyzer;
import dev.precis.pipeline.Precis;
import dev.precis.ingest.IngestReport;
import dev.precis.ingest.Ingester;
import dev.precis.server.ServerConfig;
import dev.precis.server.ServerContext;
import dev.precis.store.AddResult;
import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import dev.precis.store.LibraryEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small library for the reader's tests: articles written for these tests (three of them carry
 * markup in their title, byline and a quote, which must render as text), and optionally the shared
 * seed articles ingested the way {@code precis ingest} does.
 */
final class ReaderFixtures {

    static final String TOKEN = "test-write-token-0123456789";
    static final String XSS_TITLE = "<script>alert(1)</script>";
    static final String XSS_BYLINE = "\"><img src=x onerror=alert(1)>";
    static final String SCRIPT_QUOTE_WORDS = "</script><script>alert(3)</script>";

    private static Analyzer analyzer;
    private static Precis precis;

    /** The library, the pipeline and the ids of the fixture articles by short name. */
    record Built(Library library, Precis precis, Map<String, Long> ids) {
        ServerContext context(boolean protectReads) {
            return new ServerContext(library, precis, new ServerConfig("127.0.0.1", 0, TOKEN, protectReads, 1_000_000));
        }
    }

    private ReaderFixtures() {
    }

    static synchronized Precis precis() {
        if (precis == null) {
            precis = Precis.builder().build();
        }
        return precis;
    }

    static synchronized Analyzer analyzer() {
        if (analyzer == null) {
            analyzer = new Analyzer(new dev.precis.nlp.sentence.NewsSentenceSplitter(), analyzerEntities(),
                    new dev.precis.nlp.quote.RuleQuoteFinder(), new dev.precis.nlp.time.RuleTimeResolver());
        }
        return analyzer;
    }

    /** Builds the library in {@code dir}; {@code seeds} is the shared seeds folder or null. */
    static Built build(Path dir, Path seeds) throws IOException {
        Library library = Library.open(LibraryConfig.embedded(dir));
        Map<String, Long> ids = new LinkedHashMap<>();
        if (seeds != null) {
            ingestSeed(library, seeds, "000_", LocalDate.of(2024, 11, 25));
            ingestSeed(library, seeds, "003_", LocalDate.of(2022, 1, 31));
            for (long id = 1; id <= library.size() + 5; id++) {
                long found = id;
                library.article(id).ifPresent(v -> {
                    String ext = v.article().id();
                    if (ext.contains("003_")) {
                        ids.put("seed003", found);
                    } else if (ext.contains("000_")) {
                        ids.put("seed000", found);
                    }
                });
            }
        }
        ids.put("pier", add(library, "fixtures", "2023-04-02", "Marta Lind",
                "Harbour town votes to rebuild its old stone pier",
                "Residents of Selby Harbour voted on Sunday to rebuild the old stone pier that storms damaged last winter.",
                "\"We have waited two winters for this,\" said Anna Berg, the mayor of Selby Harbour.",
                "The council said the work would start in the spring and cost about two million euros, shared with the regional fund.",
                "Fishermen welcomed the vote, saying the damaged pier had forced their boats to moor in the neighbouring bay."));
        ids.put("xssTitle", add(library, "fixtures", "2023-04-03", null, XSS_TITLE,
                "This test article has a headline made of a script element, which the reader must show as plain text.",
                "The ferry company said on Monday that crossings to the northern islands would resume next week."));
        ids.put("xssByline", add(library, "fixtures", "2023-04-04", XSS_BYLINE,
                "Lighthouse on the northern cape reopens to visitors",
                "The restored lighthouse on the northern cape reopened to visitors this weekend after a long repair of its lantern.",
                "Volunteers guided the first groups up the 140 steps, and the keeper's cottage now houses a small museum."));
        ids.put("scriptQuote", add(library, "fixtures", "2023-04-05", "Jonas Weber",
                "Web developers meet in Tallinn to discuss safer pages",
                "Web developers from twelve countries met in Tallinn on Thursday to discuss how to build safer pages.",
                "\"A page must never trust a title that says " + SCRIPT_QUOTE_WORDS + " and must show it as text,\" said Maria Keller, who leads the security group.",
                "The meeting ends on Saturday with a workshop on content security policies."));
        library.flush();
        library.consolidateStories();
        return new Built(library, precis(), ids);
    }

    private static void ingestSeed(Library library, Path seeds, String prefix, LocalDate published) throws IOException {
        try (var files = Files.list(seeds)) {
            List<String> inputs = files.filter(p -> p.getFileName().toString().startsWith(prefix)).map(Path::toString).toList();
            IngestReport r = Ingester.builder(library, precis()).threads(1).defaultPublished(published)
                    .entities(analyzerEntities()).quotes(new dev.precis.nlp.quote.RuleQuoteFinder())
                    .times(new dev.precis.nlp.time.RuleTimeResolver()).build().ingest(inputs, "seeds");
            if (r.added() != inputs.size()) {
                throw new IllegalStateException("seed ingest failed: " + r.failures());
            }
        }
    }

    private static dev.precis.nlp.entity.StatisticalEntityRecognizer recognizer;

    private static synchronized dev.precis.nlp.entity.StatisticalEntityRecognizer analyzerEntities() {
        if (recognizer == null) {
            recognizer = new dev.precis.nlp.entity.StatisticalEntityRecognizer(dev.precis.nlp.entity.EntityModels.loadDefault());
        }
        return recognizer;
    }

    static long add(Library library, String source, String published, String byline, String title,
                            String... paragraphs) throws IOException {
        Article a = precis().readText("fixture-" + title.hashCode(), title + "\n\n" + String.join("\n\n", paragraphs))
                .withPublished(published).withByline(byline);
        AnalyzedArticle analyzed = analyzer().analyze(a);
        AddResult r = library.add(new LibraryEntry(analyzed, precis().summarize(analyzed, SummaryLength.DEFAULT), source,
                "fixture:" + title));
        return r.articleId();
    }
}
