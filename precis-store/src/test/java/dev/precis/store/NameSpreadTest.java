package dev.precis.store;

import static dev.precis.store.TopicFeatures.features;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Key names spread over many stories weigh less in the join ({@link NameSpread}), on invented reports. */
class NameSpreadTest {

    // one outlet's name, dateline and stock wording on every report it files
    private static final String OUTLET = "Tarnbridge Courier,Lowmoor";
    private static final String STOCK = "courier reported newsroom follow updates ";

    /**
     * The outlet's report on a council budget (story 70) and six reports on other events, each its own story: the
     * outlet's too ({@code sameOutlet}) or each another outlet's (its own name and town), in the same stock wording;
     * among sixty reports of other outlets on other events, so that idf alone still sees the outlet's names as rare.
     */
    private static TopicSpace space(boolean sameOutlet) {
        TopicSpace s = new TopicSpace();
        for (int i = 0; i < 60; i++) {
            s.add(100 + i, features("Gazette " + i + ",Person " + i, "topic" + i + " matter" + i + " detail" + i), 100L, 1000L + i);
        }
        String[][] events = {
                {"Kestrel Rovers", "league match goal striker penalty"},
                {"Hollin Mill", "factory fire smoke crews blaze"},
                {"Sister Ada Prynne", "school choir concert pupils prize"},
                {"Wyke Lane", "roadworks diversion traffic delays bridge"},
                {"Corwen Hale", "bakery opening bread queue owner"},
                {"Mossby Park", "festival stage music crowd tickets"},
        };
        for (int i = 0; i < events.length; i++) {
            String outlet = sameOutlet ? OUTLET : "Outlet " + i + ",Town " + i;
            s.add(i + 1, features(outlet + "," + events[i][0], STOCK + events[i][1]), 100L, 10L * (i + 1));
        }
        s.add(7, features(OUTLET + ",Mayor Orla Brand", STOCK + "budget council tax rise services"), 100L, 70);
        return s;
    }

    // the outlet's report on another event: its name, dateline and stock wording, other event words
    private static final ArticleFeatures WARD = features(OUTLET + ",Dr Ivo Marsh",
            STOCK + "hospital ward closure nurses patients beds surgery");

    @Test
    void anOutletsReportsOfTwoEventsStayApartOnceItsNamesAreSpread() {
        assertThat(space(false).plan(WARD, 100L, null).storyId())
                .as("the outlet's names in one story only: they carry the join").isEqualTo(70);
        assertThat(space(true).plan(WARD, 100L, null).storyId())
                .as("the outlet's names in seven stories: the other event's report stays apart").isZero();
    }

    @Test
    void oneEventFromTwoOutletsStillJoins() {
        ArticleFeatures other = features("Fenwick Post,Mayor Orla Brand,Lowmoor",
                "budget council tax rise services libraries cuts");
        assertThat(space(true).plan(other, 100L, null).storyId()).isEqualTo(70);
    }

    @Test
    void aNameWeighsLessTheMoreStoriesHoldIt() {
        assertThat(NameSpread.weight(1)).isEqualTo(1);
        assertThat(NameSpread.weight(NameSpread.FULL)).isEqualTo(1);
        assertThat(NameSpread.weight(NameSpread.FULL * 4)).isEqualTo(0.5);
    }
}
