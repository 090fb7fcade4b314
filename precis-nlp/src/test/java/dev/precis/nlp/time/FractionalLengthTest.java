package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Lengths with a fraction ({@link LengthRule}, {@link TimeLexicon#duration(double, String)}): the rest in
 * the next smaller unit when it comes out whole, decades and centuries in years, and "half a" as half of
 * one unit. Sentences written for this test.
 */
class FractionalLengthTest {

    private static final LocalDate PUBLISHED = LocalDate.parse("2026-08-12");

    @Test
    void aHalfIsCountedInTheNextSmallerUnit() {
        assertThat(values("The talks dragged on for two and a half years.")).containsExactly("P2Y6M");
        assertThat(values("The flight was delayed by 1.5 hours.")).containsExactly("PT1H30M");
    }

    @Test
    void decadesAndCenturiesWithAFractionAreYears() {
        assertThat(values("The case has dragged on for a decade and a half.")).containsExactly("P15Y");
        assertThat(values("The feud lasted two and a half decades.")).containsExactly("P25Y");
        assertThat(values("The drought is the worst in half a century.")).containsExactly("P50Y");
    }

    @Test
    void halfAUnitIsNoVagueCount() {
        assertThat(values("The ship was stuck for half a day.")).containsExactly("PT12H");
        assertThat(values("He waited a half hour.")).containsExactly("PT30M");
        assertThat(values("A few days later the ship sailed.")).doesNotContain("PT12H");
    }

    private static List<String> values(String text) {
        List<TimeExpression> found = new RuleTimeResolver().resolve(text, new NewsSentenceSplitter().split(text), PUBLISHED);
        return found.stream().map(TimeExpression::value).collect(Collectors.toList());
    }
}
