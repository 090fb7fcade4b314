package dev.precis.ingest;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness per host: at most one request at a time to a host, and at least {@code gap} from the end
 * of one to the start of the next. Requests to different hosts do not wait for each other. Thread-safe.
 */
final class HostGate {

    /** A request that may throw. */
    interface Call<T> {
        T run() throws Exception;
    }

    private static final class Host {
        final ReentrantLock lock = new ReentrantLock(true);
        Instant lastEnd;
    }

    private final Map<String, Host> hosts = new ConcurrentHashMap<>();
    private final Duration gap;
    private final PollClock clock;

    HostGate(Duration gap, PollClock clock) {
        this.gap = gap;
        this.clock = clock;
    }

    /** Runs {@code call} as the only request to the URL's host, after the gap since the last one. */
    <T> T request(String url, Call<T> call) throws Exception {
        Host h = hosts.computeIfAbsent(hostOf(url), k -> new Host());
        h.lock.lockInterruptibly();
        try {
            if (h.lastEnd != null) {
                Duration wait = Duration.between(clock.now(), h.lastEnd.plus(gap));
                clock.sleep(wait);
            }
            try {
                return call.run();
            } finally {
                h.lastEnd = clock.now();
            }
        } finally {
            h.lock.unlock();
        }
    }

    static String hostOf(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? url : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
