package dev.precis.lab.load;

import java.net.URI;
import java.time.Duration;

/**
 * What an HTTP load test does: GET {@code baseUrl + path} with {@code {id}} replaced by an id drawn from
 * {@code ids}, {@code rate} times a second, for {@code warmupSeconds} unrecorded and then
 * {@code durationSeconds} recorded seconds, with at most {@code maxInFlight} requests outstanding.
 * Validated on construction. Immutable.
 *
 * @param baseUrl {@code http://}, host and port, e.g. {@code http://127.0.0.1:7070}
 * @param path path and query, may contain {@code {id}}
 * @param ids the ids to draw from
 * @param rate requests per second
 * @param durationSeconds recorded seconds (1..3600)
 * @param warmupSeconds unrecorded seconds before (0..600)
 * @param maxInFlight most requests outstanding at once (1..10,000)
 * @param timeout how long one request may take before it counts as timed out
 * @param token bearer token to send, or null
 * @param expectBody a substring every 2xx body must contain to count as a success, or null
 * @param seed seed for the id draws
 */
public record HttpLoadPlan(URI baseUrl, String path, IdRange ids, OpenLoopSchedule rate, int durationSeconds,
                           int warmupSeconds, int maxInFlight, Duration timeout, String token, String expectBody, long seed) {

    public HttpLoadPlan {
        if (baseUrl == null || baseUrl.getScheme() == null || baseUrl.getHost() == null
                || !baseUrl.getScheme().equals("http")) {
            throw new IllegalArgumentException("url must be http://HOST[:PORT] (plain HTTP/1.1), got '" + baseUrl + "'");
        }
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/', got '" + path + "'");
        }
        if (durationSeconds < 1 || durationSeconds > 3600) {
            throw new IllegalArgumentException("duration must be 1..3600 seconds, got " + durationSeconds);
        }
        if (warmupSeconds < 0 || warmupSeconds > 600) {
            throw new IllegalArgumentException("warmup must be 0..600 seconds, got " + warmupSeconds);
        }
        if (maxInFlight < 1 || maxInFlight > 10_000) {
            throw new IllegalArgumentException("connections must be 1..10000, got " + maxInFlight);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        if (rate.count(durationSeconds) > 50_000_000L) {
            throw new IllegalArgumentException("rate x duration must stay under 50,000,000 requests, got "
                    + rate.count(durationSeconds));
        }
        if (token != null && (token.isBlank() || token.chars().anyMatch(c -> c < 0x21 || c > 0x7e))) {
            throw new IllegalArgumentException("token must be printable ASCII without spaces");
        }
    }

    /** The URI of a request for {@code id}. */
    public URI uriFor(long id) {
        String base = baseUrl.toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + path.replace("{id}", Long.toString(id)));
    }

    /** Requests sent during warm-up. */
    public long warmupRequests() {
        return rate.count(warmupSeconds);
    }

    /** Requests sent (and recorded) after warm-up. */
    public long recordedRequests() {
        return rate.count(durationSeconds);
    }
}
