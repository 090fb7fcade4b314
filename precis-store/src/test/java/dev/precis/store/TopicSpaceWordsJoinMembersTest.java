package dev.precis.store;

import static dev.precis.store.TopicFeatures.features;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link StoryParams#wordsJoinMembers()}: the words join only into stories of at most that many members. */
class TopicSpaceWordsJoinMembersTest {

    /**
     * Four unrelated stories and a story of the flooded mine (story 50), of one member or, with {@code grown}, of
     * two (a second report with the same names); the clear-choice join off and the bar at 0.5, so only the words
     * join can take a retelling that shares no names.
     */
    private static TopicSpace space(double wordsJoin, double members, boolean grown) {
        TopicSpace s = new TopicSpace(StoryParams.DEFAULT.with("clearShare", 1).with("threshold", 0.5)
                .with("wordsJoin", wordsJoin).with("wordsJoinMembers", members).with("wordsJoinKeys", 0));
        s.add(1, features("Velmora,Ida Quist", "election count ballots recount turnout district"), 100L, 10);
        s.add(2, features("Harriers,Jon Pell", "cup final keeper save extra time"), 100L, 20);
        s.add(3, features("Orbiter Nine", "satellite launch orbit rocket stage"), 100L, 30);
        s.add(4, features("Dunholt", "orchard frost blossom apples growers"), 100L, 40);
        s.add(5, features("Greyfell Colliery,Mara Tollan,Mines Inspectorate",
                "mine flooded miners trapped pumps shaft rescuers water tunnel"), 100L, 50);
        if (grown) {
            s.add(6, features("Greyfell Colliery,Mara Tollan,Mines Inspectorate",
                    "mine flooded miners trapped pumps shaft rescuers inspectors tunnel"), 100L, 50);
        }
        return s;
    }

    // another outlet's account: other names, about half of the story's words
    private static final ArticleFeatures RETOLD = features("Kestrel Valley,Ruth Amble",
            "mine flooded miners trapped pumps shaft families vigil chapel blankets");

    @Test
    void aLoneReportTakesTheWordsJoin() {
        assertThat(space(0, 1, false).plan(RETOLD, 100L).storyId()).as("no shared names: below the bar").isZero();
        assertThat(space(0.3, 1, false).plan(RETOLD, 100L).storyId()).isEqualTo(50);
    }

    @Test
    void aGrownStoryTakesItOnlyWhenItsSizeIsAllowed() {
        assertThat(space(0, 0, true).plan(RETOLD, 100L).storyId()).as("no shared names: below the bar").isZero();
        assertThat(space(0.3, 1, true).plan(RETOLD, 100L).storyId()).as("two members, one allowed").isZero();
        assertThat(space(0.3, 2, true).plan(RETOLD, 100L).storyId()).as("two members, two allowed").isEqualTo(50);
        assertThat(space(0.3, 0, true).plan(RETOLD, 100L).storyId()).as("0: any size").isEqualTo(50);
    }

    @Test
    void theLibraryGroupingSetsNoSizeLimit() {
        StoryParams d = StoryParams.DEFAULT;
        assertThat(d.wordsJoinMembers()).isZero();
        assertThat(space(d.wordsJoin(), d.wordsJoinMembers(), true).plan(RETOLD, 100L).storyId()).as("a grown story takes it").isEqualTo(50);
    }
}
