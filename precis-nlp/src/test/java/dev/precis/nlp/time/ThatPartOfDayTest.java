package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * "that evening", "the next morning", "the previous night" are that part of the day the text last named,
 * moved by a day for next or previous ({@link DeicticRule#thatPartOfDay}); with no day named they are
 * left out. Sentences written for this test.
 */
class ThatPartOfDayTest {

    private static final LocalDate AUGUST = LocalDate.parse("2026-08-12");

    @Test
    void aPartOfDayCountsFromTheDayLastNamed() {
        assertThat(values("The storm hit on March 3. The next morning, the army arrived."))
                .containsExactly("2026-03-03", "2026-03-04TMO");
        assertThat(values("Police said the man was arrested on Saturday. That evening, protesters gathered."))
                .containsExactly("2026-08-08", "2026-08-08TEV");
        assertThat(values("The bomb exploded on Monday after warnings the previous night."))
                .containsExactly("2026-08-10", "2026-08-09TNI");
    }

    @Test
    void withNoDayNamedItIsLeftOut() {
        assertThat(values("He said that night was the worst of his life.")).isEmpty();
    }

    private static List<String> values(String text) {
        List<TimeExpression> found = new RuleTimeResolver().resolve(text, new NewsSentenceSplitter().split(text), AUGUST);
        return found.stream().map(TimeExpression::value).collect(Collectors.toList());
    }
}
