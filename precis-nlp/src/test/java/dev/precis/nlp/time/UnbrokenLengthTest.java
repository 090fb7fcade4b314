package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A length whose unit is qualified as unbroken ("three straight quarters", "two consecutive years", "a
 * full year") is still that length. Sentences written for this test.
 */
class UnbrokenLengthTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-12-07");

    @Test
    void anUnbrokenRunIsItsLength() {
        assertThat(values("The company has lost money for three straight quarters.")).containsExactly("P9M");
        assertThat(values("Prices rose for two consecutive years.")).containsExactly("P2Y");
        assertThat(values("The ban lasted a full year.")).containsExactly("P1Y");
        assertThat(values("Exports fell for six successive months.")).containsExactly("P6M");
    }

    @Test
    void anOrdinalRunIsNoLength() {
        assertThat(values("It was the third straight quarter of losses.")).isEmpty();
    }

    private static List<String> values(String text) {
        List<TimeExpression> found = new RuleTimeResolver().resolve(text, new NewsSentenceSplitter().split(text), MONDAY);
        return found.stream().map(TimeExpression::value).collect(Collectors.toList());
    }
}
