package dev.precis.lab.load;

/**
 * Percentiles of a set of latencies, in nanoseconds, by the nearest-rank definition (the p-th percentile
 * is the smallest sample such that at least p% of the samples are at or below it). All zero when there
 * are no samples. Immutable.
 *
 * @param count number of samples
 * @param mean arithmetic mean
 * @param p50 median
 * @param p90 90th percentile
 * @param p99 99th percentile
 * @param p999 99.9th percentile
 * @param max the largest sample
 */
public record LatencySummary(long count, long mean, long p50, long p90, long p99, long p999, long max) {

    /** Summary of samples that are already sorted ascending. */
    public static LatencySummary of(long[] sorted) {
        if (sorted.length == 0) {
            return new LatencySummary(0, 0, 0, 0, 0, 0, 0);
        }
        long sum = 0;
        for (long v : sorted) {
            sum += v;
        }
        return new LatencySummary(sorted.length, sum / sorted.length, percentile(sorted, 50), percentile(sorted, 90),
                percentile(sorted, 99), percentile(sorted, 99.9), sorted[sorted.length - 1]);
    }

    /** Nearest-rank percentile {@code p} (0 &lt; p &lt;= 100) of ascending, non-empty {@code sorted}. */
    public static long percentile(long[] sorted, double p) {
        if (sorted.length == 0 || !(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("need samples and 0 < p <= 100, got " + sorted.length + " samples, p=" + p);
        }
        // rank = ceil(p/100 * n), computed on a scaled integer so 99.9% of 1000 is rank 999, not 1000
        long rank = (long) Math.ceil(Math.round(p * 1000) * (double) sorted.length / 100_000.0 - 1e-9);
        return sorted[(int) Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
