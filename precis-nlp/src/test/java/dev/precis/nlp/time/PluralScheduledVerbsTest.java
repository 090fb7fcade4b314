package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A plural subject with a verb of coming into force in the present ("The new rules take effect on
 * Monday") is scheduled: the weekday is the coming one, as with the singular "takes effect"; the past
 * form keeps the last one. Sentences written for this test, published Wednesday 20 March 2013.
 */
class PluralScheduledVerbsTest {

    private static final LocalDate PUBLISHED = LocalDate.parse("2013-03-20");

    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The new parking rules take effect on Monday.|Monday|2013-03-25",
        "The harbour talks take place on Friday in Mombasa.|Friday|2013-03-22",
        "The fishing quotas come into force on Monday.|Monday|2013-03-25",
        "The fishing quotas came into force on Monday.|Monday|2013-03-18"})
    void weekdayFollowsThePresentOfAScheduledEvent(String text, String expression, String value) {
        assertThat(resolve(text)).as(text).singleElement().satisfies(t -> {
            assertThat(t.range().slice(text)).isEqualTo(expression);
            assertThat(t.value()).isEqualTo(value);
        });
    }

    private List<TimeExpression> resolve(String text) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), PUBLISHED);
    }
}
