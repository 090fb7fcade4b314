package dev.precis.lab.load;

import java.io.IOException;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An open-loop HTTP load generator: requests leave at their due times from an {@link OpenLoopSchedule}
 * whatever happened to the earlier ones, latency runs from the due time (so a stalled server cannot hide
 * its stall by slowing the sender), at most {@code maxInFlight} requests are outstanding, and every
 * request carries a timeout, so a run ends within {@code warmup + duration + timeout}. The requests go
 * out from one thread on non-blocking keep-alive sockets ({@link HttpEventLoop}), which keeps the
 * generator's own CPU use small on a machine it shares with the server under test. Optionally watches a
 * server process's memory through {@link ProcMemory} four times a second.
 *
 * <p>Usage: {@code HttpLoadResult r = HttpLoadGenerator.run(plan, pid);}. Each call is independent;
 * the class holds no state and is thread-safe.
 */
public final class HttpLoadGenerator {

    private HttpLoadGenerator() {
    }

    /**
     * Runs the plan and returns what the recorded part measured.
     *
     * @param watchPid a server process to watch, or {@code -1}
     * @throws IllegalArgumentException when {@code watchPid} is not a readable process
     * @throws IOException when the generator cannot open its selector
     */
    public static HttpLoadResult run(HttpLoadPlan plan, long watchPid) throws IOException {
        MemoryWatch memory = watchPid < 0 ? null : MemoryWatch.start(watchPid);
        try {
            HttpEventLoop loop = new HttpEventLoop(plan);
            loop.run();
            HttpLoadResult.MemoryPeak peak = memory == null ? null : memory.stop();
            double window = loop.sent == 0 || loop.lastRecordedSend == 0 ? 0
                    : (loop.lastRecordedSend - loop.firstRecordedDue) / 1e9 + 1.0 / plan.rate().rate();
            return new HttpLoadResult(loop.sent, loop.completed, loop.succeeded, window <= 0 ? 0 : loop.sent / window,
                    new TreeMap<>(loop.statuses), new TreeMap<>(loop.errors), loop.timeouts, loop.latency.summary(), loop.succeededLatency.summary(),
                    loop.lag.summary(), loop.bytes, peak);
        } finally {
            if (memory != null) {
                memory.stop();
            }
        }
    }

    /** Samples a process's memory on a daemon thread; keeps the peak. */
    private static final class MemoryWatch {
        private final long pid;
        private final ScheduledExecutorService timer;
        private final AtomicLong peakRss = new AtomicLong();
        private final AtomicLong hwm = new AtomicLong();
        private final AtomicLong samples = new AtomicLong();
        private HttpLoadResult.MemoryPeak result;

        private MemoryWatch(long pid) {
            this.pid = pid;
            this.timer = Executors.newSingleThreadScheduledExecutor(daemon("load-memory"));
        }

        static MemoryWatch start(long pid) {
            MemoryWatch w = new MemoryWatch(pid);
            try {
                w.take(ProcMemory.read(pid));
            } catch (IOException e) {
                w.timer.shutdownNow();
                throw new IllegalArgumentException("--pid " + pid + ": " + e.getMessage());
            }
            w.timer.scheduleAtFixedRate(w::sample, 250, 250, TimeUnit.MILLISECONDS);
            return w;
        }

        private void sample() {
            try {
                take(ProcMemory.read(pid));
            } catch (IOException e) {
                timer.shutdown(); // the process is gone; keep what was seen
            }
        }

        private void take(ProcMemory.Reading r) {
            peakRss.accumulateAndGet(r.rssKb(), Math::max);
            hwm.accumulateAndGet(r.hwmKb(), Math::max);
            samples.incrementAndGet();
        }

        synchronized HttpLoadResult.MemoryPeak stop() {
            if (result == null) {
                timer.shutdownNow();
                sample();
                result = new HttpLoadResult.MemoryPeak(pid, peakRss.get(), hwm.get(), (int) samples.get());
            }
            return result;
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicLong n = new AtomicLong();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
