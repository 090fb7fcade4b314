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
 * Project-written wire sentences for numeric date order and clock days, each with a fixed
 * publication date: ambiguous numeric dates read in the order the rest of the document writes its
 * dates; clock readings on the day named beside them or earlier in their sentence; "the end of the
 * month" after a month named in its sentence. Values worked out by hand with a calendar: 2020-03-06 is
 * a Friday.
 */
class DateOrderAndClockDayTest {

    private final RuleTimeResolver resolver = new RuleTimeResolver();

    static Stream<Arguments> cases() {
        return Stream.of(
                // no other date: month first, as US wire copy writes it
                Arguments.of("The company said the filing was made on 03/01/2020.", "2020-03-06", "03/01/2020",
                        "2020-03-01"),
                // a dateline written day first makes the document's numeric dates day first
                Arguments.of("KAMPALA, 5 March 2020 (AFP) - The ballots printed on 03/01/2020 were recalled.",
                        "2020-03-06", "03/01/2020", "2020-01-03"),
                // a month-first date in the text keeps month first
                Arguments.of("DENVER (AP) - A March 4 memo said the contract signed 03/01/2020 was void.",
                        "2020-03-06", "03/01/2020", "2020-03-01"),
                // an unambiguous numeric date outweighs the written ones
                Arguments.of("On March 2 the board listed the dates 13/02/2020 and 04/02/2020.", "2020-03-06",
                        "04/02/2020", "2020-02-04"),
                Arguments.of("On 2 March the board listed the dates 2/13/2020 and 04/02/2020.", "2020-03-06",
                        "04/02/2020", "2020-04-02"),
                // a day past 12 says its own order, whatever the document does
                Arguments.of("NAIROBI, 5 March 2020 (AFP) - The order of 3/15/2020 stands.", "2020-03-16",
                        "3/15/2020", "2020-03-15"),
                // a 24-hour reading takes the weekday after it, as a.m./p.m. readings do
                Arguments.of("The strike began at 06:00 GMT on Monday.", "2020-03-06", "06:00 GMT on Monday",
                        "2020-03-02T06:00"),
                // a clock reading without a day: the day named earlier in its sentence
                Arguments.of("The strike began at 06:00 GMT on Monday and ended at 18:00.", "2020-03-06", "18:00",
                        "2020-03-02T18:00"),
                Arguments.of("Polls opened on March 3 and closed at 7 p.m.", "2020-03-06", "7 p.m.",
                        "2020-03-03T19:00"),
                // the day named in another sentence does not carry over
                Arguments.of("Polls opened on March 3. The count ends at 7 p.m.", "2020-03-06", "7 p.m.",
                        "2020-03-06T19:00"),
                // "the end of the month": the month named earlier in the sentence, else the publication date's
                Arguments.of("The truce agreed in mid-February held until the end of the month.", "2020-03-06",
                        "the end of the month", "2020-02"),
                Arguments.of("The truce will hold until the end of the month.", "2020-03-06", "the end of the month",
                        "2020-03"));
    }

    /**
     * TimeML's span: a leading preposition is a signal, not part of the expression; "the" and "early"
     * are, but not the article of the noun an expression modifies, nor a possessive.
     */
    static Stream<Arguments> spans() {
        return Stream.of(
                Arguments.of("The ministry said on Monday that talks had stalled.", "Monday"),
                Arguments.of("In 1997 the treaty was signed.", "1997"),
                Arguments.of("The region has been at war for three years.", "three years"),
                Arguments.of("Output rose over the past decade.", "the past decade"),
                Arguments.of("The bill will pass in early March.", "early March"),
                Arguments.of("Officials will decide during the next two weeks.", "the next two weeks"),
                // a possessive, or the article of the noun an expression modifies, is the noun phrase's
                Arguments.of("The bank reported a third-quarter loss.", "third-quarter"),
                Arguments.of("Its fourth quarter was weak.", "fourth quarter"),
                Arguments.of("He is serving a two-year sentence.", "two-year"),
                Arguments.of("Sales peaked in the mid-1990s.", "the mid-1990s"),
                Arguments.of("The storm hit in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four"));
    }

    @ParameterizedTest
    @MethodSource("spans")
    void spansLeaveOutTheLeadingPreposition(String text, String span) {
        assertThat(resolve(text, LocalDate.parse("2020-03-06"))).as(text)
                .anySatisfy(t -> assertThat(t.range().slice(text)).isEqualTo(span));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void resolves(String text, String anchor, String expression, String value) {
        assertThat(resolve(text, LocalDate.parse(anchor))).as(text).anySatisfy(t -> {
            assertThat(t.range().slice(text)).containsIgnoringCase(expression);
            assertThat(t.value()).isEqualTo(value);
        });
    }

    private List<TimeExpression> resolve(String text, LocalDate anchor) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), anchor);
    }
}
