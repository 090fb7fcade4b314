package dev.precis.store;

import static dev.precis.store.TopicFeatures.features;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link StoryParams#shortLength()}, {@link StoryParams#shortKeys()} and {@link StoryParams#shortWords()}: two short
 * texts of one desk share its standing names (the minister, the party, the country) whatever event each reports, so a
 * pair of short texts is judged on its names less and on its words more.
 */
class TopicSpaceShortTextsTest {

    /** The names every brief of the invented desk carries. */
    private static final String DESK = "Anna Kessel,Veldoria,Unity Party";

    /** Short texts read as long ones (the knob off: the grouping before stories53). */
    private static final StoryParams ALIKE = StoryParams.DEFAULT.with("shortLength", 0);

    /**
     * Short texts read apart as stories52 measured them: 60 words, the names' share 0.15 (the library's default from
     * stories53 to stories57, which lowered the share to 0.05: the assertions here hold at both).
     */
    private static final StoryParams SHORT = StoryParams.DEFAULT.with("shortKeys", 0.15);

    @Test
    void aBriefOfTheDesksOtherEventDoesNotJoinOnTheDesksNamesAlone() {
        // the minister's port levy (story 10) and, six weeks later, her school-meals plan: two of the desk's names,
        // one shared word ("announced")
        ArticleFeatures meals = meals();
        assertThat(desk(ALIKE).plan(meals, 140L).storyId()).as("main: the names carry it in").isEqualTo(10);
        TopicSpace shortTexts = desk(SHORT);
        assertThat(StoryParams.DEFAULT.shortLength()).as("on in the library's grouping").isEqualTo(60);
        assertThat(StoryParams.DEFAULT.shortKeys()).as("stories57").isEqualTo(0.05);
        assertThat(shortTexts.plan(meals, 140L).storyId()).as("two short texts: the names count less").isZero();
        assertThat(desk(StoryParams.DEFAULT).plan(meals, 140L).storyId()).as("less still at the default 0.05").isZero();
    }

    @Test
    void aBriefOfTheSameEventStillJoinsAndLongTextsAreReadAsBefore() {
        // a second brief of the port levy: the names and the event's words
        ArticleFeatures levy = features(DESK, "port levy ships harbour dues announced tonnage");
        assertThat(desk(SHORT).plan(levy, 101L).storyId()).isEqualTo(10);
        assertThat(desk(StoryParams.DEFAULT).plan(levy, 101L).storyId()).as("and at the default 0.05").isEqualTo(10);
        // the same two reports with sixty-odd words each are no short texts: the knob leaves them as main reads them
        ArticleFeatures longMeals = features("Anna Kessel,Veldoria", "school meals plan pupils budget canteens kitchens announced "
                + filler("m", 60));
        TopicSpace longDesk = desk(SHORT, filler("p", 60));
        TopicSpace longAlike = desk(ALIKE, filler("p", 60));
        assertThat(longDesk.plan(longMeals, 140L).storyScore()).isEqualTo(longAlike.plan(longMeals, 140L).storyScore());
        assertThat(SHORT.shortPair(60, 60)).isTrue();
        assertThat(SHORT.shortPair(60, 61)).isFalse();
        assertThat(ALIKE.shortPair(10, 10)).isFalse();
        assertThat(SHORT.shortText(60)).isTrue();
        assertThat(SHORT.shortText(61)).isFalse();
        assertThat(ALIKE.shortText(1)).isFalse();
    }

    @Test
    void aShortBriefAgainstALongReportIsNoShortPairEitherWay() {
        // the long port-levy report (sixty-odd words) and the short school-meals brief: one short text is no short pair,
        // whichever of the two is planned, so the knob leaves the score as it was without it
        TopicSpace longDesk = desk(SHORT, filler("p", 60));
        TopicSpace longAlike = desk(ALIKE, filler("p", 60));
        ArticleFeatures meals = meals();
        assertThat(longDesk.plan(meals, 140L).storyScore()).isEqualTo(longAlike.plan(meals, 140L).storyScore());
        // ... and a short brief planned against short briefs is read apart (the same desk without the filler)
        assertThat(desk(SHORT).plan(meals, 140L).storyScore()).isNotEqualTo(desk(ALIKE).plan(meals, 140L).storyScore());
    }

    @Test
    void theShortPairsWordFloorRefusesAJoinOnNamesAndFewWords() {
        ArticleFeatures meals = meals();
        // names weighed as main does, but the join needs half the words in common
        StoryParams floor = SHORT.with("shortKeys", 0.3).with("shortWords", 0.5);
        assertThat(desk(floor.with("shortWords", 0)).plan(meals, 140L).storyId()).isEqualTo(10);
        assertThat(desk(floor).plan(meals, 140L).storyId()).isZero();
        ArticleFeatures levy = features(DESK, "port levy ships harbour dues announced tonnage");
        assertThat(desk(floor).plan(levy, 101L).storyId()).isEqualTo(10);
    }

    /** The desk's school-meals brief: two of its names and one word of the port-levy brief. */
    private static ArticleFeatures meals() {
        return features("Anna Kessel,Veldoria", "school meals plan pupils budget canteens kitchens announced");
    }

    /** The desk's port-levy brief (story 10, day 100) among nine unrelated stories. */
    private static TopicSpace desk(StoryParams params) {
        return desk(params, "");
    }

    private static TopicSpace desk(StoryParams params, String more) {
        TopicSpace s = new TopicSpace(params);
        s.add(1, features(DESK, ("port levy ships harbour dues announced " + more).trim()), 100L, 10);
        s.add(3, features("Rovers,Harbour City,Tom Baxter", "league match goal striker penalty"), 100L, 20);
        s.add(4, features("Mars Rover", "planet dust crater landing probe"), 100L, 30);
        s.add(5, features("Saltmere", "harvest grain price farmers drought"), 100L, 40);
        s.add(6, features("Ostmark,Quellan", "border treaty talks valletta ministers"), 100L, 50);
        s.add(7, features("Nordby", "ferry timetable winter storm"), 100L, 60);
        s.add(8, features("Brenmoor", "museum exhibition paintings opening"), 100L, 70);
        s.add(9, features("Tom Baxter", "marathon runners course record"), 100L, 80);
        s.add(10, features("Kelvara", "bridge repairs traffic closure"), 100L, 90);
        s.add(11, features("Saltmere Rovers", "cup final tickets fans"), 100L, 95);
        return s;
    }

    /** {@code n} invented words of one prefix. */
    private static String filler(String prefix, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(b.length() == 0 ? "" : " ").append(prefix).append("word").append(i);
        }
        return b.toString();
    }
}
