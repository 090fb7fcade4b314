package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Project-written sentences (times54): a day named by its place in an event ("it is the third day of the
 * siege") or by what it was ("it was a historic day for the region") is the day its clause is about — the
 * publication date after "is", the day the text last named after "was". 2026-12-07 is a Monday.
 */
class CopulaDayTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-12-07");
    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @Test
    void anOrdinalDayOfAnEventInThePresentIsThePublicationDay() {
        assertThat(value("Farmers blocked the road again. It is the third day of the protest.", "the third day", MONDAY))
                .isEqualTo("2026-12-07");
        assertThat(value("Shelling resumed; it's the fifth day of the siege.", "the fifth day", MONDAY))
                .isEqualTo("2026-12-07");
        assertThat(value("Today is the 12th day of the hunger strike.", "the 12th day", MONDAY)).isEqualTo("2026-12-07");
    }

    @Test
    void inThePastItIsTheDayLastNamed() {
        assertThat(value("Rescuers reached the village on Sunday. It was the fourth day of the search.",
                "the fourth day", MONDAY)).isEqualTo("2026-12-06");
        assertThat(value("The treaty was signed on Friday. The minister said it was a historic day for the region.",
                "a historic day", MONDAY)).isEqualTo("2026-12-04");
        assertThat(value("The club won the cup on Saturday; its captain said it was \"a proud day for us\".",
                "a proud day", MONDAY)).isEqualTo("2026-12-05");
    }

    @Test
    void leftAloneWithoutACopulaOrANamedDay() {
        // no day named before a past "was": nothing to place it on
        assertThat(resolve("Organisers said it was a great day out for the children.", MONDAY))
                .noneMatch(t -> t.range().slice("Organisers said it was a great day out for the children.")
                        .contains("day"));
        // an adjective's day in the present is a judgement, not a date
        assertThat(resolve("Critics said it is a sad day for democracy.", MONDAY)).isEmpty();
        // an ordinal day without "is"/"was" before it, or without "of" after it
        assertThat(resolve("Her third day of training was quieter.", MONDAY)).isEmpty();
        assertThat(resolve("It was the third day running that trains were late.", MONDAY))
                .noneMatch(t -> t.value() != null && t.value().startsWith("2026-12"));
    }

    private String value(String text, String span, LocalDate anchor) {
        List<TimeExpression> found = resolve(text, anchor);
        assertThat(found).as(text).anySatisfy(t -> assertThat(t.range().slice(text)).isEqualTo(span));
        return found.stream().filter(t -> t.range().slice(text).equals(span)).findFirst().orElseThrow().value();
    }

    private List<TimeExpression> resolve(String text, LocalDate anchor) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), anchor);
    }
}
