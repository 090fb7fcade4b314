package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Sentence;
import dev.precis.model.TextRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story summary has three sentences when its candidates allow, even when they all come from one article
 * (the two-per-article cap spreads a summary over several articles, it must not cut a story of one short; nor
 * does a story of one article show its article's whole summary),
 * and never shows a sentence that a splitter cut at an ellipsis, nor the rest that follows it. Invented articles.
 */
class StorySummaryFillTest {

    @TempDir
    Path dir;

    private static final String FERRY = "The Tarrow ferry will run every hour from Monday, the island council said.\n\n"
            + "The council bought a second boat for the route in the spring.\n\n"
            + "Fares will stay at two pounds for adults and one pound for children.\n\n"
            + "The last boat will leave the island at ten in the evening.";

    /** A splitter that also ends a sentence at an ellipsis, as one does inside a title ("Fair ... Summer Edition"). */
    private static final Pattern SENTENCE = Pattern.compile("[^\\n]+?(?:[.!?](?=\\s|$)|\\.\\.\\.(?=\\s|$)|$)");

    private static long story(Library lib, LibraryEntry entry) throws Exception {
        long id = lib.add(entry).articleId();
        lib.flush();
        lib.consolidateStories();
        return lib.article(id).orElseThrow().story().id();
    }

    private static List<String> texts(Library lib, long story) throws Exception {
        return lib.storySummary(story, null, 5).orElseThrow().sentences().stream().map(StorySummary.Sentence::text).toList();
    }

    /** {@code text} analysed with {@link #SENTENCE}'s sentences. */
    private static AnalyzedArticle splitAtEllipses(String id, String title, String text) {
        AnalyzedArticle a = Fixtures.analyzed(id, title, text, "2024-06-01", List.of(), List.of());
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            String s = m.group();
            int lead = s.length() - s.stripLeading().length();
            if (!s.isBlank()) {
                sentences.add(new Sentence(sentences.size(), new TextRange(m.start() + lead, m.end())));
            }
        }
        return new AnalyzedArticle(a.article(), sentences, a.entities(), a.quotes(), a.times());
    }

    @Test
    void aStoryOfOneArticleShowsThreeOfItsSentencesNotMore() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            long story = story(lib, Fixtures.summarisedWhole(Fixtures.analyzed("f1", "Hourly ferry for Tarrow", FERRY, "2024-06-01",
                    List.of(), List.of()), "wire"));
            // three of the four, in the article's order (which three is the scorer's choice)
            List<String> texts = texts(lib, story);
            assertThat(texts).hasSize(3).first().isEqualTo("The Tarrow ferry will run every hour from Monday, the island council said.");
            assertThat(texts).isSortedAccordingTo((a, b) -> Integer.compare(FERRY.indexOf(a), FERRY.indexOf(b)));
        }
    }

    @Test
    void aSentenceCutAtAnEllipsisIsNeverShownNorItsRest() throws Exception {
        String fair = "Tickets for the Tarrow Spring Fair ... Summer Edition went on sale on Monday.\n\n"
                + "The fair moves to the harbour field this year, the island council said.\n\n"
                + "Stalls will open at nine each morning for three days.\n\n"
                + "Parking at the harbour will be free for visitors with a ticket.";
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            AnalyzedArticle a = splitAtEllipses("s1", "Tarrow fair tickets on sale", fair);
            assertThat(a.sentences().get(0).range().end()).as("the splitter cuts the first sentence at the ellipsis")
                    .isEqualTo(fair.indexOf("...") + 3);
            List<String> texts = texts(lib, story(lib, Fixtures.summarisedWhole(a, "wire")));
            assertThat(texts).noneMatch(t -> t.endsWith("...") || t.startsWith("Summer Edition")).hasSize(3);
        }
    }

    @Test
    void aSentenceOpeningOnALowerCaseWordIsNeverShown() throws Exception {
        String cup = "Harbour Rovers reached the county cup final with a 2-1 win at Dunmore on Sunday.\n\n"
                + "In the other semi-final Westport\n\nbeat\n\n"
                + "of Kilbride 3-2 at home, so the final is an all coast affair.\n\n"
                + "The iPod giveaway at half-time drew a record crowd of 4,000 to the ground.";
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            long story = story(lib, Fixtures.summarisedWhole(Fixtures.analyzed("c1", "Rovers reach cup final", cup, "2024-06-01",
                    List.of(), List.of()), "wire"));
            assertThat(texts(lib, story)).noneMatch(t -> t.startsWith("of Kilbride"))
                    .contains("The iPod giveaway at half-time drew a record crowd of 4,000 to the ground.");
        }
    }
}
