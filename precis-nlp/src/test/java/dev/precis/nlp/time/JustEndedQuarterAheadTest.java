package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The quarter just ended, named without a year, is next year's when its own clause looks forward and
 * the sentence speaks of no reported figures ("traffic will improve in the third quarter", November);
 * reported results, losses and earnings keep it the one just ended. Sentences written for this test,
 * published Friday 20 November 2026.
 */
class JustEndedQuarterAheadTest {

    private static final LocalDate PUBLISHED = LocalDate.parse("2026-11-20");

    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The airline said traffic will improve in the third quarter.|the third quarter|2027-Q3",
        "The airline will report third-quarter results next week.|third-quarter|2026-Q3",
        "The airline will post a loss for the third quarter, analysts said.|the third quarter|2026-Q3",
        "Traffic fell in the third quarter, the airline said.|the third quarter|2026-Q3",
        "Traffic will recover in the first quarter, the airline said.|the first quarter|2027-Q1"})
    void aJustEndedQuarterAheadIsNextYears(String text, String expression, String value) {
        assertThat(resolve(text)).as(text).filteredOn(t -> t.range().slice(text).equals(expression))
                .singleElement().satisfies(t -> assertThat(t.value()).isEqualTo(value));
    }

    private List<TimeExpression> resolve(String text) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), PUBLISHED);
    }
}
