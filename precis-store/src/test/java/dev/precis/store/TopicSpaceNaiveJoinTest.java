package dev.precis.store;

import static dev.precis.store.TopicFeatures.features;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The join on the naive baseline's whole-text cosine ({@link StoryParams#naiveJoin()}), on invented reports whose
 * grouping features and whole text are given apart, so that the naive cosine alone decides.
 */
class TopicSpaceNaiveJoinTest {

    private static final String FERRY = "The ferry ran aground on a sandbank off Port Liddel at dawn. Lifeboat crews rescued "
            + "all ninety passengers as the tide rose and the storm grew, and the coastguard closed the harbour.";

    /** Four unrelated stories and a ferry report (story 50), each with a headline and a body, all on day 100. */
    private static TopicSpace space(StoryParams p) {
        TopicSpace s = new TopicSpace(p);
        add(s, 1, "Ostmark,Anna Kessel", "border treaty talks valletta ministers", 100, 10, "Treaty talks resume in Valletta",
                "Ministers of Ostmark met in Valletta to resume the border treaty talks that stalled in spring.");
        add(s, 2, "Rovers,Tom Baxter", "league match goal striker penalty", 100, 20, "Late penalty sinks Rovers",
                "A late penalty from the striker sank Rovers in a league match that had looked like a draw.");
        add(s, 3, "Mars Rover", "planet dust crater landing probe", 100, 30, "Probe lands in dusty crater",
                "The probe landed in a dusty crater after a seven month flight and sent its first pictures home.");
        add(s, 4, "Saltmere", "harvest grain price farmers drought", 100, 40, "Drought lifts grain prices",
                "Farmers in Saltmere saw grain prices climb as the drought cut the harvest for a second year.");
        add(s, 5, "Port Liddel,Captain Orrin Vale,Coastguard Office",
                "ferry aground sandbank passengers rescued lifeboat tide storm harbour crew", 100, 50,
                "Ferry runs aground off Port Liddel", FERRY);
        return s;
    }

    private static void add(TopicSpace s, long id, String keys, String terms, long day, long story, String title, String body) {
        s.add(id, features(keys, terms), day, story);
        s.headline(id, title);
        s.wording(id, title, body);
    }

    /** The join bar out of reach and the words join off: only the naive join can take a report. */
    private static StoryParams naive() {
        return StoryParams.DEFAULT.with("clearShare", 1).with("threshold", 0.5).with("meaningThreshold", 0.5)
                .with("wordsJoin", 0).with("naiveJoin", 0.3);
    }

    // another outlet's retelling: its grouping features share one word and no name with the story, its text most words
    private static final ArticleFeatures RETOLD = features("Marrow Bay,Elsa Finch", "ferry volunteers blankets hotel");
    private static final String RETOLD_BODY = "Lifeboat crews rescued ninety passengers at dawn after the ferry ran aground "
            + "on a sandbank off Port Liddel, as the storm grew and the tide rose; the coastguard closed the harbour.";

    @Test
    void aRetoldReportJoinsOnTheNaiveCosineOnlyWhenTheKnobIsOn() {
        assertThat(space(naive().with("naiveJoin", 0)).plan(RETOLD, 100L, "Ninety rescued at dawn", RETOLD_BODY).storyId())
                .as("off").isZero();
        assertThat(space(naive()).plan(RETOLD, 100L, "Ninety rescued at dawn", RETOLD_BODY).storyId()).isEqualTo(50);
        assertThat(space(naive()).plan(RETOLD, 100L, "Ninety rescued at dawn",
                "Volunteers handed out blankets in a hotel lobby while a choir sang for the visitors.").storyId())
                .as("a text of other words").isZero();
        assertThat(space(naive()).plan(RETOLD, 100L, "Ninety rescued at dawn", null).storyId()).as("no text").isZero();
    }

    @Test
    void theNaiveJoinStaysWithinTheClearChoicesDays() {
        assertThat(space(naive()).plan(RETOLD, 120L, null, RETOLD_BODY).storyId()).as("20 days").isEqualTo(50);
        assertThat(space(naive()).plan(RETOLD, 200L, null, RETOLD_BODY).storyId()).as("100 days").isZero();
        assertThat(space(naive()).plan(RETOLD, null, null, RETOLD_BODY).storyId()).as("undated").isEqualTo(50);
    }

    @Test
    void theLibraryReadsNoWholeTextWhileItsKnobsAreOff() {
        StoryParams d = StoryParams.DEFAULT;
        assertThat(d.naiveJoin()).isZero();
        assertThat(d.usesWording()).isFalse();
        assertThat(d.with("naiveJoin", 0.3).usesWording()).isTrue();
    }
}
