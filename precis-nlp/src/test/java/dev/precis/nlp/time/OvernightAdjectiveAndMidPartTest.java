package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The adjective "overnight" before a move or an event ("overnight losses": the night before, TimeML's TNI)
 * but not before other nouns, and "mid-afternoon" with no day named (that part of the article's day).
 * Sentences written for this test; the document date is a fixed Wednesday.
 */
class OvernightAdjectiveAndMidPartTest {

    private static final LocalDate PUBLISHED = LocalDate.parse("2015-11-18");

    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dealers were cautious after overnight losses in Tokyo.|overnight|2015-11-17TNI",
        "An overnight rally had lifted the peso.|overnight|2015-11-17TNI",
        "The town was quiet after overnight shelling.|overnight|2015-11-17TNI",
        "By mid-afternoon the crowd had thinned.|mid-afternoon|2015-11-18TAF",
        "By mid afternoon, the ferry had docked.|mid afternoon|2015-11-18TAF",
        "The ferry docked mid-afternoon yesterday.|mid-afternoon yesterday|2015-11-17TAF"})
    void found(String text, String expression, String value) {
        assertThat(resolve(text)).as(text).singleElement().satisfies(t -> {
            assertThat(t.range().slice(text)).isEqualTo(expression);
            assertThat(t.value()).isEqualTo(value);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tokyo shares closed lower on November 13. Dealers sold after overnight losses in New York.|2015-11-12TNI",
        "The port reopened on Monday, November 16, after overnight storms.|2015-11-15TNI"})
    void afterANamedDay(String text, String value) {
        assertThat(resolve(text)).as(text).filteredOn(t -> t.range().slice(text).equals("overnight"))
                .singleElement().satisfies(t -> assertThat(t.value()).isEqualTo(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The band was an overnight success.",
        "She packed an overnight bag.",
        "Banks lent at overnight rates.",
        "A midafternoonish glow fell on the hills."})
    void noTime(String text) {
        assertThat(resolve(text)).as(text).isEmpty();
    }

    private List<TimeExpression> resolve(String text) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), PUBLISHED);
    }
}
