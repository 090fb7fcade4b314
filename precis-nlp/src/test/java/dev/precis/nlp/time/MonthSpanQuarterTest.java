package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link MonthSpanQuarterRule}: "the April-June quarter" is a calendar quarter; its year from the text,
 * else from the tense. Sentences written for this test, published on 14 August 2013.
 */
class MonthSpanQuarterTest {

    private static final LocalDate PUBLISHED = LocalDate.parse("2013-08-14");

    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Profit rose 5 percent in the April-June quarter.|the April-June quarter|2013-Q2",
        "Sales in the July-September period of 2012 fell.|the July-September period of 2012|2012-Q3",
        "Profit fell in the October-December quarter.|the October-December quarter|2012-Q4",
        "The group will post a loss in the October-December quarter.|the October-December quarter|2013-Q4",
        "Its outlook for the October-December quarter is cautious.|the October-December quarter|2013-Q4",
        "Exports grew in the Jan.-March quarter.|the Jan.-March quarter|2013-Q1"})
    void calendarQuarters(String text, String span, String value) {
        assertThat(resolve(text)).as(text).anySatisfy(t -> {
            assertThat(t.range().slice(text)).isEqualTo(span);
            assertThat(t.value()).isEqualTo(value);
        });
    }

    @Test
    void threeMonthsAcrossTwoQuartersAreNoQuarter() {
        String text = "Sales in the February-April quarter rose.";
        assertThat(resolve(text)).as(text).noneMatch(t -> t.value() != null && t.value().contains("Q"));
    }

    private List<TimeExpression> resolve(String text) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), PUBLISHED);
    }
}
