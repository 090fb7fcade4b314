package dev.precis.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.function.Executable;

/**
 * Runs a long check in a thread of its own and fails it once that thread has used more than a budget of CPU
 * time. Unlike a wall-clock timeout the bound does not trip because the machine is busy (at a load average of
 * 40 on two shared cores a thread gets about a twentieth of a core), yet it still stops a check that became
 * much slower or loops. A wall-clock limit, far longer, stops a check that waits forever without using CPU.
 * Like JUnit's preemptive timeout, a check over its limit is abandoned (its daemon thread is interrupted).
 */
public final class CpuBudget {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuBudget() {
    }

    /**
     * Runs {@code check}; fails when it uses more than {@code cpu} of CPU time or takes longer than
     * {@code wall}; rethrows what the check throws.
     *
     * @return the CPU time the check used
     */
    public static Duration run(Duration cpu, Duration wall, Executable check) throws Throwable {
        AtomicLong used = new AtomicLong();
        FutureTask<Void> task = new FutureTask<>(() -> {
            try {
                check.execute();
                return null;
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t); // neither an exception nor an error: not thrown in practice
            } finally {
                used.set(THREADS.getCurrentThreadCpuTime());
            }
        });
        Thread worker = new Thread(task, "cpu-budget-check");
        worker.setDaemon(true);
        worker.start();
        long deadline = System.nanoTime() + wall.toNanos();
        while (true) {
            try {
                task.get(200, TimeUnit.MILLISECONDS);
                return Duration.ofNanos(used.get());
            } catch (ExecutionException e) {
                throw e.getCause(); // the check's own failure, as if it had run in this thread
            } catch (TimeoutException stillRunning) {
                long cpuNow = THREADS.getThreadCpuTime(worker.getId()); // -1 once the thread is done
                if (cpuNow > cpu.toNanos()) {
                    worker.interrupt();
                    throw new AssertionError("the check used more than " + describe(cpu) + " of CPU time");
                }
                if (System.nanoTime() - deadline > 0) {
                    worker.interrupt();
                    throw new AssertionError("the check did not end in " + describe(wall) + " (wall clock)");
                }
            }
        }
    }

    private static String describe(Duration d) {
        return d.toMillis() < 1000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
    }
}
