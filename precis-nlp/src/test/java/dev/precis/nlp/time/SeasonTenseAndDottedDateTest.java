package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seasons placed by the tense, and dotted day-first dates; invented sentences, anchor Wednesday 12 August 2026. */
class SeasonTenseAndDottedDateTest {

    private static List<String> found(String text) {
        return new RuleTimeResolver().resolve(text, new NewsSentenceSplitter().split(text), LocalDate.of(2026, 8, 12))
                .stream().map(t -> t.range().slice(text) + "=" + t.value()).toList();
    }

    @Test
    void aSeasonAheadOrBehindFollowsTheTense() {
        assertThat(found("Regional elections are due in the spring.")).containsExactly("the spring=2027-SP");
        assertThat(found("The governor was elected in the spring.")).containsExactly("the spring=2026-SP");
        assertThat(found("The mill closed in the autumn.")).containsExactly("the autumn=2025-FA");
        assertThat(found("The mill will reopen in the autumn.")).containsExactly("the autumn=2026-FA");
        assertThat(found("The mill will reopen next spring.")).containsExactly("next spring=2027-SP");
    }

    @Test
    void dottedDatesAreDayFirst() {
        assertThat(found("The truce starts on 01.09.2026.")).containsExactly("01.09.2026=2026-09-01");
        assertThat(found("Growth was 1.2 percent.")).isEmpty();
    }
}
