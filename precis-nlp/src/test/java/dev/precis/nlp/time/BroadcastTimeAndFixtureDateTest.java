package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Granularity;
import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Project-written schedule and fixture lines: four digits that are a 24-hour time of day are never a
 * year — after "from"/"at" and before "on" and a channel or station, or before a clock zone, even when a
 * day and month stand on the line above. 2020-03-06 is a Friday, 2020-03-11 a Wednesday.
 */
class BroadcastTimeAndFixtureDateTest {

    private static final LocalDate FRIDAY = LocalDate.parse("2020-03-06");
    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @Test
    void aBroadcastTimeAfterADayIsATimeOfThatDay() {
        String text = "The replay will be shown live on Wednesday 11 March, from 1930 on Channel 9.";
        assertThat(expression(text, "1930", FRIDAY).value()).isEqualTo("2020-03-11T19:30");
        assertThat(expression(text, "1930", null).granularity()).isEqualTo(Granularity.TIME);
    }

    @Test
    void atAndAStationMakeATimeWithoutADay() {
        String text = "Highlights of the race follow at 2015 on Radio 7.";
        assertThat(expression(text, "2015", FRIDAY).value()).isEqualTo("2020-03-06T20:15");
        String weekly = "The relaunched quiz will be shown at about 1900 on Sundays.";
        assertThat(expression(weekly, "1900", FRIDAY).granularity()).isEqualTo(Granularity.TIME);
        assertThat(resolve(weekly, FRIDAY)).noneMatch(t -> "1900".equals(t.value()));
    }

    @Test
    void yearsStayYears() {
        assertThat(expression("The club played at the ground from 1930 to 1945.", "1930", FRIDAY).value())
                .isEqualTo("1930");
        assertThat(expression("The stadium was built in 1930 on Harbour Road.", "1930", FRIDAY).value())
                .isEqualTo("1930");
        // "from" before a channel with no day named: a year as well ("the series ran from 1999 on …")
        assertThat(expression("The series ran from 1999 on Channel 9.", "1999", FRIDAY).value()).isEqualTo("1999");
        assertThat(expression("The final on Saturday 7 March 2015 drew a record crowd.", "Saturday 7 March 2015", FRIDAY)
                .value()).isEqualTo("2015-03-07");
    }

    @Test
    void aFixtureKickOffIsNotTheYearOfTheDateAbove() {
        String text = "Harbour Town v Millbrook\n\nMill Lane\n\nTuesday, 3 March\n\n1945 GMT\n\n"
                + "The home side are unbeaten in six league games.";
        // undated: the weekday and the day of the month give no year
        assertThat(expression(text, "Tuesday, 3 March", null).value()).isNull();
        assertThat(resolve(text, null)).noneMatch(t -> t.value() != null && t.value().startsWith("1945"));
        assertThat(expression(text, "1945 GMT", null).granularity()).isEqualTo(Granularity.TIME);
        assertThat(expression(text, "Tuesday, 3 March", FRIDAY).value()).isEqualTo("2020-03-03");
        String summer = "Tuesday, 3 March\n\n2000 BST";
        assertThat(resolve(summer, null)).noneMatch(t -> t.value() != null && t.value().startsWith("2000"));
        assertThat(expression(summer, "2000 BST", FRIDAY).granularity()).isEqualTo(Granularity.TIME);
    }

    private TimeExpression expression(String text, String span, LocalDate anchor) {
        List<TimeExpression> found = resolve(text, anchor);
        assertThat(found).as(text).anySatisfy(t -> assertThat(t.range().slice(text)).isEqualTo(span));
        return found.stream().filter(t -> t.range().slice(text).equals(span)).findFirst().orElseThrow();
    }

    private List<TimeExpression> resolve(String text, LocalDate anchor) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), anchor);
    }
}
