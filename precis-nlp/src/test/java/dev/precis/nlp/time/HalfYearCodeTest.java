package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** "H1 2025" is a half year by its code, only with its year ({@link PeriodRule#halfShort}). Sentences written for this test. */
class HalfYearCodeTest {

    private static final LocalDate AUGUST = LocalDate.parse("2026-08-12");

    @Test
    void aHalfCodeWithItsYearIsThatHalf() {
        assertThat(values("The bank posted a record profit in H1 2025.")).containsExactly("2025-H1");
        assertThat(values("Margins should widen in H2 2026, the lender said.")).containsExactly("2026-H2");
    }

    @Test
    void otherCodesAreNoHalf() {
        assertThat(values("The H1N1 virus spread quickly in 2009.")).containsExactly("2009");
        assertThat(values("The H2 engine was unveiled last week.")).noneMatch(v -> v.contains("-H"));
    }

    private static List<String> values(String text) {
        List<TimeExpression> found = new RuleTimeResolver().resolve(text, new NewsSentenceSplitter().split(text), AUGUST);
        return found.stream().map(TimeExpression::value).collect(Collectors.toList());
    }
}
