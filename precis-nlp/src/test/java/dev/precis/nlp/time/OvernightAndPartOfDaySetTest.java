package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "overnight" as an adverb (a night, TimeML's TNI), "within hours" (a vague length), "each morning"
 * (a part of every day, a TimeML set). Sentences written for this test.
 */
class OvernightAndPartOfDaySetTest {

    private static final LocalDate PUBLISHED = LocalDate.parse("2015-11-18");

    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Copper prices slipped overnight.|overnight|2015-11-17TNI",
        "Overnight, the fire crews withdrew from the ridge.|Overnight|2015-11-17TNI",
        "The ferry will stay in port overnight and sail at dawn.|overnight|2015-11-18TNI",
        "The divers were found within hours of the storm.|hours|PTXH",
        "Within days the stall had sold out.|days|PXD",
        "She swims in the lake each morning.|each morning|XXXX-XX-XXTMO",
        "The lighthouse keeper climbs the tower every night.|every night|XXXX-XX-XXTNI"})
    void found(String text, String expression, String value) {
        assertThat(resolve(text)).as(text).singleElement().satisfies(t -> {
            assertThat(t.range().slice(text)).isEqualTo(expression);
            assertThat(t.value()).isEqualTo(value);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The central bank left overnight rates alone.",
        "Trust of that kind does not grow overnight.",
        "The village became famous almost overnight.",
        "The watchman walks the yard every other night."})
    void notANight(String text) {
        assertThat(resolve(text)).as(text).isEmpty();
    }

    private List<TimeExpression> resolve(String text) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), PUBLISHED);
    }
}
