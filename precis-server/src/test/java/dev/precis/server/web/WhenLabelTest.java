package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhenLabelTest {

    @Test
    void calendarDatesStayAsTheyAre() {
        assertThat(WhenLabel.of("2019")).isEqualTo("2019");
        assertThat(WhenLabel.of("2019-03")).isEqualTo("2019-03");
        assertThat(WhenLabel.of("2019-03-14")).isEqualTo("2019-03-14");
        assertThat(WhenLabel.of(null)).isEmpty();
    }

    @Test
    void timeMlCodesAreSpelledOut() {
        assertThat(WhenLabel.of("2018-Q3")).isEqualTo("Q3 2018");
        assertThat(WhenLabel.of("2018-H1")).isEqualTo("first half of 2018");
        assertThat(WhenLabel.of("2018-H2")).isEqualTo("second half of 2018");
        assertThat(WhenLabel.of("2018-SP")).isEqualTo("spring 2018");
        assertThat(WhenLabel.of("2018-FA")).isEqualTo("autumn 2018");
        assertThat(WhenLabel.of("2018-W07")).isEqualTo("week 7 of 2018");
        assertThat(WhenLabel.of("2018-W07-WE")).isEqualTo("weekend of week 7 of 2018");
        assertThat(WhenLabel.of("2018-05-02TEV")).isEqualTo("2018-05-02, evening");
    }

    @Test
    void rangesAreJoinedByADash() {
        assertThat(WhenLabel.of("2011/2014")).isEqualTo("2011–2014");
        assertThat(WhenLabel.of("2019-06-03/2019-06-04")).isEqualTo("2019-06-03 – 2019-06-04");
        assertThat(WhenLabel.of("2012-10/2013-02")).isEqualTo("2012-10 – 2013-02");
        assertThat(WhenLabel.of("2018-Q3/2018-Q4")).isEqualTo("Q3 2018 – Q4 2018");
    }

    @Test
    void unknownValuesAreShownUnchanged() {
        assertThat(WhenLabel.of("PAST_REF")).isEqualTo("PAST_REF");
        assertThat(WhenLabel.of("199X")).isEqualTo("199X");
        assertThat(WhenLabel.of("2018/")).isEqualTo("2018/");
    }
}
