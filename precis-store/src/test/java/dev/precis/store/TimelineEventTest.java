package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimelineEventTest {

    @Test
    void onlyCalendarValuesBecomeTimelineEvents() {
        assertThat(TimelineEvent.isCalendarValue("2024-07")).isTrue();
        assertThat(TimelineEvent.isCalendarValue("1997")).isTrue();
        assertThat(TimelineEvent.isCalendarValue("2024-12-05/2024-12-06")).isTrue();
        assertThat(TimelineEvent.isCalendarValue("P6M")).isFalse();
        assertThat(TimelineEvent.isCalendarValue("PAST_REF")).isFalse();
        assertThat(TimelineEvent.isCalendarValue("XXXX-12-05")).isFalse();
        assertThat(TimelineEvent.isCalendarValue("199")).isFalse();
        assertThat(TimelineEvent.isCalendarValue(null)).isFalse();
    }
}
