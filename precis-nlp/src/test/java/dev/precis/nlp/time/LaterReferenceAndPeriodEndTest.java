package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Three days later" moving the story's date (a following "the next day" counts from it), "hours
 * later" without a count, and a month or day that ends a reporting period ("the three months to
 * March", "the nine months ended September 30") placed by whether the period is over. Sentences
 * written for this test; the document date is Thursday 14 August 2025.
 */
class LaterReferenceAndPeriodEndTest {

    private static final LocalDate PUBLISHED = LocalDate.parse("2025-08-14");

    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the moved date, not the named one (on main "the next day" was 2025-03-04)
        "The dam broke on March 3, 2025. Three days later the army arrived, and the next day the roads reopened.|the next day|2025-03-07",
        "The dam broke on March 3, 2025. A week later the army arrived; the following day the roads reopened.|the following day|2025-03-11",
        "The dam broke on March 3, 2025. Two days earlier, engineers had warned of cracks; the previous day they had left.|the previous day|2025-02-28",
        // months move a date named to the month
        "Talks began in January 2025. Two months later they collapsed; the month after, a truce was signed.|the month after|2025-04"})
    void laterMovesTheStoryDate(String text, String expression, String value) {
        assertThat(value(text, expression)).as(text).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // with no date named down to the day, nothing moves: "the next day" counts from the publication date
        "Three days later the army arrived, and the next day the roads reopened.|the next day|2025-08-15"})
    void nothingMovesWithoutANamedDate(String text, String expression, String value) {
        assertThat(value(text, expression)).as(text).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hours later, the river burst its banks.|Hours later|PTXH",
        "Days later the minister was gone.|Days later|PXD",
        "Weeks later, the town was rebuilt.|Weeks later|PXW",
        "Months earlier the plan had been shelved.|Months earlier|PXM"})
    void bareUnitsLater(String text, String expression, String value) {
        assertThat(value(text, expression)).as(text).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // past tense or "ended": the period is over by 14 August 2025
        "Revenue in the six months to September fell 3%.|September|2024-09",
        "Revenue in the half year to the end of September fell.|September|2024-09",
        "Sales rose in the nine months ended September 30.|September 30|2024-09-30",
        "Sales in the year to May fell sharply.|May|2025-05",
        "Profit rose 12% in the three months to March 31.|March 31|2025-03-31",
        // future: the period still to come
        "Exports will rise in the year to March.|March|2026-03",
        "The company will report losses in the six months to October 31.|October 31|2025-10-31",
        // no tense: "ended" says the period is over; "to" is left to the usual placement (a forecast here)
        "Figures for the quarter ended July 31 are in the table.|July 31|2025-07-31",
        "The company expects losses in the six months to October 31.|October 31|2025-10-31"})
    void periodEnds(String text, String expression, String value) {
        assertThat(value(text, expression)).as(text).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the length stays its own expression, as TimeML marks it
        "Revenue in the six months to September fell 3%.|the six months|P6M",
        // not a period's end: a month after "to" without a length before it keeps its usual reading
        "The vote was moved to September.|September|2025-09"})
    void lengthsAndOtherMonths(String text, String expression, String value) {
        assertThat(value(text, expression)).as(text).isEqualTo(value);
    }

    private String value(String text, String expression) {
        List<TimeExpression> found = resolver.resolve(text, new NewsSentenceSplitter().split(text), PUBLISHED);
        return found.stream().filter(t -> t.range().slice(text).equals(expression)).map(TimeExpression::value)
                .findFirst().orElse("(not found: " + found.stream().map(t -> t.range().slice(text)).toList() + ")");
    }
}
