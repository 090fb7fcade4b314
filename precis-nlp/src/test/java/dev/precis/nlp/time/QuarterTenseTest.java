package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An ordinal quarter or a half with no year ({@link QuarterRule}, {@link PeriodRule}, {@link PeriodTense})
 * follows its clause's tense: in a past or present clause the latest one begun, in a clause that looks
 * forward (a modal, "expected to", or a verb of forecasting) the one under way or the next of that
 * number. Sentences written for this test, under document dates in every quarter.
 */
class QuarterTenseTest {

    private static final LocalDate JANUARY = LocalDate.parse("2026-01-15");
    private static final LocalDate MARCH = LocalDate.parse("2026-03-10");
    private static final LocalDate MAY = LocalDate.parse("2026-05-20");
    private static final LocalDate AUGUST = LocalDate.parse("2026-08-12");
    private static final LocalDate NOVEMBER = LocalDate.parse("2026-11-20");

    @Test
    void aForecastQuarterNotYetBegunIsThisYears() {
        assertThat(values("Analysts expect a stronger fourth quarter for the chipmaker.", AUGUST)).containsExactly("2026-Q4");
        assertThat(values("The chipmaker expects margins to widen in the fourth quarter.", AUGUST)).containsExactly("2026-Q4");
        assertThat(values("Sales will rise in the fourth quarter, the chipmaker said.", AUGUST)).containsExactly("2026-Q4");
        assertThat(values("The airline expects to return to profit in the second quarter.", MARCH)).containsExactly("2026-Q2");
        assertThat(values("The retailer is forecasting a rebound in the third quarter.", JANUARY)).containsExactly("2026-Q3");
        assertThat(values("The bank sees loan growth picking up in the third quarter.", MAY)).containsExactly("2026-Q3");
    }

    @Test
    void aForecastQuarterAlreadyPastIsNextYears() {
        assertThat(values("Shipments are expected to slow in the first quarter, the retailer said.", NOVEMBER))
                .containsExactly("2027-Q1");
        assertThat(values("The airline said traffic will improve in the second quarter.", NOVEMBER)).containsExactly("2027-Q2");
    }

    @Test
    void theQuarterUnderWayIsThisYearsInAnyTense() {
        assertThat(values("The chipmaker will report third-quarter results in October.", AUGUST)).containsExactly("2026-Q3", "2026-10");
        assertThat(values("Analysts expect the chipmaker to report a loss for the second quarter.", LocalDate.parse("2026-06-30")))
                .containsExactly("2026-Q2");
    }

    @Test
    void aQuarterJustEndedStaysTheLatestInAForwardClause() {
        assertThat(values("Analysts expect a weak fourth quarter when the retailer reports next week.", JANUARY))
                .contains("2025-Q4");
        assertThat(values("The board plans to cut jobs after a third-quarter loss.", NOVEMBER)).containsExactly("2026-Q3");
        assertThat(values("The retailer will report fourth-quarter earnings on Thursday.", JANUARY)).contains("2025-Q4");
        assertThat(values("The chipmaker will report second-quarter earnings next week.", LocalDate.parse("2026-07-20")))
                .contains("2026-Q2");
    }

    @Test
    void aPastQuarterIsTheLatestBegun() {
        assertThat(values("The chipmaker said sales fell in the fourth quarter, its worst of the year.", AUGUST))
                .contains("2025-Q4");
        assertThat(values("The chipmaker said sales rose 6 percent in the second quarter.", AUGUST)).containsExactly("2026-Q2");
        assertThat(values("The retailer said holiday sales rose in the fourth quarter.", JANUARY)).containsExactly("2025-Q4");
        assertThat(values("The airline said traffic improved in the third quarter.", NOVEMBER)).containsExactly("2026-Q3");
        assertThat(values("Analysts had expected a stronger fourth quarter.", AUGUST)).containsExactly("2025-Q4");
    }

    @Test
    void aForecastHalfAndTheBackHalf() {
        assertThat(values("The brewer expects sales to recover in the back half.", AUGUST)).containsExactly("2026-H2");
        assertThat(values("The brewer said sales slowed in the back half.", MARCH)).containsExactly("2025-H2");
        assertThat(values("The brewer expects stronger sales in the first half.", AUGUST)).containsExactly("2027-H1");
        assertThat(values("The visitors scored twice in the last half.", AUGUST)).isEmpty();
    }

    private static List<String> values(String text, LocalDate published) {
        List<TimeExpression> found = new RuleTimeResolver().resolve(text, new NewsSentenceSplitter().split(text), published);
        return found.stream().map(TimeExpression::value).collect(Collectors.toList());
    }
}
