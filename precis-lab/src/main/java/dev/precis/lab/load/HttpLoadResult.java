package dev.precis.lab.load;

import java.util.Map;
import java.util.SortedMap;

/**
 * What an HTTP load test measured over its recorded (post-warm-up) part. Latencies are measured from
 * each request's scheduled time (see {@link OpenLoopSchedule}). Immutable.
 *
 * @param sent requests sent in the recorded part
 * @param completed of those, requests that got a response (any status)
 * @param succeeded responses with a 2xx status whose body held the expected text, if any
 * @param achievedRate requests sent per second over the recorded part (the target rate when the sender kept up)
 * @param statusCounts responses by HTTP status
 * @param errors failures without a response (and 2xx bodies lacking the expected text) by kind, timeouts excluded
 * @param timeouts requests still unanswered (queued or sent) when the per-request timeout, counted from their due time, ran out
 * @param latency latency from scheduled time to full response, over completed requests
 * @param succeededLatency the same over succeeded (2xx) responses only
 * @param sendLag how late the sender was against the schedule (its own overhead and in-flight waits)
 * @param bytesReceived response body bytes
 * @param memory peak server memory, when a server process was watched, else null
 */
public record HttpLoadResult(long sent, long completed, long succeeded, double achievedRate,
                             SortedMap<Integer, Long> statusCounts, SortedMap<String, Long> errors, long timeouts,
                             LatencySummary latency, LatencySummary succeededLatency, LatencySummary sendLag, long bytesReceived, MemoryPeak memory) {

    public HttpLoadResult {
        statusCounts = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(statusCounts));
        errors = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(errors));
    }

    /** Requests that did not succeed: timeouts, failures and non-2xx responses. */
    public long failed() {
        return sent - succeeded;
    }

    /** Server memory watched during the run, in kB. */
    public record MemoryPeak(long pid, long peakRssKb, long hwmKb, int samples) {
    }

    /** Non-2xx statuses only. */
    public Map<Integer, Long> badStatuses() {
        return statusCounts.entrySet().stream().filter(e -> e.getKey() < 200 || e.getKey() > 299)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
