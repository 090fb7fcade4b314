package dev.precis.server;

import java.time.Duration;

/**
 * How much work the server takes on at once, and what it refuses. Immutable.
 *
 * <p>At most {@code maxActive} requests are processed at a time; up to {@code maxQueued} more wait, each
 * for at most {@code maxQueueWait}. A request that finds the queue full, or waits too long, is answered
 * {@code 503} with {@code Retry-After} at once, so clients of an overloaded server get a quick refusal
 * instead of a growing wait. A request older than {@code requestTimeout} when its turn comes (it sat in a
 * queue, or its headers arrived slowly) is answered 503 and never processed: its client has most
 * likely given up. {@code /health} skips the queue so monitors get an answer under load.
 *
 * @param maxConnections open connections served; past it requests (but {@code /health}) are answered 503 with
 *     {@code Connection: close}, and past an eighth more new connections wait in the operating system's accept queue
 * @param maxActive requests processed at once
 * @param maxQueued requests waiting for a turn
 * @param maxQueueWait the longest a request waits for a turn
 * @param requestTimeout the oldest a request may be when its processing starts
 */
public record HttpLimits(int maxConnections, int maxActive, int maxQueued, Duration maxQueueWait, Duration requestTimeout) {

    /**
     * For a small server on a few cores: eight requests at work keep two cores busy while some wait on
     * the library's lock; up to 32 more wait, each at most 50 ms, so an accepted request waits at most
     * 50 ms for its turn and the p99 of accepted requests stays near the service time (measured idle at
     * twice 300 req/s of reader pages: p99 105 ms with 8% refused, against 331 ms with 6% refused for the
     * earlier 64 and 500 ms; see the README's overload figures).
     */
    public static final HttpLimits DEFAULT = new HttpLimits(2048, 8, 32, Duration.ofMillis(50), Duration.ofSeconds(5));

    /** Seconds a refused client is asked to wait before retrying (the Retry-After header). */
    public static final int RETRY_AFTER_SECONDS = 1;

    public HttpLimits {
        if (maxConnections < 1 || maxActive < 1 || maxQueued < 0) {
            throw new IllegalArgumentException("connection and request limits must be positive");
        }
        if (maxQueueWait.isNegative() || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("waits must not be negative and the request timeout must be positive");
        }
    }
}
