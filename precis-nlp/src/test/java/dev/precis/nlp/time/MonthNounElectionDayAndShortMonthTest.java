package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Project-written sentences: "the March" before a noun is the month ("the March accession"), a march
 * when a preposition or verb follows; US Election Day in a text about US politics, left alone
 * elsewhere; "last February" read in March is a year back; "on Jun 12" without a year; irregular past
 * verbs ("sat", "stood") read as past. 2026-12-07 is a Monday.
 */
class MonthNounElectionDayAndShortMonthTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-12-07");
    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @Test
    void theMarchBeforeANounIsTheMonth() {
        assertThat(value("The council said the March accession was a formality.", "March", MONDAY)).isEqualTo("2026-03");
        assertThat(value("Officials said the March handover would go ahead.", "March", LocalDate.parse("2027-01-20")))
                .isEqualTo("2027-03");
        // a march, not the month
        assertThat(resolve("Thousands joined the March on the capital, police said.", MONDAY)).isEmpty();
        assertThat(resolve("The organisers said the March was peaceful.", MONDAY)).isEmpty();
        assertThat(resolve("Police blocked the March organisers from the square.", MONDAY)).isEmpty();
    }

    @Test
    void electionDayInATextAboutUsPolitics() {
        String us = "Republican and Democratic candidates made a final push two weeks before Election Day.";
        assertThat(value(us, "Election Day", LocalDate.parse("2026-10-20"))).isEqualTo("2026-11-03");
        String gop = "The GOP senator said turnout on Election Day would be high.";
        assertThat(value(gop, "Election Day", LocalDate.parse("2028-09-14"))).isEqualTo("2028-11-07");
        // elsewhere an election day has no fixed date
        assertThat(resolve("Turnout on Election Day was high, the electoral commission said.", MONDAY))
                .noneMatch(t -> t.value() != null && t.value().endsWith("-11-03"));
    }

    @Test
    void lastMonthNameJustEndedIsAYearBack() {
        LocalDate march = LocalDate.parse("2026-03-02");
        assertThat(value("Prices rose last February, the agency said.", "last February", march)).isEqualTo("2025-02");
        // an earlier month of the same year stays this year's
        assertThat(value("Prices rose last June, the agency said.", "last June", MONDAY)).isEqualTo("2026-06");
    }

    @Test
    void shortMonthsWithADayAndNoYear() {
        assertThat(value("The fund said on Jun 12 that it had sold the stake.", "Jun 12", MONDAY)).isEqualTo("2026-06-12");
        assertThat(value("The stake was sold on Mar 3, the fund said.", "Mar 3", MONDAY)).isEqualTo("2026-03-03");
        // no preposition before it, or a name after the number: not a date
        assertThat(resolve("Rain may Mar 12 of the matches, said Jun Park.", MONDAY)).isEmpty();
        assertThat(resolve("Shares rose on Jun 3 Group news.", MONDAY)).noneMatch(t -> "2026-06-03".equals(t.value()));
    }

    @Test
    void irregularPastVerbsAreRead() {
        // the modal of another clause is further away than the irregular past the weekday goes with
        assertThat(value("The board, which will publish its report, sat on Thursday.", "Thursday", MONDAY))
                .isEqualTo("2026-12-03");
        assertThat(value("The statue, which will be moved next year, stood in the square on Friday.", "Friday", MONDAY))
                .isEqualTo("2026-12-04");
        // "Sat" with a capital is a shortened Saturday, no past verb
        assertThat(value("The market, which will reopen soon, is closed on Sat 12 Dec, the owners said.", "Sat 12 Dec", MONDAY))
                .isEqualTo("2026-12-12");
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
