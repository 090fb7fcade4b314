package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A unit word capitalised mid-sentence in running text names a programme or title ("This Week", "60
 * Minutes"), no time ({@link Resolution#titleUnit}); at a sentence start, in a title-case headline or in
 * all capitals it is still read. Sentences written for this test.
 */
class TitleUnitTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-12-07");

    @Test
    void aProgrammeTitleIsNoTime() {
        assertThat(values("The minister, speaking on the network's \"This Week,\" said the plan would work.")).isEmpty();
        assertThat(values("She told the show \"48 Hours\" that she would run again.")).isEmpty();
    }

    @Test
    void ordinaryCapitalsAreStillTimes() {
        assertThat(values("This week the army withdrew from the town.")).containsExactly("2026-W50");
        assertThat(values("Talks Collapse After Two Days")).containsExactly("P2D");
        assertThat(values("THE ARMY WITHDREW AFTER 48 HOURS OF FIGHTING.")).containsExactly("PT48H");
    }

    private static List<String> values(String text) {
        List<TimeExpression> found = new RuleTimeResolver().resolve(text, new NewsSentenceSplitter().split(text), MONDAY);
        return found.stream().map(TimeExpression::value).collect(Collectors.toList());
    }
}
