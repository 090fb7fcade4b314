package dev.precis.store;

import static dev.precis.store.TopicFeatures.features;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The join on the naive baseline's whole-text cosine ({@link StoryParams#naiveJoin()} and its gates), the
 * far-apart guard on it ({@link StoryParams#farDays()}) and its share of the pair similarity ({@link StoryParams#naiveWeight()}, {@link StoryParams#naiveSplitWeight()}), on invented reports whose grouping features and whole text
 * are given apart, so that the naive cosine alone decides.
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
                .with("wordsJoin", 0).with("naiveJoin", 0.3).with("naiveJoinKeys", 0).with("naiveJoinTitle", 0);
    }

    // another outlet's retelling: its grouping features share one word and no name with the story, its text most words
    private static final ArticleFeatures RETOLD = features("Marrow Bay,Elsa Finch", "ferry volunteers blankets hotel");
    private static final ArticleFeatures RETOLD_NAMED = features("Marrow Bay,Elsa Finch,Port Liddel", "ferry volunteers blankets hotel");
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
    void theGatesAskForASharedNameAndHeadlinesThatShareAWord() {
        StoryParams keys = naive().with("naiveJoinKeys", 0.01);
        assertThat(space(keys).plan(RETOLD, 100L, null, RETOLD_BODY).storyId()).as("no shared name").isZero();
        assertThat(space(keys).plan(RETOLD_NAMED, 100L, null, RETOLD_BODY).storyId()).as("one shared name").isEqualTo(50);
        StoryParams title = naive().with("naiveJoinTitle", 1);
        assertThat(space(title).plan(RETOLD, 100L, "Ninety rescued at dawn", RETOLD_BODY).storyId())
                .as("headlines share no word").isZero();
        assertThat(space(title).plan(RETOLD, 100L, "Ferry passengers rescued at dawn", RETOLD_BODY).storyId())
                .as("headlines share ferry").isEqualTo(50);
        assertThat(space(title).plan(RETOLD, 100L, null, RETOLD_BODY).storyId()).as("no headline: no veto").isEqualTo(50);
    }

    @Test
    void theNaiveJoinStaysWithinTheClearChoicesDays() {
        assertThat(space(naive()).plan(RETOLD, 120L, null, RETOLD_BODY).storyId()).as("20 days").isEqualTo(50);
        assertThat(space(naive()).plan(RETOLD, 200L, null, RETOLD_BODY).storyId()).as("100 days").isZero();
        assertThat(space(naive()).plan(RETOLD, null, null, RETOLD_BODY).storyId()).as("undated").isEqualTo(50);
    }

    // the ferry captain's other news months later: all three names and the story's grouping words, other text
    private static final ArticleFeatures CAPTAIN = features("Port Liddel,Captain Orrin Vale,Coastguard Office",
            "ferry aground sandbank passengers rescued lifeboat tide storm harbour crew");
    private static final String CAPTAIN_BODY = "Orrin Vale, once a ferry captain, won a council seat by forty votes "
            + "after a recount in the east ward; turnout was low and his rival conceded before noon.";

    @Test
    void farApartAJoinNeedsSomeNaiveCosineWithTheStory() {
        StoryParams off = StoryParams.DEFAULT;
        StoryParams guard = StoryParams.DEFAULT.with("farDays", 30).with("farWords", 0.15);
        assertThat(space(off).plan(CAPTAIN, 200L, null, CAPTAIN_BODY).storyId()).as("off: the names carry it").isEqualTo(50);
        assertThat(space(guard).plan(CAPTAIN, 200L, null, CAPTAIN_BODY).storyId()).as("100 days, other text").isZero();
        assertThat(space(guard).plan(CAPTAIN, 200L, null, RETOLD_BODY).storyId()).as("100 days, the same text").isEqualTo(50);
        assertThat(space(guard).plan(CAPTAIN, 120L, null, CAPTAIN_BODY).storyId()).as("20 days").isEqualTo(50);
        assertThat(space(guard).plan(CAPTAIN, null, null, CAPTAIN_BODY).storyId()).as("undated").isEqualTo(50);
    }

    /** The naive cosine as a share of the pair similarity: no separate join, the bar (0.2 here) judges the blend. */
    private static StoryParams weighted(double w) {
        return StoryParams.DEFAULT.with("clearShare", 1).with("threshold", 0.2).with("wordsJoin", 0).with("joinWords", 0)
                .with("naiveWeight", w);
    }

    @Test
    void theNaiveCosineBlendedIntoTheSimilarityLiftsARetoldReportOverTheBar() {
        assertThat(space(weighted(0)).plan(RETOLD, 100L, null, RETOLD_BODY).storyId()).as("off").isZero();
        assertThat(space(weighted(0.5)).plan(RETOLD, 100L, null, RETOLD_BODY).storyId()).isEqualTo(50);
        assertThat(space(weighted(0.5)).plan(RETOLD, 100L, null,
                "Volunteers handed out blankets in a hotel lobby while a choir sang for the visitors.").storyId())
                .as("a text of other words").isZero();
        assertThat(space(weighted(0.5)).plan(CAPTAIN, 100L, null, CAPTAIN_BODY).storyId())
                .as("all names and words shared, other text: the blend lowers it, still over the bar").isEqualTo(50);
        assertThat(space(weighted(0.5)).plan(RETOLD, 100L, null, null).storyScore())
                .as("no text: the similarity is the one without the knob")
                .isEqualTo(space(weighted(0)).plan(RETOLD, 100L, null, null).storyScore());
    }

    @Test
    void theSplitAndMergeChecksReadTheSameBlend() {
        TopicSpace off = space(weighted(0));
        TopicSpace on = space(weighted(0).with("naiveSplitWeight", 0.5));
        for (TopicSpace s : new TopicSpace[] {off, on}) {
            s.add(6, RETOLD, 100L, 50);
            s.wording(6, null, RETOLD_BODY);
        }
        double before = off.similarities(List.of(5L, 6L))[0][1];
        double after = on.similarities(List.of(5L, 6L))[0][1];
        assertThat(after).isGreaterThan(before);
        assertThat(on.similarities(List.of(1L, 6L))[0][1]).as("unrelated texts").isLessThan(after / 2);
    }

    @Test
    void theLibraryReadsNoWholeTextWhileItsKnobsAreOff() {
        StoryParams d = StoryParams.DEFAULT;
        assertThat(d.naiveJoin() + d.farDays() + d.naiveWeight()).isZero();
        assertThat(d.usesWording()).isFalse();
        assertThat(d.with("naiveJoin", 0.3).usesWording()).isTrue();
        assertThat(d.with("farDays", 30).usesWording()).isTrue();
        assertThat(d.naiveSplitWeight()).isZero();
        assertThat(d.with("naiveWeight", 0.2).usesWording()).isTrue();
        assertThat(d.with("naiveSplitWeight", 0.2).usesWording()).isTrue();
    }
}
