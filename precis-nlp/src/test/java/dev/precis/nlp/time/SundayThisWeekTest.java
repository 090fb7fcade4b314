package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * "this week" in a Sunday paper of what is still to come is the week starting the next day
 * ({@link Shifts#thisWeek}); looking back, or on any other day, it is the anchor's ISO week. Sentences
 * written for this test.
 */
class SundayThisWeekTest {

    private static final LocalDate SUNDAY = LocalDate.parse("2026-12-06");
    private static final LocalDate MONDAY = LocalDate.parse("2026-12-07");

    @Test
    void aSundayPapersComingWeekIsTheNextIsoWeek() {
        assertThat(values("The summit opens in Brussels this week.", SUNDAY)).containsExactly("2026-W50");
        assertThat(values("The minister will visit Paris this week.", SUNDAY)).containsExactly("2026-W50");
        assertThat(values("The results are due later this week.", SUNDAY)).containsExactly("2026-W50");
    }

    @Test
    void lookingBackOnSundayIsTheWeekEnding() {
        assertThat(values("Prices rose sharply this week.", SUNDAY)).containsExactly("2026-W49");
        assertThat(values("Earlier this week, the army withdrew from the town.", SUNDAY)).containsExactly("2026-W49");
    }

    @Test
    void onAMondayThisWeekIsTheAnchorsWeek() {
        assertThat(values("The minister will visit Paris this week.", MONDAY)).containsExactly("2026-W50");
        assertThat(values("The results are due later this week.", MONDAY)).containsExactly("2026-W50");
    }

    private static List<String> values(String text, LocalDate published) {
        List<TimeExpression> found = new RuleTimeResolver().resolve(text, new NewsSentenceSplitter().split(text), published);
        return found.stream().map(TimeExpression::value).collect(Collectors.toList());
    }
}
