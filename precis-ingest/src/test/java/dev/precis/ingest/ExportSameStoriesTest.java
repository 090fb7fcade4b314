package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Sentence;
import dev.precis.model.Summary;
import dev.precis.model.TextRange;
import dev.precis.store.ArticleView;
import dev.precis.store.EntityCount;
import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import dev.precis.store.LibraryEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code precis export} then {@code precis ingest --analyzed} into an empty library gives the same stories,
 * also when an article names a person by the surname alone: the library stores that mention under the full
 * name it knows ("Jones" becomes "Richard Jones"), while the story features the first library planned with
 * read "Jones". The export carries the stored features, and the load plans with them.
 */
class ExportSameStoriesTest {

    @TempDir
    Path tmp;

    /**
     * A dam report naming its engineer in full, two unrelated reports, and one naming him by surname only. The dam
     * report runs past {@link dev.precis.store.StoryParams#shortLength()} distinct content words, so its pair with the
     * surname-only brief is no pair of short texts and the names weigh as they do between longer reports (what this
     * test is about is the export's stored features, not the short texts' reading).
     */
    private static final List<AnalyzedArticle> ARTICLES = List.of(
            article("dam", "Velmora dam inspected after heavy rain", "2024-04-08",
                    "Engineers inspected the Velmora dam on Monday after a week of heavy rain.\n\n"
                    + "Richard Jones, the chief engineer, said the spillway had held and the walls showed no cracks.\n\n"
                    + "Richard Jones added that the reservoir level would be lowered by two metres.\n\n"
                    + "The concrete structure was completed decades ago and supplies drinking water, irrigation channels "
                    + "and a small turbine station serving nearby villages; inspectors measured seepage, checked gauges, "
                    + "photographed joints and tested emergency sirens while volunteers cleared debris from culverts, "
                    + "ditches and bridges along the valley road.",
                    "Richard Jones", EntityType.PERSON, "Velmora", EntityType.LOCATION),
            article("orchard", "Orchard fair draws growers", "2024-04-06",
                    "The orchard fair in Ostmoor opened on Saturday with apples from twelve growers.\n\n"
                    + "Grower Hanna Lutz said the harvest was the best in ten years.",
                    "Hanna Lutz", EntityType.PERSON, "Ostmoor", EntityType.LOCATION),
            article("cattle", "Reservoir level lowered", "2024-04-10",
                    "Jones said on Wednesday that farmers downstream should move their cattle to higher fields.\n\n"
                    + "The county will pay for the transport, Jones said.",
                    "Jones", EntityType.PERSON),
            article("library", "Town library extends hours", "2024-04-09",
                    "The town library of Brenfield will open until nine in the evening from January.\n\n"
                    + "The council decided on Tuesday after students asked for quiet rooms.",
                    "Brenfield", EntityType.LOCATION));

    @Test
    void theCopyHasTheStoriesOfTheLibraryItWasExportedFrom() throws Exception {
        Path file = exportOfAFirstLibrary();
        List<String> before = stories(tmp.resolve("first"));
        try (Library first = Library.open(LibraryConfig.embedded(tmp.resolve("first")))) {
            // the case: the surname alone is stored under the library's full name
            assertThat(first.article(3).orElseThrow().entities()).extracting(EntityCount::canonical).containsExactly("Richard Jones");
        }
        assertThat(before).as("the surname-only report stays a story of its own, under its own reading of the name")
                .contains("3 story=3 [3] [Jones]");

        IngestReport load = load(file, "second");
        assertThat(load.added()).isEqualTo(4);
        assertThat(stories(tmp.resolve("second"))).containsExactlyElementsOf(before);

        // the same lines without the stored features: the report is planned from the stored "Richard Jones", not from
        // its own "Jones", so the copy's stories differ. (Whether its name-only join with the dam's story then lasts is
        // the consolidation's member check, StoryParams.memberBar, since stories57: the two share few words, and the
        // check lets it go; that is not what this test is about.)
        Path bare = tmp.resolve("bare.jsonl");
        Files.write(bare, Files.readAllLines(file).stream().map(l -> l.replaceAll(",\"storyFeatures\":\\{.*\\}\\}$", "}")).toList());
        assertThat(Files.readString(bare)).doesNotContain("storyFeatures");
        load(bare, "third");
        List<String> third = stories(tmp.resolve("third"));
        assertThat(third).isNotEqualTo(before);
        assertThat(third).filteredOn(l -> l.startsWith("3 ")).singleElement().asString()
                .contains("Richard Jones").doesNotContain("[Jones]");
    }

