package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Project-written sentences with dates as news from outside the US writes them: day, month and year
 * between dots, a day and month with "last year", a clock on a day written before its month, "Mar"
 * without its full stop inside a full date, a shortened weekday before a date; and years of other
 * calendars that are not Gregorian years. 2026-12-07 is a Monday.
 */
class DatesWrittenAnywhereTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-12-07");
    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @Test
    void aDateBetweenDotsIsDayFirst() {
        assertThat(value("The permit issued on 05.04.2025 was withdrawn.", "05.04.2025")).isEqualTo("2025-04-05");
        assertThat(value("Figures released on 28.02.2026 show a rise.", "28.02.2026")).isEqualTo("2026-02-28");
        // a version number is no date, nor a day and month with more dotted numbers after the year
        assertThat(resolve("Version 10.4.1 fixes the bug.")).isEmpty();
        assertThat(resolve("Build 10.12.2024.3 fixes the bug.")).isEmpty();
    }

    @Test
    void aDayAndMonthWithLastYearIsThatYearsDay() {
        assertThat(value("The mill closed on 3 April last year.", "3 April last year")).isEqualTo("2025-04-03");
        assertThat(value("The talks resume on 9 February next year.", "9 February next year")).isEqualTo("2027-02-09");
        assertThat(value("The bridge opened on June 21 last year.", "June 21 last year")).isEqualTo("2025-06-21");
        // "next year's" belongs to what follows
        assertThat(resolve("Voting on 4 May decides next year's budget."))
                .anySatisfy(t -> assertThat(t.range().slice("Voting on 4 May decides next year's budget.")).isEqualTo("4 May"));
    }

    @Test
    void aClockOnADayWrittenBeforeItsMonth() {
        assertThat(value("The ferry left at 06:15 GMT on 20 November.", "06:15 GMT on 20 November"))
                .isEqualTo("2026-11-20T06:15");
        assertThat(value("The polls opened at 7 a.m. on 2 May 2024.", "7 a.m. on 2 May 2024"))
                .isEqualTo("2024-05-02T07:00");
    }

    @Test
    void shortMonthsAndWeekdaysInsideAFullDate() {
        assertThat(value("The mine reopened on Jul 14 2025.", "Jul 14 2025")).isEqualTo("2025-07-14");
        assertThat(value("The mine reopened on 14 Jun 2025.", "14 Jun 2025")).isEqualTo("2025-06-14");
        assertThat(value("The march was held on Sat 28 Nov, the organisers said.", "Sat 28 Nov")).isEqualTo("2026-11-28");
        // alone, "Mar" and "Jun" are a verb and a name
        assertThat(resolve("Rain may Mar 12 of the matches, said Jun Park.")).isEmpty();
    }

    @Test
    void yearsOfOtherCalendarsAreLeftAlone() {
        assertThat(resolve("The tax year 2082 BS ends in mid-July, the ministry said.")).noneMatch(t -> "2082".equals(t.value()));
        assertThat(resolve("Schools reopen for the 2018 E.C. term.")).noneMatch(t -> "2018".equals(t.value()));
        assertThat(resolve("The Ethiopian calendar year 2018 began in September."))
                .noneMatch(t -> "2018".equals(t.value()));
        // the Gregorian year beside them stays
        assertThat(value("The plan was first drafted in 2019 by the council.", "2019")).isEqualTo("2019");
        assertThat(value("The 2024 BS-VI rules cut emissions.", "2024")).isEqualTo("2024");
    }

    private String value(String text, String span) {
        List<TimeExpression> found = resolve(text);
        assertThat(found).as(text).anySatisfy(t -> assertThat(t.range().slice(text)).isEqualTo(span));
        return found.stream().filter(t -> t.range().slice(text).equals(span)).findFirst().orElseThrow().value();
    }

    private List<TimeExpression> resolve(String text) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), MONDAY);
    }
}
