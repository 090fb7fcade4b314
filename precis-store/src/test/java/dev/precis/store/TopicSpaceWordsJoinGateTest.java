package dev.precis.store;

import static dev.precis.store.TopicFeatures.features;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The second signal a {@link StoryParams#wordsJoin()} asks for ({@link StoryPlanner#WORDS_JOIN_KEYS}) and the headline
 * veto on joins made on names and meaning ({@link StoryParams#titleVeto()}), on invented reports.
 */
class TopicSpaceWordsJoinGateTest {

    /**
     * The library's grouping with short texts read as long ones: these fixtures' features are a handful of invented
     * words, so every pair would be a pair of short texts ({@link StoryParams#shortLength()}, its own test
     * {@code TopicSpaceShortTextsTest}), and the rules tested here are about other signals.
     */
    private static final StoryParams READ_LONG = StoryParams.DEFAULT.with("shortLength", 0);

    /**
     * Four unrelated stories and a ferry report (story 50) with headlines; the clear-choice join off and the join
     * bar at 0.5, so only the words join can take a retold report that shares no names.
     */
    private static TopicSpace space(StoryParams p) {
        TopicSpace s = new TopicSpace(p);
        add(s, 1, "Ostmark,Anna Kessel", "border treaty talks valletta ministers", 10, "Treaty talks resume in Valletta");
        add(s, 2, "Rovers,Tom Baxter", "league match goal striker penalty", 20, "Late penalty sinks Rovers");
        add(s, 3, "Mars Rover", "planet dust crater landing probe", 30, "Probe lands in dusty crater");
        add(s, 4, "Saltmere", "harvest grain price farmers drought", 40, "Drought lifts grain prices");
        add(s, 5, "Port Liddel,Captain Orrin Vale,Coastguard Office",
                "ferry aground sandbank passengers rescued lifeboat tide storm harbour crew", 50, "Ferry runs aground off Port Liddel");
        return s;
    }

    private static void add(TopicSpace s, long id, String keys, String terms, long story, String title) {
        s.add(id, features(keys, terms), 100L, story);
        s.headline(id, title);
    }

    private static StoryParams wordsJoin() {
        return READ_LONG.with("clearShare", 1).with("threshold", 0.5).with("wordsJoin", 0.3).with("titleVeto", 0);
    }

    // another outlet's report of the grounding: other names (none shared), half of the story's words
    private static final ArticleFeatures RETOLD = features("Marrow Bay,Elsa Finch",
            "ferry aground sandbank passengers rescued lifeboat ambulance hotel blanket volunteers");

    @Test
    void sharedNamesSecondTheWordsJoin() {
        StoryParams p = wordsJoin();
        assertThat(space(p).plan(RETOLD, 100L, null).storyId()).as("no name shared").isZero();
        ArticleFeatures named = features("Marrow Bay,Elsa Finch,Port Liddel,Dunmore Clinic,Reverend Ames,Lighthouse Trust",
                "ferry aground sandbank passengers rescued lifeboat ambulance hotel blanket volunteers");
        assertThat(space(p.with("wordsJoin", 0)).plan(named, 100L, null).storyId())
                .as("one shared name: still below the bar").isZero();
        assertThat(space(p).plan(named, 100L, null).storyId()).as("one shared name seconds the words").isEqualTo(50);
    }

    // a report on the ferry captain's other news: all three names, few of the story's words
    private static final ArticleFeatures CAPTAIN = features("Port Liddel,Captain Orrin Vale,Coastguard Office",
            "ferry harbour council seat election votes campaign count ballot mayor turnout ward");

    @Test
    void aNameJoinIsVetoedWhenHeadlinesShareNothingAndWordsAreFew() {
        StoryParams veto = READ_LONG.with("titleVeto", 0.2);
        assertThat(space(READ_LONG.with("titleVeto", 0)).plan(CAPTAIN, 100L, "Captain Vale wins council seat").storyId())
                .as("off: the names carry it").isEqualTo(50);
        assertThat(space(veto).plan(CAPTAIN, 100L, "Captain Vale wins council seat").storyId())
                .as("no shared headline word, few shared words").isZero();
        assertThat(space(veto).plan(CAPTAIN, 100L, "Ferry captain wins council seat").storyId())
                .as("the headlines share ferry").isEqualTo(50);
        assertThat(space(veto).plan(CAPTAIN, 100L, null).storyId()).as("no headline: no veto").isEqualTo(50);
        assertThat(space(READ_LONG.with("titleVeto", 0.01)).plan(CAPTAIN, 100L, "Captain Vale wins council seat").storyId())
                .as("enough shared words: no veto").isEqualTo(50);
    }

    @Test
    void theLibraryGroupingAsksForASharedNameAndVetoesOnHeadlines() {
        StoryParams d = READ_LONG;
        assertThat(space(d).plan(CAPTAIN, 100L, "Captain Vale wins council seat").storyId()).as("vetoed").isZero();
        assertThat(space(d).plan(CAPTAIN, 100L, "Ferry captain wins council seat").storyId()).isEqualTo(50);
    }
}
