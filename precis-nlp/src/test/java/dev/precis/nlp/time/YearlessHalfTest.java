package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * "The first half" and "the second half" with no year ({@link PeriodRule}): a year's half in business
 * reporting, valued as TimeML does (the document's year, or the one the tense points to); no date in a
 * match or a film. Sentences written for this test.
 */
class YearlessHalfTest {

    private static final LocalDate AUGUST = LocalDate.parse("2026-08-12");
    private static final LocalDate MARCH = LocalDate.parse("2026-03-10");

    @Test
    void aPastHalfIsTheLatestBegun() {
        assertThat(values("The brewer said profits rose 8 percent in the first half.", AUGUST)).containsExactly("2026-H1");
        assertThat(values("The brewer said sales fell in the second half.", MARCH)).containsExactly("2025-H2");
    }

    @Test
    void aFutureHalfIsTheOneUnderWayOrNext() {
        assertThat(values("The brewer expects revenue will recover in the second half.", MARCH)).containsExactly("2026-H2");
        assertThat(values("Orders will pick up in the first half, the brewer said.", AUGUST)).containsExactly("2027-H1");
    }

    @Test
    void anAdjectiveHalfIsRead() {
        assertThat(values("The brewer reported first-half profits of $40 million.", AUGUST)).containsExactly("2026-H1");
    }

    @Test
    void aHalfOfSomethingElseOrOutsideBusinessIsNoDate() {
        assertThat(values("The visitors scored twice in the first half.", AUGUST)).isEmpty();
        assertThat(values("The first half of the film drags, the critic said.", AUGUST)).isEmpty();
        assertThat(values("Sales were slow during the first half hour of trading.", AUGUST)).noneMatch(v -> v.contains("-H"));
    }

    @Test
    void aNamedYearStillWins() {
        assertThat(values("Profits rose in the first half of 2024.", AUGUST)).containsExactly("2024-H1");
    }

    private static List<String> values(String text, LocalDate published) {
        List<TimeExpression> found = new RuleTimeResolver().resolve(text, new NewsSentenceSplitter().split(text), published);
        return found.stream().map(TimeExpression::value).collect(Collectors.toList());
    }
}
