package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.SummaryLength;
import dev.precis.nlp.analysis.Analyzer;
import dev.precis.nlp.entity.EntityModels;
import dev.precis.nlp.entity.StatisticalEntityRecognizer;
import dev.precis.nlp.quote.RuleQuoteFinder;
import dev.precis.nlp.time.RuleTimeResolver;
import dev.precis.pipeline.AnalyzedJson;
import dev.precis.pipeline.Precis;
import dev.precis.store.ArticleView;
import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import dev.precis.store.StoryView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading analysed lines ({@code precis ingest --analyzed}) gives the library a plain ingest of the same
 * items gives: the same articles under the same ids, the same analysis and summaries, copies, related
 * articles and stories; and the loader's preparing threads change nothing (1 thread and 4 agree).
 */
class AnalyzedSameLibraryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** id, title, published, text: two stories of two articles, an exact copy, a near copy, others alone. */
    private static final String[][] ITEMS = {
        {"pier-1", "Portmere will rebuild its stone pier", "2024-05-07",
            "The harbour council in Portmere voted on Tuesday to rebuild the old stone pier.\n\n\"We cannot wait another winter,\" said Mayor Ellen Brook, who led the campaign for the repairs.\n\nWork will start next month and cost about two million euros, the council said."},
        {"ferry-1", "Ferry strike on the northern islands ends", "2024-05-09",
            "The ferry strike on the northern islands ended on Thursday after three days of talks.\n\nUnion leader Marta Quill said the new contract raised pay by four percent over two years.\n\nCrossings to the islands will resume on Friday morning, the Northline ferry company said."},
        {"library-1", "Kellby library opens in the evening", "2024-05-10",
            "The public library in Kellby will stay open until nine in the evening from June, the town hall announced.\n\nLibrarian Oskar Veldt said students had asked for quiet rooms after school.\n\nThe longer hours will cost the town about forty thousand euros a year."},
        {"pier-1-copy", "Portmere will rebuild its stone pier", "2024-05-07",
            "The harbour council in Portmere voted on Tuesday to rebuild the old stone pier.\n\n\"We cannot wait another winter,\" said Mayor Ellen Brook, who led the campaign for the repairs.\n\nWork will start next month and cost about two million euros, the council said."},
        {"pier-2", "Portmere pier work begins", "2024-06-03",
            "Builders began work on the Portmere stone pier on Monday, a month after the harbour council vote.\n\nMayor Ellen Brook said the pier would reopen to fishing boats before the winter storms.\n\nThe harbour council has set aside two million euros for the repairs."},
        {"ferry-1-near", "Ferry strike on the northern islands ends", "2024-05-09",
            "The ferry strike on the northern islands ended on Thursday after three days of talks.\n\nUnion leader Marta Quill said the new contract raised pay by four percent over two years.\n\nCrossings to the islands will resume on Friday morning, the Northline ferry company said on Thursday."},
        {"ferry-2", "Northline ferries sail again", "2024-05-10",
            "Northline ferries sailed to the northern islands again on Friday after the strike ended.\n\nMarta Quill, the union leader, said crews were glad to be back at sea.\n\nThe company said all crossings ran on time."},
        {"orchard-1", "Apple harvest in the Dree valley", "2024-09-20",
            "Farmers in the Dree valley expect a record apple harvest this autumn after a warm and wet summer.\n\nGrower Hanna Lutz said her trees carried twice as much fruit as last year.\n\nPrices at the valley market fell by a tenth in September."},
    };

    @Test
    void loadingAnalysedLinesGivesTheLibraryOfAPlainIngest() throws Exception {
        Precis precis = Precis.builder().build();
        var recognizer = new StatisticalEntityRecognizer(EntityModels.loadDefault());
        var quotes = new RuleQuoteFinder();
        var times = new RuleTimeResolver();
        Path items = tmp.resolve("items.jsonl");
        List<String> jsonl = new ArrayList<>();
        for (String[] it : ITEMS) {
            ObjectNode o = JSON.createObjectNode().put("id", it[0]).put("title", it[1]).put("published", it[2]).put("text", it[3]);
            jsonl.add(JSON.writeValueAsString(o));
        }
        Files.write(items, jsonl);

        Path plain = tmp.resolve("plain");
        try (Library lib = Library.open(LibraryConfig.embedded(plain))) {
            Ingester.builder(lib, precis).entities(recognizer).quotes(quotes).times(times).threads(2).build()
                    .ingest(List.of(items.toString()), "wire");
        }
        // the job's lines for the same items: the same reading of the text, analysis and summary
        Analyzer analyzer = new Analyzer(precis.splitter(), recognizer, quotes, times);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ITEMS.length; i++) {
            String[] it = ITEMS[i];
            Article a = precis.readText(it[0], it[1] + "\n\n" + it[3]).withPublished(it[2]);
            AnalyzedArticle analyzed = analyzer.analyze(a);
            lines.add(JSON.writeValueAsString(AnalyzedJson.write(JSON, items + ":" + (i + 1), null, analyzed,
                    precis.summarize(analyzed, SummaryLength.DEFAULT))));
        }
        Path out = Files.createDirectories(tmp.resolve("out/json"));
        Files.write(out.resolve("part-00000"), lines.subList(0, 3));
        Files.write(out.resolve("part-00001"), lines.subList(3, lines.size()));

        List<Object> expected = contents(plain);
        assertThat(expected).hasSizeGreaterThan(ITEMS.length);
        for (int threads : new int[] {1, 4}) {
            Path loaded = tmp.resolve("loaded-" + threads);
            try (Library lib = Library.open(LibraryConfig.embedded(loaded))) {
                IngestReport r = new AnalyzedLoader(lib, p -> { }, threads).load(List.of(out.toString()), "wire");
                assertThat(r.failures()).isEmpty();
                assertThat(r.added()).isEqualTo(6);
            }
            assertThat(contents(loaded)).as("library loaded with %d threads", threads).isEqualTo(expected);
        }
    }

    /** Every article as the reader shows it, then every story with its articles and timeline. */
    private static List<Object> contents(Path dir) throws Exception {
        List<Object> all = new ArrayList<>();
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            for (long id = 1; id <= lib.size(); id++) {
                ArticleView v = lib.article(id).orElseThrow();
                all.add(v);
            }
            for (var s : lib.stories(1, 0, 100)) {
                StoryView v = lib.story(s.id()).orElseThrow();
                all.add(v);
            }
        }
        return all;
    }
}
