package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The end of a clock range earlier on the clock than its start falls on the next day ("from 10 p.m. to
 * 5 a.m."), unless it names its own day. Sentences written for this test.
 */
class ClockRangePastMidnightTest {

    private static final LocalDate AUGUST = LocalDate.parse("2026-08-12");

    @Test
    void aRangeOverMidnightEndsTheNextDay() {
        assertThat(values("A curfew is in force from 10 p.m. to 5 a.m.")).containsExactly("2026-08-12T22:00", "2026-08-13T05:00");
        assertThat(values("The curfew runs from 22:00 until 05:30.")).containsExactly("2026-08-12T22:00", "2026-08-13T05:30");
    }

    @Test
    void aRangeWithinTheDayOrWithItsOwnDayStays() {
        assertThat(values("The shop opens from 9 a.m. to 5 p.m.")).containsExactly("2026-08-12T09:00", "2026-08-12T17:00");
        // the end names its day: that day, not the one after (which day the start is on is another question)
        assertThat(values("The curfew will run from 10 p.m. to 5 a.m. on Friday.")).endsWith("2026-08-14T05:00");
    }

    private static List<String> values(String text) {
        List<TimeExpression> found = new RuleTimeResolver().resolve(text, new NewsSentenceSplitter().split(text), AUGUST);
        return found.stream().map(TimeExpression::value).collect(Collectors.toList());
    }
}
