package dev.precis.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.Consumer;

/**
 * A small benchmark harness for the {@code bench} commands: runs the work over the inputs
 * repeatedly, first to warm up the JIT for {@code warmupSeconds}, then measures whole passes for at
 * least {@code measureSeconds}, and reports items per second with the spread between passes. It also
 * reports items per second of the measuring thread's own CPU time, which stays meaningful when other
 * processes share the machine's cores (wall-clock rates then fall with the load).
 */
final class Throughput {

    private Throughput() {
    }

    /**
     * The measured result.
     *
     * @param itemsPerSecond mean over the measured passes
     * @param minPerSecond slowest pass
     * @param maxPerSecond fastest pass
     * @param passes number of measured passes
     * @param items inputs per pass
     * @param itemsPerCpuSecond items per second of the measuring thread's CPU time
     */
    record Result(double itemsPerSecond, double minPerSecond, double maxPerSecond, int passes, int items,
                  double itemsPerCpuSecond) {
        String describe(String unit) {
            return String.format("%.0f %s/s wall clock (passes: %d x %d; slowest %.0f, fastest %.0f); "
                            + "%.0f %s per CPU-second of the thread",
                    itemsPerSecond, unit, passes, items, minPerSecond, maxPerSecond, itemsPerCpuSecond, unit);
        }
    }

    static <T> Result measure(List<T> inputs, Consumer<T> work, double warmupSeconds, double measureSeconds) {
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (System.nanoTime() < warmupEnd) {
            inputs.forEach(work);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long measureEnd = System.nanoTime() + (long) (measureSeconds * 1e9);
        double min = Double.MAX_VALUE;
        double max = 0;
        long totalNanos = 0;
        int passes = 0;
        do {
            long start = System.nanoTime();
            inputs.forEach(work);
            long nanos = System.nanoTime() - start;
            double rate = inputs.size() / (nanos / 1e9);
            min = Math.min(min, rate);
            max = Math.max(max, rate);
            totalNanos += nanos;
            passes++;
        } while (System.nanoTime() < measureEnd);
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double items = inputs.size() * (double) passes;
        return new Result(items / (totalNanos / 1e9), min, max, passes, inputs.size(), items / cpuSeconds);
    }
}
