package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Project-written sentences (times55): "daily", "weekly", "monthly" after a possessive name a routine
 * ("in his weekly radio address", "their daily lives"), TimeML's sets; before other words, without a
 * possessive, they stay unmarked as before ("average daily volume", "the regional daily Nova Gazeta"), and a
 * company's "quarterly dividend" stays unmarked after a possessive too. 2026-12-07 is a Monday.
 */
class PossessiveRoutineTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-12-07");
    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @Test
    void aRoutineAfterAPossessiveIsTheSet() {
        assertThat(value("The president said in his weekly radio address that talks would go on.", "weekly"))
                .isEqualTo("P1W");
        assertThat(value("Villagers say the checkpoints now shape their daily lives.", "daily")).isEqualTo("P1D");
        assertThat(value("The bank left its monthly survey of lenders out of the report.", "monthly"))
                .isEqualTo("P1M");
        assertThat(value("In our daily work we see what the cuts have done.", "daily")).isEqualTo("P1D");
    }

    @Test
    void withoutAPossessiveOrForAQuarterlyDividendNothingIsMarked() {
        assertThat(resolve("Average daily volume on the exchange fell by a fifth.")).isEmpty();
        assertThat(resolve("The regional daily Nova Gazeta reported the arrests.")).isEmpty();
        assertThat(resolve("The brewer raised its quarterly dividend to 12 cents a share.")).isEmpty();
        // a possessive ending in 's is no possessive determiner: the word before is "s"
        assertThat(resolve("The party's daily newspaper ran the letter.")).isEmpty();
    }

    @Test
    void theAdverbIsMarkedAsBefore() {
        assertThat(value("Protesters have gathered daily outside the embassy.", "daily")).isEqualTo("P1D");
    }

    private String value(String text, String span) {
        List<TimeExpression> found = resolve(text);
        assertThat(found).as(text).anySatisfy(t -> assertThat(t.range().slice(text)).isEqualTo(span));
        return found.stream().filter(t -> t.range().slice(text).equals(span)).findFirst().orElseThrow().value();
    }

    private List<TimeExpression> resolve(String text) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), MONDAY);
    }
}
