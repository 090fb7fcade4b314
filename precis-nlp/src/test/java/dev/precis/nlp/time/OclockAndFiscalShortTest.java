package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * "10 o'clock" as a clock reading ({@link ClockRule}) and "FY24" as a fiscal year ({@link TimeRules}).
 * Sentences written for this test, published on Wednesday 12 August 2026.
 */
class OclockAndFiscalShortTest {

    private static final LocalDate WEDNESDAY = LocalDate.parse("2026-08-12");

    @Test
    void anHourOclockIsAClockReadingOnItsDay() {
        assertThat(values("The talks will resume at 10 o'clock on Friday.")).containsExactly("2026-08-14T10:00");
        assertThat(values("The doors open at 9 o’clock.")).containsExactly("2026-08-12T09:00");
        assertThat(values("He arrived at 13 o'clock.")).isEmpty();
    }

    @Test
    void fyAndTwoDigitsIsAFiscalYear() {
        assertThat(values("Revenue in FY24 rose 5 percent.")).containsExactly("2024");
        assertThat(values("The agency expects a deficit in FY '27.")).containsExactly("2027");
        assertThat(values("The fy24 budget was cut.")).isEmpty();
        assertThat(values("Profit in FY2025 doubled.")).containsExactly("2025");
    }

    private static List<String> values(String text) {
        List<TimeExpression> found = new RuleTimeResolver().resolve(text, new NewsSentenceSplitter().split(text), WEDNESDAY);
        return found.stream().map(TimeExpression::value).collect(Collectors.toList());
    }
}
