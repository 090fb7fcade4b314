package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Project-written sentences for times50's rules that change how an expression main already finds is
 * valued (split out by times51): "earlier in the decade" is the decade under way; "the first half of
 * fiscal 2025" is that year's half; "the year to" or "ended" is a twelve-month period only before a date
 * or a month, and "The year ended" with none after is the calendar year before the anchor's; what "must"
 * be done by a day looks ahead; a Sunday paper's "this week" ahead is the week beginning the next day;
 * "is forecasting" looks ahead. 2026-12-07 is a Monday.
 */
class YearEndedAndLookingAheadTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-12-07");
    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @Test
    void earlierInTheDecadeIsTheDecadeUnderWay() {
        assertThat(value("Growth was faster earlier in the decade.", "earlier in the decade", MONDAY)).isEqualTo("202");
    }

    @Test
    void aHalfOfAFiscalYear() {
        assertThat(value("The brewer lost money in the first half of fiscal 2025.", "the first half of fiscal 2025",
                MONDAY)).isEqualTo("2025-H1");
    }

    @Test
    void theYearToOrEndedIsTwelveMonthsOnlyBeforeADate() {
        assertThat(value("Rents rose 2 percent in the year to September.", "the year", MONDAY)).isEqualTo("P1Y");
        assertThat(value("Profit for the year ended June 30 fell.", "the year", MONDAY)).isEqualTo("P1Y");
        assertThat(value("It books a loss for the year ending tomorrow.", "the year", MONDAY)).isEqualTo("P1Y");
        // "to" a verb: the calendar year
        assertThat(value("The chain expects profit for the year to fall.", "the year", MONDAY)).isEqualTo("2026");
        // a year that has ended, with no date after: the one before the anchor's
        assertThat(value("The year ended with record heat.", "The year", LocalDate.parse("2027-01-04")))
                .isEqualTo("2026");
    }

    @Test
    void whatMustBeDoneByADayLooksAhead() {
        assertThat(value("Applications must reach the council by Thursday.", "Thursday", MONDAY)).isEqualTo("2026-12-10");
        // "must have" is a guess about the past
        assertThat(value("The parcel must have arrived on Thursday.", "Thursday", MONDAY)).isEqualTo("2026-12-03");
    }

    @Test
    void aSundayPapersThisWeekAheadAndAForecastInTheProgressive() {
        LocalDate sunday = LocalDate.parse("2026-12-06");
        assertThat(value("The ministers meet in Vienna this week.", "this week", sunday)).isEqualTo("2026-W50");
        // in the past it is the week that ends that Sunday
        assertThat(value("The ministers met in Vienna this week.", "this week", sunday)).isEqualTo("2026-W49");
        assertThat(value("The grocer is forecasting higher sales in the third quarter.", "the third quarter",
                LocalDate.parse("2026-01-20"))).isEqualTo("2026-Q3");
    }

    private String value(String text, String span, LocalDate anchor) {
        List<TimeExpression> found = resolve(text, anchor);
        assertThat(found).as(text).anySatisfy(t -> assertThat(t.range().slice(text)).isEqualTo(span));
        return found.stream().filter(t -> t.range().slice(text).equals(span)).findFirst().orElseThrow().value();
    }

    private List<TimeExpression> resolve(String text, LocalDate anchor) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), anchor);
    }
}
