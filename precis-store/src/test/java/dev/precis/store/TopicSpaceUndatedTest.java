package dev.precis.store;

import static dev.precis.store.TopicFeatures.features;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Articles without a date (no publication date, none written in the lead) in a library where others have one, as in
 * a set of which half the articles are dated: the date rules (the time factor, the clear choice's and the words join's
 * days, the bar's time rule) read a missing date as no evidence, so an undated report is grouped as a report of the
 * story's own days would be, and a dated report joins an undated story.
 */
class TopicSpaceUndatedTest {

    /** A day in 2013, the days of the dated stories. */
    private static final long DAY = 15_800L;

    /** Four unrelated stories and a ferry grounding (story 50) on {@code ferryDay} (null: undated). */
    private static TopicSpace space(StoryParams p, Long ferryDay) {
        TopicSpace s = new TopicSpace(p);
        s.add(1, features("Ostmark,Anna Kessel", "border treaty talks valletta ministers"), DAY, 10);
        s.add(2, features("Rovers,Tom Baxter", "league match goal striker penalty"), null, 20);
        s.add(3, features("Mars Rover", "planet dust crater landing probe"), DAY + 3, 30);
        s.add(4, features("Saltmere", "harvest grain price farmers drought"), null, 40);
        s.add(5, features("Port Liddel,Captain Orrin Vale,Coastguard Office",
                "ferry aground sandbank passengers rescued lifeboat tide storm harbour crew"), ferryDay, 50);
        return s;
    }

    // another outlet's report of the grounding: other names (one shared), half of the story's words
    private static final ArticleFeatures RETOLD = features("Marrow Bay,Elsa Finch,Port Liddel,Dunmore Clinic,Reverend Ames,Lighthouse Trust",
            "ferry aground sandbank passengers rescued lifeboat ambulance hotel blanket volunteers");

    // a report of the grounding's inquiry: one of its seven names and few of its words the story's
    private static final ArticleFeatures WEAK = features("Port Liddel,Harbour Trust,Mayor Quinn,Liddel Council,Judge Amsel,Tide Line,Orla Mews",
            "ferry aground sandbank inquiry owners statement");

    @Test
    void anUndatedReportScoresAsAReportOfTheStorysOwnDaysAndAboveOneMonthsAway() {
        TopicSpace s = space(StoryParams.DEFAULT, DAY);
        double sameDay = s.plan(WEAK, DAY).storyScore();
        assertThat(s.plan(WEAK, null).storyScore()).isEqualTo(sameDay);
        assertThat(s.plan(WEAK, DAY + 60).storyScore()).as("two months on, the time factor weighs").isLessThan(sameDay);
        // and a dated report with an undated story: no gap either
        TopicSpace undatedStory = space(StoryParams.DEFAULT, null);
        assertThat(undatedStory.plan(WEAK, DAY + 400).storyScore()).isEqualTo(sameDay);
    }

    @Test
    void aWeakMatchJoinsAsAnUndatedReportOrWithAnUndatedStoryButNotMonthsAway() {
        TopicSpace s = space(StoryParams.DEFAULT, DAY);
        assertThat(s.plan(WEAK, DAY).storyId()).isEqualTo(50);
        assertThat(s.plan(WEAK, null).storyId()).as("undated report").isEqualTo(50);
        assertThat(space(StoryParams.DEFAULT, null).plan(WEAK, DAY + 400).storyId()).as("undated story").isEqualTo(50);
        assertThat(s.plan(WEAK, DAY + 200).storyId()).as("a dated report 200 days after the story").isZero();
    }

    @Test
    void theWordsJoinTakesAnUndatedReportOfADatedStoryAndADatedReportOfAStoryWithAnUndatedMember() {
        // the clear choice off and the join bar at 0.5: only the words join can take the retold report
        StoryParams wordsOnly = StoryParams.DEFAULT.with("clearShare", 1).with("threshold", 0.5);
        TopicSpace s = space(wordsOnly, DAY);
        assertThat(s.plan(RETOLD, null).storyId()).as("undated report").isEqualTo(50);
        assertThat(s.plan(RETOLD, DAY + 200).storyId()).as("a dated report 200 days after the story").isZero();
        // the story gains an undated member: its days stay the dated member's
        s.add(6, RETOLD, null, 50);
        ArticleFeatures third = features("Port Liddel,Harbour Trust", "ferry aground sandbank passengers rescued lifeboat ambulance hotel");
        assertThat(s.plan(third, DAY + 2).storyId()).isEqualTo(50);
        assertThat(s.plan(third, DAY + 200).storyId()).isZero();
    }
}
