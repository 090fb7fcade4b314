package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "the fiscal year" without an end date is a length after "throughout", "over", "across" and the year
 * under way after "for", "in", "during" (elsewhere it stays unmarked); "due" after "is"/"are" and
 * "forecast to" look forward like "expected". Sentences written for this test, published Wednesday
 * 12 August 2026.
 */
class FiscalYearAndDueDateTest {

    private static final LocalDate PUBLISHED = LocalDate.parse("2026-08-12");

    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The company will post lower earnings for the fiscal year, its chief executive said.|the fiscal year|2026",
        "Margins should improve throughout the fiscal year, the company said.|the fiscal year|P1Y",
        "The company lost $2 million in the fiscal year ended June 30.|the fiscal year|P1Y",
        "Results are due on Thursday.|Thursday|2026-08-13",
        "Final figures are due Thursday, officials said.|Thursday|2026-08-13",
        "The storm is forecast to make landfall on Friday morning.|Friday morning|2026-08-14TMO",
        "The storm was forecast to make landfall on Friday morning.|Friday morning|2026-08-07TMO"})
    void readsTheFiscalYearAndDueDates(String text, String expression, String value) {
        assertThat(resolve(text)).as(text).filteredOn(t -> t.range().slice(text).equals(expression))
                .singleElement().satisfies(t -> assertThat(t.value()).isEqualTo(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The retailer said the fiscal year was a difficult one.",
        "Its new fiscal year starts in October."})
    void leavesOtherFiscalYearsUnmarked(String text) {
        assertThat(resolve(text)).as(text).noneSatisfy(t -> assertThat(t.range().slice(text)).contains("fiscal year"));
    }

    private List<TimeExpression> resolve(String text) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), PUBLISHED);
    }
}
