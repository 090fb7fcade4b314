package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A time expression the splitter cut in two ("8 p.m." ends a sentence before "EST on Tuesday") is read
 * with the whole sentence it ends in, not as a clause cut short (which reads like a headline, in the
 * past). Sentences written for this test; 4 March 2026 is a Wednesday.
 */
class ExpressionAcrossSentenceEndTest {

    private static final LocalDate WEDNESDAY = LocalDate.parse("2026-03-04");

    @Test
    void aWeekdayAfterAClockTimeAndZoneKeepsTheSentencesFutureTense() {
        String text = "Voting on the harbour plan closes at 8 p.m. EST on Tuesday, the council said.";
        assertThat(values(text)).as(text).anyMatch(v -> v.startsWith("2026-03-10"))
                .noneMatch(v -> v.startsWith("2026-03-03"));
    }

    @Test
    void aPastSentenceStillReadsTheLastWeekday() {
        String text = "Voting on the harbour plan closed at 8 p.m. EST on Tuesday, the council said.";
        assertThat(values(text)).as(text).anyMatch(v -> v.startsWith("2026-03-03"));
    }

    private static List<String> values(String text) {
        List<TimeExpression> found = new RuleTimeResolver().resolve(text, new NewsSentenceSplitter().split(text), WEDNESDAY);
        return found.stream().map(TimeExpression::value).collect(Collectors.toList());
    }
}
