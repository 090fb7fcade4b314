package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "the year-on-year rise", "the year-over-year decline" compare two periods and name none; "the year"
 * alone still is the year under way. Sentences written for this test.
 */
class YearOnYearTest {

    private static final LocalDate PUBLISHED = LocalDate.parse("2013-03-20");

    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @ParameterizedTest
    @ValueSource(strings = {"The year-on-year rise in bread prices was 3 percent.",
        "Analysts expect the year-over-year decline in exports to slow."})
    void aComparisonIsNoTime(String text) {
        assertThat(resolve(text)).as(text).isEmpty();
    }

    @Test
    void theYearAloneIsStillTheYear() {
        String text = "For the year, bread prices rose 3 percent.";
        assertThat(resolve(text)).singleElement().satisfies(t -> {
            assertThat(t.range().slice(text)).isEqualTo("the year");
            assertThat(t.value()).isEqualTo("2013");
        });
    }

    private List<TimeExpression> resolve(String text) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), PUBLISHED);
    }
}
