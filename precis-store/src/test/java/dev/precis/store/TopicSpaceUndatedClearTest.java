package dev.precis.store;

import static dev.precis.store.TopicFeatures.features;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The clear choice's share of the bar when a date is missing ({@link StoryParams#undatedClear()}): a weak match that
 * is the clear choice joins when the article and the story are both dated (their days back "nothing else comes
 * close"), and with {@code undatedClear} 1 it needs the full bar when either date is unknown; a report that clears the
 * full bar joins either way.
 */
class TopicSpaceUndatedClearTest {

    /** A day in 2014, the days of the dated stories. */
    private static final long DAY = 16_100L;

    private static final StoryParams OFF = StoryParams.DEFAULT.with("undatedClear", 0);
    private static final StoryParams ON = StoryParams.DEFAULT.with("undatedClear", 1);

    /** Four unrelated stories and a kiln fire at a pottery (story 50) on {@code kilnDay} (null: undated). */
    private static TopicSpace space(StoryParams p, Long kilnDay) {
        TopicSpace s = new TopicSpace(p);
        s.add(1, features("Verrow,Ilse Marten", "canal lock repairs barges towpath closure"), DAY, 10);
        s.add(2, features("Hollin Athletic,Jed Sorrel", "cup replay keeper saves extra time"), null, 20);
        s.add(3, features("Quill Observatory", "comet tail telescope night sky sighting"), DAY + 2, 30);
        s.add(4, features("Brackwater", "orchard frost apples growers losses"), null, 40);
        s.add(5, features("Tamsey,Orla Fenwick,Tamsey Fire Station",
                "kiln fire pottery workshop smoke glaze firefighters roof kiln blaze studio"), kilnDay, 50);
        return s;
    }

    // a report of the kiln fire's insurance claim: one of its six names and two of its eight words the story's
    private static final ArticleFeatures WEAK = features("Tamsey,Crail Mutual,Judge Perrin,Vesta Cooke,Harl Road,Mill Yard",
            "kiln pottery claim insurers payout assessors ledger dispute");

    // another report of the fire itself: the story's names and most of its words
    private static final ArticleFeatures STRONG = features("Tamsey,Orla Fenwick,Tamsey Fire Station",
            "kiln fire pottery workshop smoke glaze firefighters roof blaze");

    @Test
    void aWeakClearChoiceJoinsWhenBothAreDatedAndNeedsTheFullBarWhenADateIsMissing() {
        TopicSpace dated = space(ON, DAY);
        TopicSpace.Plan sameDay = dated.plan(WEAK, DAY);
        assertThat(sameDay.storyId()).as("both dated: the clear choice").isEqualTo(50);
        double bar = ON.threshold() * (1 - 0.3 * 5.0 / (5 + 5.0));
        assertThat(sameDay.storyScore()).as("below the full bar: a clear-choice join").isLessThan(bar);
        assertThat(dated.plan(WEAK, null).storyId()).as("undated report").isZero();
        assertThat(space(ON, null).plan(WEAK, DAY).storyId()).as("undated story").isZero();
        // off: an undated report or story is read as one of the story's own days, as before
        assertThat(space(OFF, DAY).plan(WEAK, null).storyId()).isEqualTo(50);
        assertThat(space(OFF, null).plan(WEAK, DAY).storyId()).isEqualTo(50);
    }

    @Test
    void aReportClearingTheFullBarJoinsWithoutDates() {
        TopicSpace undated = space(ON, null);
        assertThat(undated.plan(STRONG, null).storyId()).isEqualTo(50);
        assertThat(space(ON, DAY).plan(STRONG, null).storyId()).isEqualTo(50);
    }

    @Test
    void theClearSharePerDates() {
        assertThat(ON.clearShare(DAY, DAY + 3L)).isEqualTo(ON.clearShare());
        assertThat(ON.clearShare(null, DAY)).isEqualTo(1.0);
        assertThat(ON.clearShare(DAY, null)).isEqualTo(1.0);
        assertThat(OFF.clearShare(null, null)).isEqualTo(OFF.clearShare());
        assertThat(StoryParams.DEFAULT.with("undatedClear", 0.9).clearShare(null, DAY)).isEqualTo(0.9);
    }
}
