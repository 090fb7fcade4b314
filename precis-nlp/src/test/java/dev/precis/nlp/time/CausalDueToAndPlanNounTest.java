package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Tense} reads "due to" as looking forward only before a verb ("due to be released"), not before
 * the noun phrase of a cause ("due to heavy snow"), and "plans to" only as a verb ("the bank plans to
 * open"), not as a noun after a determiner, possessive, past form or preposition ("backed the plans to
 * merge"). A weekday without another cue then follows the clause's own tense. Sentences written for
 * this test, published Wednesday 20 March 2013.
 */
class CausalDueToAndPlanNounTest {

    private static final LocalDate PUBLISHED = LocalDate.parse("2013-03-20");

    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a cause: the clause's past tense places the weekday
        "Flights were cancelled across the region on Tuesday due to heavy snow.|Tuesday|2013-03-19",
        "Its shares lost ground on Friday due to concerns about its debt.|Friday|2013-03-15",
        "The match was called off on Saturday due to a waterlogged pitch.|Saturday|2013-03-16",
        "Production at the mine stopped late on Monday due to a power cut.|Monday|2013-03-18",
        // the noun "plans": the governing verb is past
        "Shareholders backed the plans to merge the two banks at a meeting on Thursday.|Thursday|2013-03-14",
        "Opposition to the government's plans to raise fuel duty grew sharply at a rally on Saturday.|Saturday|2013-03-16",
        // the verbs still look forward
        "The report is due to be released on Thursday.|Thursday|2013-03-21",
        "The talks are due to resume on Monday.|Monday|2013-03-25",
        "The bank plans to open a branch in the town on Thursday.|Thursday|2013-03-21",
        "The airline said it plans to add three routes from Thursday.|Thursday|2013-03-21"})
    void dueToAndPlansToLookForwardOnlyAsVerbs(String text, String expression, String value) {
        assertThat(resolve(text)).as(text).singleElement().satisfies(t -> {
            assertThat(t.range().slice(text)).isEqualTo(expression);
            assertThat(t.value()).isEqualTo(value);
        });
    }

    private List<TimeExpression> resolve(String text) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), PUBLISHED);
    }
}
