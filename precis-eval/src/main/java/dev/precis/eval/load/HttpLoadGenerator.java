package dev.precis.eval.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop HTTP load generator on the JDK's {@link HttpClient} (HTTP/1.1, keep-alive, asynchronous):
 * one thread sends each request at its due time from an {@link OpenLoopSchedule} regardless of earlier
 * responses, a semaphore bounds the requests in flight (a full semaphore makes the sender wait, and the
 * wait counts in the latency, which runs from the due time), and every request carries its own timeout,
 * so a run ends within {@code warmup + duration + 2 x timeout}. Optionally watches a server process's
 * memory through {@link ProcMemory} four times a second.
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
     */
    public static HttpLoadResult run(HttpLoadPlan plan, long watchPid) throws InterruptedException {
        MemoryWatch memory = watchPid < 0 ? null : MemoryWatch.start(watchPid);
        ExecutorService callbacks = Executors.newFixedThreadPool(2, daemon("load-callback"));
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(plan.timeout()).followRedirects(HttpClient.Redirect.NEVER).executor(callbacks).build();
            Run run = new Run(plan, client);
            run.sendAll();
            HttpLoadResult.MemoryPeak peak = memory == null ? null : memory.stop();
            return run.result(peak);
        } finally {
            if (memory != null) {
                memory.stop();
            }
            callbacks.shutdownNow();
        }
    }

    /** One run's counters; callbacks update them from the client's threads. */
    private static final class Run {
        private final HttpLoadPlan plan;
        private final HttpClient client;
        private final Semaphore slots;
        private final LatencyRecorder latency;
        private final LatencyRecorder lag;
        private final LongAdder completed = new LongAdder();
        private final LongAdder succeeded = new LongAdder();
        private final LongAdder timeouts = new LongAdder();
        private final LongAdder bytes = new LongAdder();
        private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        private final AtomicBoolean closed = new AtomicBoolean();
        private final byte[] expect;
        private long sent;
        private long recordStart;
        private long lastSend;

        Run(HttpLoadPlan plan, HttpClient client) {
            this.plan = plan;
            this.client = client;
            this.slots = new Semaphore(plan.maxInFlight());
            this.latency = new LatencyRecorder((int) plan.recordedRequests());
            this.lag = new LatencyRecorder((int) plan.recordedRequests());
            this.expect = plan.expectBody() == null ? null : plan.expectBody().getBytes(StandardCharsets.UTF_8);
        }

        void sendAll() throws InterruptedException {
            long warm = plan.warmupRequests();
            long total = warm + plan.recordedRequests();
            SplittableRandom random = new SplittableRandom(plan.seed());
            long start = System.nanoTime() + 20_000_000L;
            recordStart = start + plan.rate().dueNanos(warm);
            long slotWait = plan.timeout().toNanos() * 2;
            for (long i = 0; i < total; i++) {
                long due = start + plan.rate().dueNanos(i);
                for (long now = System.nanoTime(); now < due; now = System.nanoTime()) {
                    LockSupport.parkNanos(due - now);
                }
                boolean recorded = i >= warm;
                long id = plan.ids().pick(random);
                if (!slots.tryAcquire(slotWait, TimeUnit.NANOSECONDS)) {
                    if (recorded) {
                        sent++;
                        timeouts.increment();
                    }
                    continue;
                }
                long sentAt = System.nanoTime();
                if (recorded) {
                    sent++;
                    lastSend = sentAt;
                    lag.record(sentAt - due);
                }
                send(id, due, recorded);
            }
            // wait for the stragglers; each has its own timeout, so this is bounded
            if (slots.tryAcquire(plan.maxInFlight(), plan.timeout().toNanos() + 2_000_000_000L, TimeUnit.NANOSECONDS)) {
                slots.release(plan.maxInFlight());
            }
            closed.set(true);
        }

        private void send(long id, long due, boolean recorded) {
            HttpRequest.Builder rb = HttpRequest.newBuilder(plan.uriFor(id)).timeout(plan.timeout()).GET();
            if (plan.token() != null) {
                rb.header("Authorization", "Bearer " + plan.token());
            }
            try {
                client.sendAsync(rb.build(), HttpResponse.BodyHandlers.ofByteArray())
                        .whenComplete((response, failure) -> {
                            long end = System.nanoTime();
                            if (recorded && !closed.get()) {
                                count(response, failure, end - due);
                            }
                            slots.release();
                        });
            } catch (RuntimeException e) {
                slots.release();
                if (recorded) {
                    error(e.getClass().getSimpleName());
                }
            }
        }

        private void count(HttpResponse<byte[]> response, Throwable failure, long nanos) {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                if (cause instanceof HttpConnectTimeoutException) {
                    error("connect timeout");
                } else if (cause instanceof HttpTimeoutException) {
                    timeouts.increment();
                } else {
                    error(cause instanceof IOException && cause.getMessage() != null
                            ? cause.getClass().getSimpleName() + ": " + cause.getMessage() : cause.getClass().getSimpleName());
                }
                return;
            }
            latency.record(nanos);
            completed.increment();
            statuses.computeIfAbsent(response.statusCode(), k -> new LongAdder()).increment();
            byte[] body = response.body();
            bytes.add(body == null ? 0 : body.length);
            if (response.statusCode() / 100 == 2) {
                if (expect == null || contains(body, expect)) {
                    succeeded.increment();
                } else {
                    error("2xx body without expected text");
                }
            }
        }

        private void error(String kind) {
            // bounded: at most 100 distinct kinds, the rest pooled
            String key = errors.size() < 100 || errors.containsKey(kind) ? kind : "other";
            errors.computeIfAbsent(key, k -> new LongAdder()).increment();
        }

        HttpLoadResult result(HttpLoadResult.MemoryPeak memory) {
            Map<Integer, Long> st = new TreeMap<>();
            statuses.forEach((k, v) -> st.put(k, v.sum()));
            Map<String, Long> er = new TreeMap<>();
            errors.forEach((k, v) -> er.put(k, v.sum()));
            long failedWithoutResponse = er.entrySet().stream()
                    .filter(e -> !e.getKey().equals("2xx body without expected text")).mapToLong(Map.Entry::getValue).sum();
            long done = completed.sum();
            // whatever neither completed nor failed was still open when the run gave up waiting
            long open = Math.max(0, sent - done - failedWithoutResponse - timeouts.sum());
            double window = sent == 0 ? 0 : (lastSend - recordStart) / 1e9 + 1.0 / plan.rate().rate();
            return new HttpLoadResult(sent, done, succeeded.sum(), window <= 0 ? 0 : sent / window,
                    new TreeMap<>(st), new TreeMap<>(er), timeouts.sum() + open, latency.summary(), lag.summary(),
                    bytes.sum(), memory);
        }

        private static boolean contains(byte[] body, byte[] needle) {
            if (body == null) {
                return false;
            }
            outer:
            for (int i = 0; i + needle.length <= body.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (body[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
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
