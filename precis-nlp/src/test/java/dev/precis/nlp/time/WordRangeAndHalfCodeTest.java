package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranges in words as one expression per end ({@link WordRange}) and half-year codes ("H1 2025"); invented sentences. */
class WordRangeAndHalfCodeTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 8, 12);

    private static List<String> found(String text) {
        List<TimeExpression> times = new RuleTimeResolver().resolve(text, new NewsSentenceSplitter().split(text), WEDNESDAY);
        return times.stream().map(t -> t.range().slice(text) + "=" + t.value()).toList();
    }

    @Test
    void monthsJoinedByWordsAreTwoExpressions() {
        assertThat(found("Imports slumped between May and July, the ministry said."))
                .containsExactly("May=2026-05", "July=2026-07");
        assertThat(found("The museum is shut from October to December 2027."))
                .containsExactly("October=2027-10", "December 2027=2027-12");
    }

    @Test
    void daysJoinedByWordsAreTwoExpressions() {
        assertThat(found("The fair runs from 20 to 23 August.")).containsExactly("20=2026-08-20", "23 August=2026-08-23");
        assertThat(found("Voting runs from Sept. 3 through 5.")).containsExactly("Sept. 3=2026-09-03", "5=2026-09-05");
    }

    @Test
    void dashRangesStayOneExpression() {
        assertThat(found("The fair runs 20-23 August.")).containsExactly("20-23 August=2026-08-20/2026-08-23");
    }

    @Test
    void halfYearCodes() {
        assertThat(found("The lender posted a record profit in H1 2025.")).containsExactly("H1 2025=2025-H1");
        assertThat(found("The lender expects a stronger H2.")).isEmpty();
        assertThat(found("The lender expects margins to widen in H2.")).containsExactly("H2=2026-H2");
        assertThat(found("Cases of H1N1 rose, and H2 tanks were refilled.")).isEmpty();
        assertThat(found("She applied for an H-1B visa.")).isEmpty();
    }
}
