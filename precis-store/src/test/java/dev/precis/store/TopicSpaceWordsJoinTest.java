package dev.precis.store;

import static dev.precis.store.TopicFeatures.features;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link StoryParams#wordsJoin()}: a report sharing much of a member's wording (and one name, {@link StoryPlanner#WORDS_JOIN_KEYS})
 * joins its story on the words.
 */
class TopicSpaceWordsJoinTest {

    /**
     * The library's grouping with short texts read as long ones: these fixtures' features are a handful of invented
     * words, so every pair would be a pair of short texts ({@link StoryParams#shortLength()}, its own test
     * {@code TopicSpaceShortTextsTest}), and the rules tested here are about other signals.
     */
    private static final StoryParams READ_LONG = StoryParams.DEFAULT.with("shortLength", 0);

    /**
     * Four unrelated stories, then a ferry report (story 50); the clear-choice join off and the join bar raised to
     * 0.5, so a report sharing half the words and one of five names stays below it and only the words join can take it.
     */
    private static TopicSpace space(double wordsJoin) {
        return space(READ_LONG.with("wordsJoin", wordsJoin));
    }

    private static TopicSpace space(StoryParams p) {
        TopicSpace s = new TopicSpace(p.with("clearShare", 1).with("threshold", 0.5));
        s.add(1, features("Ostmark,Anna Kessel", "border treaty talks valletta ministers"), 100L, 10);
        s.add(2, features("Rovers,Tom Baxter", "league match goal striker penalty"), 100L, 20);
        s.add(3, features("Mars Rover", "planet dust crater landing probe"), 100L, 30);
        s.add(4, features("Saltmere", "harvest grain price farmers drought"), 100L, 40);
        s.add(5, features("Port Liddel,Captain Orrin Vale,Coastguard Office",
                "ferry aground sandbank passengers rescued lifeboat tide storm harbour crew"), 100L, 50);
        return s;
    }

    // another outlet's report of the grounding: other names (one shared), half of the story's words
    private static final ArticleFeatures RETOLD = features("Marrow Bay,Elsa Finch,Port Liddel,Dunmore Clinic,Reverend Ames,Lighthouse Trust",
            "ferry aground sandbank passengers rescued lifeboat ambulance hotel blanket volunteers");

    @Test
    void aRetoldReportBelowTheBarJoinsOnItsWordsWhenOn() {
        TopicSpace off = space(0);
        assertThat(off.plan(RETOLD, 100L).storyId()).as("one shared name of five: below the join bar").isZero();
        TopicSpace on = space(0.3);
        assertThat(on.plan(RETOLD, 100L).storyId()).as("much of the wording shared: the words join").isEqualTo(50);
        assertThat(on.plan(RETOLD, 100L + 200).storyId()).as("months after the story: the bar alone decides").isZero();
    }

    @Test
    void fewSharedWordsStayApartEvenWhenOn() {
        ArticleFeatures touching = features("Marrow Bay,Elsa Finch,Port Liddel,Dunmore Clinic,Reverend Ames,Lighthouse Trust",
                "ferry timetable winter fares council vote budget depot buses trains");
        assertThat(space(0.3).plan(touching, 100L).storyId()).isZero();
    }

    @Test
    void theLibraryGroupingAsksForASharedNameBesideTheWords() {
        assertThat(READ_LONG.wordsJoin()).isEqualTo(0.3);
        assertThat(space(READ_LONG).plan(RETOLD, 100L).storyId()).as("one shared name seconds the words").isEqualTo(50);
        ArticleFeatures unnamed = features("Marrow Bay,Elsa Finch",
                "ferry aground sandbank passengers rescued lifeboat ambulance hotel blanket volunteers");
        assertThat(space(READ_LONG).plan(unnamed, 100L).storyId()).as("no name shared: no words join").isZero();
    }
}
