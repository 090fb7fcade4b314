package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "quarterly" as a set, "the past hour", and lengths with "straight", "consecutive", "full"; invented sentences. */
class QuarterlySetAndLengthWordsTest {

    private static List<String> found(String text) {
        return new RuleTimeResolver().resolve(text, new NewsSentenceSplitter().split(text), LocalDate.of(2026, 8, 12))
                .stream().map(t -> t.range().slice(text) + "=" + t.value()).toList();
    }

    @Test
    void quarterlyAdverbIsASetButNotTheAdjective() {
        assertThat(found("The fund pays out quarterly.")).containsExactly("quarterly=P3M");
        assertThat(found("The lender's quarterly results beat forecasts.")).isEmpty();
    }

    @Test
    void thePastHourIsAnHour() {
        assertThat(found("The index lost 2 percent in the past hour.")).containsExactly("the past hour=PT1H");
        assertThat(found("This hour belongs to the fans.")).isEmpty();
    }

    @Test
    void lengthsWithAnAdjectiveBeforeTheUnit() {
        assertThat(found("The miner has lost money for three straight quarters.")).containsExactly("three straight quarters=P9M");
        assertThat(found("Exports have grown for two consecutive years.")).containsExactly("two consecutive years=P2Y");
        assertThat(found("He spent two full years in exile.")).containsExactly("two full years=P2Y");
    }
}
