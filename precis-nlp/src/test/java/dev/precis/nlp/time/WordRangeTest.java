package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A range whose ends are joined by a word is two expressions, as TimeML tags it ({@link WordRange}); one
 * written with a dash stays one. Sentences written for this test.
 */
class WordRangeTest {

    private static final LocalDate AUGUST = LocalDate.parse("2026-08-12");

    @Test
    void daysJoinedByAWordAreTwoDatesSharingTheMonth() {
        assertThat(found("The festival runs from 20 to 23 August.")).containsExactly("20=2026-08-20", "23 August=2026-08-23");
        assertThat(found("The fair is open Sept. 3 through 5.")).containsExactly("Sept. 3=2026-09-03", "5=2026-09-05");
    }

    @Test
    void monthsJoinedByAWordAreTwoMonthsSharingTheYear() {
        assertThat(found("Exports fell between May and July, customs data showed."))
                .containsExactly("May=2026-05", "July=2026-07");
        assertThat(found("Exports fell between November and February 2025."))
                .containsExactly("November=2024-11", "February 2025=2025-02");
    }

    @Test
    void aDashRangeStaysOneExpression() {
        assertThat(found("The festival runs 20-23 August.")).containsExactly("20-23 August=2026-08-20/2026-08-23");
    }

    private static List<String> found(String text) {
        List<TimeExpression> times = new RuleTimeResolver().resolve(text, new NewsSentenceSplitter().split(text), AUGUST);
        return times.stream().map(t -> t.range().slice(text) + "=" + t.value()).collect(Collectors.toList());
    }
}
