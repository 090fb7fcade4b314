package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Project-written sentences in the style of wire copy from outside the US (the sixteenth
 * time-expression session), each with a fixed publication date: the expression found and the value
 * it resolves to. Values were worked out by hand (2013-03-03 is a Sunday, 2013-03-06 a Wednesday,
 * 2013-03-20 a Wednesday; Easter 2013 fell on 31 March; Eid al-Fitr 1433 on 19 August 2012 and Eid
 * al-Adha 1434 on 15 October 2013 in the Umm al-Qura calendar).
 */
class WireTimeCasesTest {

    private final RuleTimeResolver resolver = new RuleTimeResolver();

    static Stream<Arguments> cases() {
        return Stream.of(
                // four digits with a zone are a clock reading, never a year; the day may follow an aside
                Arguments.of("The vote closed at 1800 GMT.", "2013-03-03", "1800 GMT", "2013-03-03T18:00"),
                Arguments.of("The blast happened at 0930 GMT on Saturday.", "2013-03-03", "0930 GMT",
                        "2013-03-02T09:30"),
                Arguments.of("Police said the attack happened at about 10:30 p.m. (1730 GMT) on Saturday.", "2013-03-03",
                        "10:30 p.m.", "2013-03-02T22:30"),
                Arguments.of("Police said the attack happened at about 10:30 p.m. (1730 GMT) on Saturday.", "2013-03-03",
                        "1730 GMT", "2013-03-02T17:30"),
                Arguments.of("The attack began on Saturday at about 10:30 p.m.", "2013-03-20", "10:30 p.m.",
                        "2013-03-16T22:30"),
                // a count of weeks ago is the ISO week it fell in (2013-02-12, week 7)
                Arguments.of("Three weeks ago, a similar raid killed 12.", "2013-03-05", "Three weeks ago", "2013-W07"),
                // a quarter code alone is the latest such quarter begun by the publication date
                Arguments.of("Sales fell in Q3.", "2013-03-05", "Q3", "2012-Q3"),
                // named days of the Christian and Muslim calendars and Boxing Day
                Arguments.of("The festival falls on Good Friday.", "2013-03-05", "Good Friday", "2013-03-29"),
                Arguments.of("Shops closed on Easter Monday.", "2013-04-03", "Easter Monday", "2013-04-01"),
                Arguments.of("Sales rose on Boxing Day.", "2013-01-05", "Boxing Day", "2012-12-26"),
                Arguments.of("Muslims celebrated Eid al-Fitr.", "2013-03-05", "Eid al-Fitr", "2012-08-19"),
                Arguments.of("Muslims will celebrate Eid al-Adha.", "2013-03-05", "Eid al-Adha", "2013-10-15"),
                // a day set for something, after "is"/"are", is still to come
                Arguments.of("The deadline is Thursday.", "2013-03-06", "Thursday", "2013-03-07"),
                Arguments.of("The election is on Sunday.", "2013-03-06", "Sunday", "2013-03-10"),
                // both days of "April 24 and 25", "24 and 25 April"
                Arguments.of("Polls open on April 24 and 25.", "2013-03-06", "25", "2013-04-25"),
                Arguments.of("Talks on 24 and 25 April will decide.", "2013-03-06", "24", "2013-04-24"),
                // "March" after "to" is the month
                Arguments.of("The economy grew in the three months to March.", "2013-05-20", "March", "2013-03"),
                // "in recent years" refers to the past
                Arguments.of("In recent years, violence has risen.", "2013-03-05", "recent years", "PAST_REF"),
                // a scheduled event's verb in the present looks forward
                Arguments.of("The central bank holds its monthly meeting on Thursday.", "2013-03-20", "Thursday",
                        "2013-03-21"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void resolves(String text, String anchor, String expression, String value) {
        List<TimeExpression> found = resolver.resolve(text, new NewsSentenceSplitter().split(text), LocalDate.parse(anchor));
        assertThat(found).as(text).anySatisfy(t -> {
            assertThat(t.range().slice(text)).containsIgnoringCase(expression);
            assertThat(t.value()).isEqualTo(value);
        });
    }
}
