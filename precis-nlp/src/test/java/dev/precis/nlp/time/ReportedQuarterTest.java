package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which quarter an earnings text reports on, so that "a year earlier" and "the year-earlier period"
 * compare with it: the latest quarter it names that has ended, not an older quarter it looks back on
 * nor one still under way it gives an outlook for. Texts written for this test, published 3 November
 * 2021 (the third quarter has ended, the fourth is under way).
 */
class ReportedQuarterTest {

    private static final LocalDate PUBLISHED = LocalDate.parse("2021-11-03");

    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // an older quarter looked back on does not become the one reported
        "Harbor Mills said third-quarter profit rose to $5 million. After a weak second quarter, sales recovered."
                + " Costs were higher in the year-earlier period.|year-earlier|2020-Q3",
        // nor does the quarter under way that an outlook names
        "Harbor Mills posted a third-quarter loss of $2 million. It expects to return to profit in the fourth"
                + " quarter. Revenue fell 3% from a year ago.|a year ago|2020-Q3",
        // a later quarter that has ended does
        "Harbor Mills said second-quarter sales were flat. Third-quarter sales rose 4% from a year earlier."
                + "|a year earlier|2020-Q3"})
    void aYearEarlierComparesWithTheReportedQuarter(String text, String expression, String value) {
        assertThat(resolve(text)).as(text).anySatisfy(t -> {
            assertThat(t.range().slice(text)).isEqualTo(expression);
            assertThat(t.value()).isEqualTo(value);
        });
    }

    private List<TimeExpression> resolve(String text) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), PUBLISHED);
    }
}
