package dev.precis.lab.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    @Test
    void nearestRankOnOneToAThousand() {
        long[] v = new long[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i + 1;
        }
        assertThat(LatencySummary.percentile(v, 50)).isEqualTo(500);
        assertThat(LatencySummary.percentile(v, 90)).isEqualTo(900);
        assertThat(LatencySummary.percentile(v, 99)).isEqualTo(990);
        assertThat(LatencySummary.percentile(v, 99.9)).isEqualTo(999);
        assertThat(LatencySummary.percentile(v, 100)).isEqualTo(1000);
        assertThat(LatencySummary.percentile(v, 0.01)).isEqualTo(1);
    }

    @Test
    void smallSamplesRoundUpToTheNextRank() {
        long[] v = {10, 20, 30};
        assertThat(LatencySummary.percentile(v, 50)).isEqualTo(20);
        assertThat(LatencySummary.percentile(v, 99)).isEqualTo(30);
        assertThat(LatencySummary.percentile(new long[] {7}, 99.9)).isEqualTo(7);
    }

    @Test
    void summaryOfARecorderMatchesASortedCopy() {
        LatencyRecorder rec = new LatencyRecorder(10_000);
        List<Long> values = new ArrayList<>();
        Random r = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            long v = (long) (Math.abs(r.nextGaussian()) * 1_000_000);
            values.add(v);
            rec.record(v);
        }
        Collections.sort(values);
        LatencySummary s = rec.summary();
        assertThat(s.count()).isEqualTo(10_000);
        assertThat(s.p50()).isEqualTo(values.get(4999));
        assertThat(s.p99()).isEqualTo(values.get(9899));
        assertThat(s.p999()).isEqualTo(values.get(9989));
        assertThat(s.max()).isEqualTo(values.get(9999));
        assertThat(s.mean()).isEqualTo(values.stream().mapToLong(Long::longValue).sum() / 10_000);
    }

    @Test
    void recorderIsBoundedAndCountsWhatItDrops() {
        LatencyRecorder rec = new LatencyRecorder(2);
        rec.record(5);
        rec.record(-3);
        rec.record(9);
        assertThat(rec.dropped()).isEqualTo(1);
        assertThat(rec.summary().count()).isEqualTo(2);
        assertThat(rec.summary().p50()).isZero();
        assertThat(rec.summary().max()).isEqualTo(5);
    }

    @Test
    void emptyIsAllZeroAndBadPercentilesAreRejected() {
        assertThat(new LatencyRecorder(0).summary()).isEqualTo(new LatencySummary(0, 0, 0, 0, 0, 0, 0));
        assertThatThrownBy(() -> LatencySummary.percentile(new long[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencySummary.percentile(new long[] {1}, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencySummary.percentile(new long[0], 50)).isInstanceOf(IllegalArgumentException.class);
    }
}
