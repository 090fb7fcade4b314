package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Project-written newswire sentences for the rules of the fifteenth time-expression session, each
 * with a fixed publication date: the expression found and the value it resolves to.
 */
class NewswireTimeCasesTest {

    private final RuleTimeResolver resolver = new RuleTimeResolver();

    static Stream<Arguments> cases() {
        return Stream.of(
                // a decade with its century left out: the latest one begun by the publication year
                Arguments.of("The band was popular in the '90s.", "2013-03-22", "the '90s", "199"),
                Arguments.of("Hemlines rose in the ’20s.", "2013-03-22", "the ’20s", "192"),
                Arguments.of("Rents have doubled since the early ’20s.", "2026-03-22", "’20s", "202"),
                // a plural subject with a scheduled event's verb in the present looks forward, however far
                // the verb stands from the day (2013-03-22 is a Friday); a past form or a noun does not
                Arguments.of("Voters go to the polls on Sunday.", "2013-03-22", "Sunday", "2013-03-24"),
                Arguments.of("Ministers meet in Brussels on Monday to discuss the plan.", "2013-03-22", "Monday",
                        "2013-03-25"),
                Arguments.of("Ministers met in Brussels on Monday to discuss the plan.", "2013-03-22", "Monday",
                        "2013-03-18"),
                // hoping and aiming look forward as planning does
                Arguments.of("Officials hope to reach a deal by Sunday.", "2013-03-22", "Sunday", "2013-03-24"),
                Arguments.of("The party aims to win its first seats in September.", "2013-01-10", "September",
                        "2013-09"),
                // what was "originally scheduled" is no future
                Arguments.of("The vote, originally scheduled for Thursday, was delayed.", "2013-03-22", "Thursday",
                        "2013-03-21"),
                Arguments.of("The vote is scheduled for Thursday.", "2013-03-22", "Thursday", "2013-03-28"),
                Arguments.of("Photos show his return to the capital on Monday.", "2013-03-22", "Monday",
                        "2013-03-18"));
    }

    @Test
    void aHyphenatedFractionOfQuartersIsNoLength() {
        String text = "About three-quarters of the members voted yes. Sales rose for three quarters of 2012.";
        assertThat(resolve(text, LocalDate.parse("2013-03-22"))).extracting(TimeExpression::value)
                .containsExactly("P9M", "2012");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void resolves(String text, String anchor, String expression, String value) {
        List<TimeExpression> found = resolve(text, LocalDate.parse(anchor));
        assertThat(found).as(text).anySatisfy(t -> {
            assertThat(t.range().slice(text)).containsIgnoringCase(expression);
            assertThat(t.value()).isEqualTo(value);
        });
    }

    private List<TimeExpression> resolve(String text, LocalDate anchor) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), anchor);
    }
}
