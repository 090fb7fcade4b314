package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Three small readings of times26: the verb of a clause an expression opens is looked for further
 * after it ("On Tuesday, &lt;a long subject&gt; plans to …" is the coming Tuesday); a month or day
 * without a year and without a tense cue leans to the past ("$25 in March" read in October is this
 * March); "a week or so ago" is read as "a week ago". Sentences written for this test.
 */
class TenseLeanAndOrSoAgoTest {

    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // published Thursday 5 March 2015
        "2015-03-05|On Tuesday, the regional farmers' cooperative association plans to hold a vote.|Tuesday|2015-03-10",
        "2015-03-05|On Tuesday, the regional farmers' cooperative association said it had held a vote.|Tuesday|2015-03-03",
        "2015-03-05|The strike ended a week or so ago.|a week or so ago|2015-W09",
        // published 30 October 2015: March is 229 days back, 137 ahead; January 288 back, 77 ahead
        "2015-10-30|Its shares hit a high of $40 in June from $25 in March.|March|2015-03",
        "2015-10-30|The fee rises to $40 in January.|January|2016-01",
        // published 6 February 2015: 6 August is 184 days back, 181 ahead
        "2015-02-06|The index is near its record high set on Aug. 6.|Aug. 6|2014-08-06"})
    void values(String published, String text, String span, String value) {
        List<TimeExpression> found = resolver.resolve(text, new NewsSentenceSplitter().split(text), LocalDate.parse(published));
        assertThat(found).as(text).anySatisfy(t -> {
            assertThat(t.range().slice(text)).isEqualTo(span);
            assertThat(t.value()).isEqualTo(value);
        });
    }
}
