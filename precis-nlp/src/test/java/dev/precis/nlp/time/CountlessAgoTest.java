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
 * "years ago", "decades ago", "centuries ago" without a count: some time in the past (TimeML's
 * PAST_REF), while a count still names the year. Sentences written for this test.
 */
class CountlessAgoTest {

    private static final LocalDate PUBLISHED = LocalDate.parse("2021-05-12");

    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The ferry line closed years ago and the pier has rotted since.|years ago",
        "Her grandparents left the valley decades ago.|decades ago",
        "Monks carved the steps centuries ago.|centuries ago",
        "Decades ago, the square was a cattle market.|Decades ago"})
    void countlessAgoIsThePast(String text, String expression) {
        assertThat(resolve(text)).as(text).singleElement().satisfies(t -> {
            assertThat(t.range().slice(text)).isEqualTo(expression);
            assertThat(t.value()).isEqualTo("PAST_REF");
        });
    }

    @Test
    void aCountStillNamesTheYear() {
        String text = "The mill burned down two years ago.";
        assertThat(resolve(text)).singleElement().satisfies(t -> {
            assertThat(t.range().slice(text)).isEqualTo("two years ago");
            assertThat(t.value()).isEqualTo("2019");
        });
    }

    @Test
    void yearsWithoutAgoIsNoPastReference() {
        String text = "The project took years to finish.";
        assertThat(resolve(text)).noneMatch(t -> "PAST_REF".equals(t.value()));
    }

    private List<TimeExpression> resolve(String text) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), PUBLISHED);
    }
}
