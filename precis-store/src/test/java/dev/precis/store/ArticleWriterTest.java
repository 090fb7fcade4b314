package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleWriterTest {

    @Test
    void onlyCalendarValuesBecomeTimelineEvents() {
        assertThat(ArticleWriter.isCalendarValue("2024-07")).isTrue();
        assertThat(ArticleWriter.isCalendarValue("1997")).isTrue();
        assertThat(ArticleWriter.isCalendarValue("2024-12-05/2024-12-06")).isTrue();
        assertThat(ArticleWriter.isCalendarValue("P6M")).isFalse();
        assertThat(ArticleWriter.isCalendarValue("PAST_REF")).isFalse();
        assertThat(ArticleWriter.isCalendarValue("XXXX-12-05")).isFalse();
        assertThat(ArticleWriter.isCalendarValue("199")).isFalse();
        assertThat(ArticleWriter.isCalendarValue(null)).isFalse();
    }
}
