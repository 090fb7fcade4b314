package dev.precis.lab.load;

/**
 * When each request of an open-loop load test is due: request {@code i} is due {@code i / rate}
 * seconds after the start, whatever happened to the requests before it. Measuring latency from this
 * due time rather than from the moment the request actually left avoids coordinated omission: a
 * stalled server delays the sender, and that delay is charged to the server's latency (as wrk2 does).
 * Each due time is computed from the index, so rounding never accumulates into drift. Immutable.
 *
 * @param rate requests per second (1..1,000,000)
 */
public record OpenLoopSchedule(int rate) {

    public OpenLoopSchedule {
        if (rate < 1 || rate > 1_000_000) {
            throw new IllegalArgumentException("rate must be between 1 and 1000000 requests/s, got " + rate);
        }
    }

    /** Nanoseconds from the start at which request {@code index} (0-based) is due. */
    public long dueNanos(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got " + index);
        }
        // split to keep index * 1e9 from overflowing for long runs
        long whole = index / rate;
        long rest = index % rate;
        return whole * 1_000_000_000L + rest * 1_000_000_000L / rate;
    }

    /** How many requests are due in the first {@code seconds} seconds. */
    public long count(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("seconds must be >= 0, got " + seconds);
        }
        return Math.multiplyExact(seconds, (long) rate);
    }
}
