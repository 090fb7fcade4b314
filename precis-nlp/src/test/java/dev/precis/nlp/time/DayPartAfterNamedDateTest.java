package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "the next morning", "that evening", "the previous night" after a named date ({@link DeicticRule#namedDayPart}); invented sentences. */
class DayPartAfterNamedDateTest {

    private static List<String> found(String text) {
        return new RuleTimeResolver().resolve(text, new NewsSentenceSplitter().split(text), LocalDate.of(2026, 8, 12))
                .stream().map(t -> t.range().slice(text) + "=" + t.value()).toList();
    }

    @Test
    void countsFromTheDateLastNamed() {
        assertThat(found("The levee broke on July 20. The next morning, boats reached the farms."))
                .containsExactly("July 20=2026-07-20", "The next morning=2026-07-21TMO");
        assertThat(found("The levee broke on July 20. That evening, the lights went out."))
                .containsExactly("July 20=2026-07-20", "That evening=2026-07-20TEV");
        assertThat(found("The levee broke on July 20, a day after heavy rain the previous night."))
                .contains("the previous night=2026-07-19TNI");
    }

    @Test
    void withoutANamedDateCountsFromTheAnchor() {
        assertThat(found("Police said the van was seen the previous night.")).containsExactly("the previous night=2026-08-11TNI");
    }
}
