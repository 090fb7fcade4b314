package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Project-written sentences (times56): a yearless month ending a span that a present perfect opens runs on
 * past the publication date; a participle clause after "with" takes the future of the clause it hangs on;
 * "since year-end" is the end of the last year. 2026-10-30 is a Friday, 2026-12-08 a Tuesday.
 */
class SpanEndWithClauseAndYearEndTest {

    private static final LocalDate OCTOBER = LocalDate.parse("2026-10-30");
    private static final LocalDate DECEMBER = LocalDate.parse("2026-12-08");
    private static final LocalDate FEBRUARY = LocalDate.parse("2026-02-13");
    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @Test
    void aSpanOpenedByAPresentPerfectEndsAhead() {
        assertThat(value("Lenders, led by a regional bank, have extended the credit line through January.", "January",
                OCTOBER)).isEqualTo("2027-01");
        assertThat(value("The crossings have been closed until February, officials said.", "February", OCTOBER))
                .isEqualTo("2027-02");
        assertThat(value("The council has kept the hall shut till March.", "March", OCTOBER)).isEqualTo("2027-03");
        // a month not yet over is this year's
        assertThat(value("The league has suspended him through December.", "December", OCTOBER)).isEqualTo("2026-12");
    }

    @Test
    void aSpanInTheSimplePastOrWithoutAVerbStaysBehind() {
        assertThat(value("The strike lasted until March and cost the port millions.", "March", OCTOBER))
                .isEqualTo("2026-03");
        assertThat(value("Sales through August were flat, the retailer said.", "August", OCTOBER)).isEqualTo("2026-08");
        // the present perfect belongs to another clause, before the comma
        assertThat(value("Prices have risen, and the bank held rates through August.", "August", OCTOBER))
                .isEqualTo("2026-08");
    }

    @Test
    void aWithClauseTakesTheFutureOfItsMainClause() {
        String text = "The airline said new flights would leave on Monday nights from March 30, with a third route"
                + " opening each Thursday from August 6.";
        assertThat(value(text, "August 6", FEBRUARY)).isEqualTo("2026-08-06");
        assertThat(value(text, "March 30", FEBRUARY)).isEqualTo("2026-03-30");
    }

    @Test
    void aWithClauseAfterAPastClauseIsNotMovedAhead() {
        // no modal in the main clause: the tense is left to the nearer date, as without the "with" clause
        String text = "The troops left the northern city in the early hours of the night, with the last convoy"
                + " departing on August 6.";
        assertThat(value(text, "August 6", FEBRUARY)).isEqualTo("2025-08-06");
    }

    @Test
    void sinceYearEndIsTheEndOfTheLastYear() {
        assertThat(value("Shares in the bank have risen 12% since year-end.", "year-end", DECEMBER))
                .isEqualTo("2025-12-31");
        assertThat(value("The index is down 3% since year end.", "year end", DECEMBER)).isEqualTo("2025-12-31");
        // any other year-end is the year under way, as before
        assertThat(value("The deal is expected to close by year-end.", "year-end", OCTOBER)).isEqualTo("2026");
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
