package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "the quarter ended March 31": the calendar quarter ending on the date that follows, also when the
 * text is written before that quarter is over. Sentences written for this test.
 */
class QuarterEndDateTest {

    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // written eleven days before the quarter ends: that quarter, not the last one ended
        "2013-03-20|The brewer expects a small loss for the quarter ending March 31.|2013-Q1",
        "2013-03-20|The brewer expects a small loss for the quarter that ends March 31.|2013-Q1",
        // written after the quarter: the one just ended
        "2013-02-10|The brewer posted a loss for the quarter ended Dec. 31.|2012-Q4",
        "2013-08-02|Sales in the quarter ended June 30 rose by a tenth.|2013-Q2",
        // a year named with the date wins
        "2013-08-02|Sales in the quarter ended Sept. 30, 2011, fell.|2011-Q3"})
    void theQuarterEndingOnADate(String published, String text, String quarter) {
        assertThat(resolve(text, published)).filteredOn(t -> t.range().slice(text).endsWith("quarter"))
                .as(text).singleElement().satisfies(t -> assertThat(t.value()).isEqualTo(quarter));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a month that ends no calendar quarter (a fiscal quarter) keeps the earlier reading
        "2013-03-20|For the quarter ended Feb. 28 the retailer was weak.|2012-Q4",
        "2013-03-20|The quarter was weak for the retailer.|2012-Q4"})
    void otherwiseTheLatestQuarterEnded(String published, String text, String quarter) {
        assertThat(resolve(text, published)).filteredOn(t -> t.range().slice(text).toLowerCase().endsWith("quarter"))
                .as(text).singleElement().satisfies(t -> assertThat(t.value()).isEqualTo(quarter));
    }

    private List<TimeExpression> resolve(String text, String published) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), LocalDate.parse(published));
    }
}
