package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Project-written sentences for shapes main found nothing in (times50's, split out by times51 as the part
 * that only adds expressions): "of the decade" is the decade under way; "in weeks", "in days" are vague
 * lengths as "within weeks" is; a strike's "fifth day" is the day of its clause; "every half hour" is a set
 * of half hours; "on weekends" is every weekend; "quarterly" is a set of quarters (P3M) as an adverb.
 * 2026-12-07 is a Monday.
 */
class DecadeNthDayAndSetsTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-12-07");
    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @Test
    void ofTheDecadeIsTheDecadeUnderWay() {
        assertThat(value("Exports posted their biggest fall of the decade.", "the decade", MONDAY)).isEqualTo("202");
        assertThat(value("It was the coldest winter of the decade.", "the decade", LocalDate.parse("2019-03-02")))
                .isEqualTo("201");
        // a decade measured from an event is no calendar decade
        assertThat(resolve("He wrote two books in the course of the decade since the war.", MONDAY))
                .noneMatch(t -> "202".equals(t.value()));
    }

    @Test
    void quarterlyAsAnAdverbIsASet() {
        assertThat(value("The figures are revised quarterly.", "quarterly", MONDAY)).isEqualTo("P3M");
        // an adjective before a noun is no set
        assertThat(resolve("The quarterly dividend was raised.", MONDAY)).isEmpty();
    }

    @Test
    void inWeeksAndInDaysAreVagueLengths() {
        assertThat(value("The mine may reopen in weeks.", "weeks", MONDAY)).isEqualTo("PXW");
        assertThat(value("Negotiators hope to finish in days.", "days", MONDAY)).isEqualTo("PXD");
        // "in recent years" keeps its reading
        assertThat(value("Fares have risen in recent years.", "recent years", MONDAY)).isEqualTo("PAST_REF");
    }

    @Test
    void anOrdinalDayOfAStrikeIsTheDayOfItsClause() {
        assertThat(value("The blockade is now in its sixth day.", "sixth day", MONDAY)).isEqualTo("2026-12-07");
        assertThat(value("The walkout entered its third straight day on Saturday.", "third straight day",
                MONDAY)).isEqualTo("2026-12-05");
        // an ordinal day that no verb of entering precedes is left alone
        assertThat(resolve("Its second day was quieter.", MONDAY)).isEmpty();
    }

    @Test
    void everyHalfHourAndOnWeekends() {
        assertThat(value("Ferries sail every half hour in summer.", "every half hour", MONDAY)).isEqualTo("PT30M");
        assertThat(value("The library now opens on weekends.", "weekends", MONDAY)).isEqualTo("XXXX-WXX-WE");
        // "the weekend" is still one weekend
        assertThat(value("The roads were closed over the weekend.", "the weekend", MONDAY)).isEqualTo("2026-W49-WE");
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
