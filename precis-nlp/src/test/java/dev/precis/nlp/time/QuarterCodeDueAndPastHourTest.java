package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Project-written sentences: "H2 2025" is a half year; "Q1" alone in a clause that looks ahead is placed as "the first quarter"
 * is; US Election Day when the only US cue is a senator, a governor, a county or polling places;
 * "is due in court" looks ahead as "is due on" does, while "due to" a cause does not; "the past hour"
 * and "the past day" are lengths; "year-long" is a length, not "the year"; what "is expected" or "is due"
 * by a time looks ahead; a season without a year is placed by its clause. 2026-12-07 is a Monday.
 */
class QuarterCodeDueAndPastHourTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-12-07");
    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @Test
    void aQuarterCodeAheadIsTheNextOfThatNumber() {
        assertThat(value("The carmaker expects deliveries to recover in Q2.", "Q2", MONDAY)).isEqualTo("2027-Q2");
        // reported, or in the past, it stays the latest one begun
        assertThat(value("The carmaker said deliveries fell in Q2.", "Q2", MONDAY)).isEqualTo("2026-Q2");
        assertThat(value("Deliveries in Q4 2025 were weak.", "Q4 2025", MONDAY)).isEqualTo("2025-Q4");
    }

    @Test
    void aHalfYearCodeWithItsYear() {
        assertThat(value("The insurer's profit doubled in H2 2025.", "H2 2025", MONDAY)).isEqualTo("2025-H2");
        // without a year, or in lower case, it is no date
        assertThat(resolve("The firm sponsors H1 visas for engineers.", MONDAY)).isEmpty();
    }

    @Test
    void electionDayWithOnlyAnOfficeOrACountyAsTheUsCue() {
        assertThat(value("The governor said he would campaign hard until Election Day.", "Election Day",
                LocalDate.parse("2026-09-01"))).isEqualTo("2026-11-03");
        assertThat(value("Three counties ran short of ballots on Election Day.", "Election Day", MONDAY))
                .isEqualTo("2026-11-03");
        assertThat(value("Sen. Ruiz said polling places would open early on Election Day.", "Election Day",
                LocalDate.parse("2028-10-02"))).isEqualTo("2028-11-07");
        // no US cue: still no date
        assertThat(resolve("Observers said Election Day passed calmly across the islands.", MONDAY))
                .noneMatch(t -> t.value() != null && t.value().endsWith("-11-03"));
    }

    @Test
    void dueInCourtLooksAhead() {
        assertThat(value("The driver is due in court on Thursday.", "Thursday", MONDAY)).isEqualTo("2026-12-10");
        assertThat(value("Both suspects are due back before the judge on Friday.", "Friday", MONDAY))
                .isEqualTo("2026-12-11");
        // "due to" a cause is no schedule: the past verb places the day
        assertThat(value("The delays were due to a strike on Friday.", "Friday", MONDAY)).isEqualTo("2026-12-04");
    }

    @Test
    void expectedOrDueByATimeLooksAhead() {
        assertThat(value("A ruling is expected by Thursday, lawyers said.", "Thursday", MONDAY)).isEqualTo("2026-12-10");
        assertThat(value("The figures are expected by mid-February.", "mid-February", MONDAY)).isEqualTo("2027-02");
        // "was expected" is the past's
        assertThat(value("A ruling was expected by Thursday.", "Thursday", MONDAY)).isEqualTo("2026-12-03");
    }

    @Test
    void aSeasonWithoutAYearIsPlacedByItsClause() {
        assertThat(value("The new line is expected to open in the spring.", "the spring", MONDAY)).isEqualTo("2027-SP");
        assertThat(value("The pool closed in the winter, the council said.", "the winter",
                LocalDate.parse("2026-08-12"))).isEqualTo("2025-WI");
        // a season already begun, or one with its year, keeps its year
        assertThat(value("The pool reopened in the spring.", "the spring", LocalDate.parse("2026-08-12")))
                .isEqualTo("2026-SP");
        assertThat(value("The works will finish in the spring of next year.", "the spring of next year",
                LocalDate.parse("2026-08-12"))).isEqualTo("2027-SP");
    }

    @Test
    void thePastHourAndThePastDayAreLengths() {
        assertThat(value("Shares slid 4 percent in the past hour.", "the past hour", MONDAY)).isEqualTo("PT1H");
        assertThat(value("Over the past day, rescuers found six survivors.", "the past day", MONDAY)).isEqualTo("P1D");
    }

    @Test
    void yearLongIsALengthNotTheYear() {
        assertThat(value("The year-long inquiry found no wrongdoing.", "year-long", MONDAY)).isEqualTo("P1Y");
        assertThat(resolve("The year-long inquiry found no wrongdoing.", MONDAY))
                .noneMatch(t -> "2026".equals(t.value()));
        // "the year" alone is still this year
        assertThat(value("The year has been hard for growers.", "The year", MONDAY)).isEqualTo("2026");
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