    @Test
    void aMalformedStoredFeatureIsNamedAndTheOtherLinesLoad() throws Exception {
        Path file = exportOfAFirstLibrary();
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(0, lines.get(0).replace("[\"Richard Jones\",2]", "[\"Richard Jones\",0]"));
        lines.set(1, lines.get(1).replaceAll("\"keys\":\\[.*\\]\\}\\}$", "\"keys\":[\"Ostmoor\"]}}"));
        Files.write(file, lines);
        IngestReport r = load(file, "second");
        assertThat(r.added()).isEqualTo(2);
        assertThat(r.failures()).extracting(IngestFailure::origin).containsExactly(file + ":1", file + ":2");
        assertThat(r.failures().get(0).reason()).isEqualTo("story keys: 'Richard Jones' needs a count of at least 1, got 0");
        assertThat(r.failures().get(1).reason()).isEqualTo("storyFeatures.keys: \"Ostmoor\" is not a [name, count] pair");
    }

    /** The four reports added to a library as an ingest adds them (stories consolidated at the end), exported. */
    private Path exportOfAFirstLibrary() throws Exception {
        Path file = tmp.resolve("backup.jsonl");
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("first")))) {
            for (AnalyzedArticle a : ARTICLES) {
                lib.add(new LibraryEntry(a, new Summary(a.article().id(), List.of()), "wire", a.article().id()));
            }
            lib.consolidateStories();
            assertThat(LibraryExport.write(lib, file)).isEqualTo(4);
        }
        return file;
    }

    private IngestReport load(Path file, String library) throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve(library)))) {
            return new AnalyzedLoader(lib, p -> { }).load(List.of(file.toString()), null);
        }
    }

    /** Each article's story: its id, members and key names. */
    private static List<String> stories(Path data) throws Exception {
        List<String> out = new ArrayList<>();
        try (Library lib = Library.open(LibraryConfig.embedded(data))) {
            for (long id = 1; id <= lib.size(); id++) {
                ArticleView v = lib.article(id).orElseThrow();
                var story = lib.story(v.story().id()).orElseThrow();
                out.add(id + " story=" + story.info().id() + " " + story.articles().stream().map(a -> a.id()).sorted().toList()
                        + " " + story.info().keyEntities());
            }
        }
        return out;
    }

    /** An article in paragraphs and sentences, each name (text, type pairs) marked wherever it occurs. */
    private static AnalyzedArticle article(String id, String title, String published, String text, Object... names) {
        List<TextRange> paragraphs = new ArrayList<>();
        int start = 0;
        for (String p : text.split("\n\n", -1)) {
            paragraphs.add(new TextRange(start, start + p.length()));
            start += p.length() + 2;
        }
        List<Sentence> sentences = new ArrayList<>();
        Matcher s = Pattern.compile("[^.\\n][^.\\n]*\\.").matcher(text);
        while (s.find()) {
            sentences.add(new Sentence(sentences.size(), new TextRange(s.start(), s.end())));
        }
        List<EntityMention> mentions = new ArrayList<>();
        for (int i = 0; i < names.length; i += 2) {
            String name = (String) names[i];
            Matcher m = Pattern.compile(Pattern.quote(name)).matcher(text);
            while (m.find()) {
                mentions.add(new EntityMention(new TextRange(m.start(), m.end()), (EntityType) names[i + 1], name, null));
            }
        }
        mentions.sort(Comparator.comparing(EntityMention::range));
        Article a = new Article(id, title, text, paragraphs, null, null, published, "en");
        return new AnalyzedArticle(a, sentences, mentions, List.of(), List.of());
    }
}
