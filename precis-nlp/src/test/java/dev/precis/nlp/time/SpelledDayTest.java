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
 * {@link SpelledDayRule}: a day of the month written as an ordinal word ("March eighth", "the
 * twenty-first of June"), placed like a digit day; an ordinal that does not end its phrase is no day.
 * Sentences written for this test, published on Thursday 5 March 2015.
 */
class SpelledDayTest {

    private static final LocalDate PUBLISHED = LocalDate.parse("2015-03-05");

    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The vote will be held on Sunday, March eighth.|Sunday, March eighth|2015-03-08",
        "The festival opens on the twenty-first of June.|the twenty-first of June|2015-06-21",
        "They married on March the first, 1990, in Leeds.|March the first, 1990|1990-03-01",
        "The board met on February twenty-eighth and said nothing.|February twenty-eighth|2015-02-28",
        "The ferry sails again on the thirtieth of April.|the thirtieth of April|2015-04-30"})
    void spelledDays(String text, String span, String value) {
        assertThat(resolve(text)).as(text).anySatisfy(t -> {
            assertThat(t.range().slice(text)).isEqualTo(span);
            assertThat(t.value()).isEqualTo(value);
        });
    }

    @Test
    void anOrdinalInsideANounPhraseIsNoDay() {
        for (String text : List.of("In March first-time buyers came back.", "The rally in May second round of talks failed.",
                "The match on June thirty second chances were few.")) {
            assertThat(resolve(text)).as(text).noneMatch(t -> t.value() != null && t.value().matches("\\d{4}-\\d\\d-\\d\\d"));
        }
    }

    @Test
    void ordinalWords() {
        assertThat(SpelledDayRule.day("eighth")).isEqualTo(8);
        assertThat(SpelledDayRule.day("Twenty-First")).isEqualTo(21);
        assertThat(SpelledDayRule.day("thirty first")).isEqualTo(31);
        assertThat(SpelledDayRule.day("twentieth")).isEqualTo(20);
        assertThat(SpelledDayRule.day("thirty-second")).isEqualTo(32); // rejected by the rule as no day
        assertThat(SpelledDayRule.day("eightieth")).isEqualTo(-1);
    }

    private List<TimeExpression> resolve(String text) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), PUBLISHED);
    }
}
