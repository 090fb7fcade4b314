package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.SummaryLength;
import dev.precis.nlp.analysis.Analyzer;
import dev.precis.pipeline.AnalyzedJson;
import dev.precis.pipeline.Precis;
import dev.precis.store.ArticleRef;
import dev.precis.store.Library;
import dev.precis.store.LibraryCheck;
import dev.precis.store.LibraryConfig;
import dev.precis.store.PlanningFaults;
import dev.precis.store.SearchQuery;
import dev.precis.store.StoryInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failure while one article's story is planned, in a load of ten invented articles, one-off ({@link Ingester},
 * planning inline) and {@code --analyzed} ({@link AnalyzedLoader}, a bulk load planning on a thread of its own): that
 * article is the one reported, in one line naming its input; every other one is stored, indexed and in the story a load
 * without the failing article gives it; the report's counts add up.
 */
class PlanningFailureIngestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** Ten invented reports, two of each of five events; each holds one word of its own (its marker). */
    private static final String[][] ARTICLES = {
        {"Portmere votes to rebuild its stone pier",
            "The harbour council in Portmere voted on Tuesday to rebuild the old stone pier that winter storms broke.",
            "Fishermen said the broken pier had forced their boats into the next bay for months. Marker word quillfeather."},
        {"Ferry strike on the northern islands ends",
            "The ferry strike on the northern islands ended on Thursday after three days of talks between the union and the company.",
            "Crossings to the islands resume on Friday morning, the ferry company said. Marker word lanternfish."},
        {"Northgate Bank raises its lending rate",
            "Northgate Bank raised its main lending rate by half a point on Monday, citing inflation in rents and food.",
            "Savers will earn more on deposits, while borrowers face higher monthly payments. Marker word copperkettle."},
        {"Border treaty signed by the two ministers",
            "The foreign ministers of Veldoria and Ostmark signed a border treaty on Wednesday after ten years of talks.",
            "The treaty settles the line along the river and opens two new crossings for trade. Marker word mossgarden."},
        {"Riverside Rovers win the league title",
            "Riverside Rovers won the league title on Saturday with a late goal against Harbour City in the last match of the season.",
            "The coach thanked the fans who travelled to the away ground. Marker word thistledown."},
        {"Pier repairs in Portmere to start next month",
            "Work on the stone pier in Portmere will start next month, the harbour council said, after Tuesday's vote to rebuild it.",
            "The repairs of the storm-broken pier will cost two million euros, shared with the regional fund. Marker word amberlight."},
        {"Island ferries sail again after the strike",
            "Ferries to the northern islands sailed again on Friday after the union and the company ended the three-day strike.",
            "The new contract raises the crews' pay by four percent over two years, the union said. Marker word silverbirch."},
        {"Borrowers face higher payments as Northgate raises rates",
            "Borrowers at Northgate Bank face higher monthly payments after the bank raised its lending rate by half a point.",
            "The bank said inflation in rents and food left it no choice; savers will earn more. Marker word ravenstone."},
        {"Veldoria and Ostmark settle their river border",
            "Veldoria and Ostmark settled their river border in a treaty their foreign ministers signed on Wednesday.",
            "Two new crossings for trade will open along the river next year under the treaty. Marker word pebblecove."},
        {"Rovers fans celebrate the league title",
            "Fans of Riverside Rovers celebrated the league title on Sunday, a day after the late goal against Harbour City.",
            "The coach and the players showed the trophy from an open bus along the river. Marker word willowmere."},
    };

    private static String marker(int i) {
        String text = ARTICLES[i][2];
        return text.substring(text.lastIndexOf(' ') + 1, text.length() - 1);
    }

    private Ingester ingester(Library lib) {
        return Ingester.builder(lib, Precis.builder().build()).threads(2).fetchTimeout(Duration.ofSeconds(1)).build();
    }

    /** The articles as text files, named in their order, leaving out those in {@code skip}. */
    private Path textFolder(String name, Set<Integer> skip) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        for (int i = 0; i < ARTICLES.length; i++) {
            if (!skip.contains(i)) {
                Files.writeString(dir.resolve(String.format("a%02d.txt", i)),
                        ARTICLES[i][0] + "\n\n" + ARTICLES[i][1] + "\n\n" + ARTICLES[i][2] + "\n");
            }
        }
        return dir;
    }

    /** The articles as precis-batch output lines (one file), leaving out those in {@code skip}. */
    private Path analyzedFile(String name, Set<Integer> skip) throws Exception {
        Analyzer analyzer = Analyzer.loadDefault();
        Precis precis = Precis.builder().build();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ARTICLES.length; i++) {
            if (!skip.contains(i)) {
                String id = String.format("a%02d", i);
                AnalyzedArticle a = analyzer.analyze(Article.of(id, ARTICLES[i][0], ARTICLES[i][1] + "\n\n" + ARTICLES[i][2], List.of())
                        .withPublished("2024-05-0" + (1 + i % 5)));
                lines.add(JSON.writeValueAsString(AnalyzedJson.write(JSON, "batch:" + id, null, a, precis.summarize(a, SummaryLength.DEFAULT))));
            }
        }
        Path f = Files.createDirectories(tmp.resolve(name)).resolve("part-00000");
        Files.write(f, lines);
        return f;
    }

    /** The library's stories, each as the set of its articles' headlines (ids differ between libraries). */
    private static Set<String> stories(Library lib) throws Exception {
        Set<String> out = new TreeSet<>();
        for (StoryInfo s : lib.stories(1, 100)) {
            out.add(lib.story(s.id()).orElseThrow().articles().stream().map(ArticleRef::title).sorted()
                    .collect(Collectors.joining(" | ")));
        }
        return out;
    }

    /** What a user must get after a load whose planning failed for the article {@code failing} alone. */
    private static void everyOtherArticleStored(Library lib, int failing, IngestReport r, String failingOrigin, Set<String> cleanStories)
            throws Exception {
        assertThat(r.items()).isEqualTo(ARTICLES.length);
        assertThat(r.failures()).singleElement().satisfies(f -> {
            assertThat(f.origin()).isEqualTo(failingOrigin);
            assertThat(f.reason()).contains("story planning failed").doesNotContain("\n");
        });
        assertThat(r.added()).isEqualTo(ARTICLES.length - 1);
        assertThat(r.added() + r.duplicates() + r.nearDuplicates() + r.empty() + r.failures().size()).isEqualTo(r.items());
        assertThat(lib.size()).isEqualTo(ARTICLES.length - 1);
        LibraryCheck check = lib.check();
        assertThat(check.indexed()).isEqualTo(ARTICLES.length - 1);
        assertThat(check.withoutStory()).isZero();
        assertThat(check.consistent()).isTrue();
        for (int i = 0; i < ARTICLES.length; i++) {
            assertThat(lib.search(SearchQuery.of(marker(i))).total()).as(marker(i)).isEqualTo(i == failing ? 0 : 1);
        }
        assertThat(stories(lib)).isEqualTo(cleanStories);
        assertThat(lib.logCounts()).containsEntry("FAILED", 1).containsEntry("ADDED", ARTICLES.length - 1);
    }

    /** The articles (all but {@code skip}) as the load's input: text files (one-off) or precis-batch lines. */
    private Path input(boolean analyzed, String name, Set<Integer> skip) throws Exception {
        return analyzed ? analyzedFile(name, skip) : textFolder(name, skip);
    }

    /** Loads {@code in} one-off ({@link Ingester}) or {@code --analyzed} ({@link AnalyzedLoader}). */
    private IngestReport load(boolean analyzed, Library lib, Path in) throws Exception {
        return analyzed ? new AnalyzedLoader(lib, p -> { }).load(List.of(in.toString()), null)
                : ingester(lib).ingest(List.of(in.toString()), null);
    }

    /** The origin a failure of article {@code i} names: its file, or the batch file and line. */
    private static String origin(boolean analyzed, Path in, int i) {
        return analyzed ? in + ":" + (i + 1) : in.resolve(String.format("a%02d.txt", i)).toString();
    }

    /** The stories of a load without the faults, of every article but {@code skip}. */
    private Set<String> clean(boolean analyzed, Set<Integer> skip) throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("clean")))) {
            IngestReport r = load(analyzed, lib, input(analyzed, "in-clean", skip));
            assertThat(r.added()).isEqualTo(ARTICLES.length - skip.size());
            Set<String> clean = stories(lib);
            assertThat(clean).as("the set makes stories of two").anyMatch(s -> s.contains(" | "));
            return clean;
        }
    }

    /**
     * A plan failing: the first report of the bank's rate rise (2), or the last article (9, its failure comes at the
     * load's end); one-off (planning inline) and {@code --analyzed} (a bulk load, planning on its own thread).
     */
    @ParameterizedTest
    @CsvSource({"2, false", "9, false", "2, true", "9, true"})
    @Timeout(180)
    void theArticleWhosePlanningFailsIsReportedAndTheRestStored(int failing, boolean analyzed) throws Exception {
        Set<String> clean = clean(analyzed, Set.of(failing));
        Path in = input(analyzed, "in", Set.of());
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib")))) {
            PlanningFaults.failAt(lib, "plan", ARTICLES[failing][0]);
            everyOtherArticleStored(lib, failing, load(analyzed, lib, in), origin(analyzed, in, failing), clean);
        }
    }

    /**
     * The topic space failing after it recorded an article (the record step): the article is stored, in its story, and
     * the library goes on from what its database holds; the next article is not blamed. The same stories as a clean load.
     */
    private static void everyArticleStored(Library lib, IngestReport r, Set<String> cleanStories) throws Exception {
        assertThat(r.items()).isEqualTo(ARTICLES.length);
        assertThat(r.failures()).isEmpty();
        assertThat(r.added()).isEqualTo(ARTICLES.length);
        assertThat(lib.size()).isEqualTo(ARTICLES.length);
        LibraryCheck check = lib.check();
        assertThat(check.indexed()).isEqualTo(ARTICLES.length);
        assertThat(check.consistent()).isTrue();
        for (int i = 0; i < ARTICLES.length; i++) {
            assertThat(lib.search(SearchQuery.of(marker(i))).total()).as(marker(i)).isEqualTo(1);
        }
        assertThat(stories(lib)).isEqualTo(cleanStories);
    }

    @ParameterizedTest
    @CsvSource({"2, false", "9, false", "2, true", "9, true"})
    @Timeout(180)
    void anArticleTheSpaceFailsToRecordIsKeptWithTheRest(int failing, boolean analyzed) throws Exception {
        Set<String> clean = clean(analyzed, Set.of());
        Path in = input(analyzed, "in", Set.of());
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib")))) {
            PlanningFaults.failAt(lib, "record", ARTICLES[failing][0]);
            everyArticleStored(lib, load(analyzed, lib, in), clean);
        }
    }

    /**
     * The search index refusing one article's document (the third, or the last): that article is stored and in its story
     * but reported as its input's failure, in one line; every article after it in its group is still indexed; the load
     * ends with its report (no "cannot index" ending it), whose counts add up; the next open indexes the refused article.
     */
    @ParameterizedTest
    @CsvSource({"2, false", "9, false", "2, true", "9, true"})
    @Timeout(180)
    void anArticleTheIndexRefusesIsReportedAndTheRestIndexed(int failing, boolean analyzed) throws Exception {
        Set<String> clean = clean(analyzed, Set.of());
        Path in = input(analyzed, "in", Set.of());
        Path dir = tmp.resolve("lib");
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            PlanningFaults.failIndexAt(lib, ARTICLES[failing][0]);
            IngestReport r = load(analyzed, lib, in);
            assertThat(r.items()).isEqualTo(ARTICLES.length);
            assertThat(r.failures()).singleElement().satisfies(f -> {
                assertThat(f.origin()).isEqualTo(origin(analyzed, in, failing));
                assertThat(f.reason()).contains("cannot index").contains("invented index fault").doesNotContain("\n");
            });
            assertThat(r.added()).isEqualTo(ARTICLES.length - 1);
            assertThat(r.added() + r.duplicates() + r.nearDuplicates() + r.empty() + r.failures().size()).isEqualTo(r.items());
            assertThat(lib.size()).isEqualTo(ARTICLES.length);
            for (int i = 0; i < ARTICLES.length; i++) {
                assertThat(lib.search(SearchQuery.of(marker(i))).total()).as(marker(i)).isEqualTo(i == failing ? 0 : 1);
            }
            LibraryCheck check = lib.check();
            assertThat(check.indexed()).isEqualTo(ARTICLES.length - 1);
            assertThat(check.missingFromIndex()).isEqualTo(1);
            assertThat(check.withoutStory()).isZero();
            assertThat(stories(lib)).isEqualTo(clean);
            assertThat(lib.logCounts()).containsEntry("FAILED", 1);
        }
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            // the index is derived: the next open puts the refused article in
            assertThat(lib.check().consistent()).isTrue();
            assertThat(lib.search(SearchQuery.of(marker(failing))).total()).isEqualTo(1);
        }
    }

    /** Two articles refused (the third and the eighth): each its own line, in input order; the counts still add up. */
    @ParameterizedTest
    @CsvSource({"false", "true"})
    @Timeout(180)
    void twoArticlesTheIndexRefusesAreEachReported(boolean analyzed) throws Exception {
        Path in = input(analyzed, "in", Set.of());
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib")))) {
            PlanningFaults.failIndexAt(lib, ARTICLES[2][0], ARTICLES[7][0]);
            IngestReport r = load(analyzed, lib, in);
            assertThat(r.failures()).extracting(f -> f.origin()).containsExactly(origin(analyzed, in, 2), origin(analyzed, in, 7));
            assertThat(r.added()).isEqualTo(ARTICLES.length - 2);
            assertThat(r.added() + r.duplicates() + r.nearDuplicates() + r.empty() + r.failures().size()).isEqualTo(r.items());
            for (int i = 0; i < ARTICLES.length; i++) {
                assertThat(lib.search(SearchQuery.of(marker(i))).total()).as(marker(i)).isEqualTo(i == 2 || i == 7 ? 0 : 1);
            }
        }
    }
}
