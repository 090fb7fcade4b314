package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.precis.lab.load.HttpLoadGenerator;
import dev.precis.lab.load.HttpLoadPlan;
import dev.precis.lab.load.HttpLoadResult;
import dev.precis.lab.load.IdRange;
import dev.precis.lab.load.LatencySummary;
import dev.precis.lab.load.OpenLoopSchedule;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis bench http}: an open-loop HTTP load test against a running server, meant to run in its
 * own JVM beside the server under test. Requests leave at fixed intervals whatever the server does,
 * latency runs from each request's scheduled time, and the run is bounded in time (see
 * {@link HttpLoadGenerator}). With {@code --pid} it also reports the server's peak resident memory.
 */
@Command(name = "http", mixinStandardHelpOptions = true,
        description = "Open-loop HTTP load test: fixed request rate, latency from scheduled send time, bounded run.")
final class BenchHttpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--url", defaultValue = "http://127.0.0.1:7070", description = "Server base URL (default ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--path", defaultValue = "/api/articles/{id}/summary?sentences=3",
            description = "Path and query; {id} is replaced by a random id (default ${DEFAULT-VALUE}).")
    String path;

    @Option(names = "--ids", defaultValue = "1-10000", description = "Id range FIRST-LAST (default ${DEFAULT-VALUE}).")
    String ids;

    @Option(names = "--rate", defaultValue = "500", description = "Requests per second (default ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--duration", defaultValue = "30", description = "Recorded seconds (default ${DEFAULT-VALUE}).")
    int duration;

    @Option(names = "--warmup", defaultValue = "10", description = "Unrecorded warm-up seconds at the same rate (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--connections", defaultValue = "64", description = "Most requests in flight (default ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--timeout-ms", defaultValue = "2000", description = "Per-request timeout in ms (default ${DEFAULT-VALUE}).")
    long timeoutMs;

    @Option(names = "--token", description = "Bearer token for the Authorization header.")
    String token;

    @Option(names = "--expect", description = "Text every 2xx body must contain, e.g. '\"sentences\"'.")
    String expect;

    @Option(names = "--pid", description = "Server process id: report its peak VmRSS/VmHWM from /proc/PID/status.")
    Long pid;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for the id draws (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", defaultValue = "text", description = "text or json") OutputFormat format;

    @Override
    public Integer call() throws Exception {
        Lab.require("bench http");
        return new Run().call();
    }

    /**
     * The run itself, in its own class: it names precis-lab's types, which picocli must not meet when it
     * reflects on the command (a release has no precis-lab).
     */
    private final class Run {

        Integer call() throws Exception {
            HttpLoadPlan plan = plan();
            if (pid != null && pid < 1) {
                throw new UserInputException("--pid must be a process id, got " + pid);
            }
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            String loadBefore = loadAverage();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            HttpLoadResult r = HttpLoadGenerator.run(plan, pid == null ? -1 : pid);
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            String loadAfter = loadAverage();
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.json) {
                Map<String, Object> m = json(plan, r, wall, cpu);
                m.put("loadAverageBefore", loadBefore);
                m.put("loadAverageAfter", loadAfter);
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
            } else {
                text(out, plan, r, wall, cpu);
                out.printf(Locale.ROOT, "  machine: %d cores, load average (1/5/15 min) %s before, %s after%n",
                        Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
            }
            out.flush();
            return 0;
        }

        /** The plan from the flags; bad values fail with one line naming the flag. */
        HttpLoadPlan plan() {
            URI base;
            try {
                base = new URI(url);
            } catch (java.net.URISyntaxException e) {
                throw new UserInputException("--url '" + url + "' is not a URL: " + e.getReason());
            }
            if (timeoutMs < 1 || timeoutMs > 600_000) {
                throw new UserInputException("--timeout-ms must be 1..600000, got " + timeoutMs);
            }
            try {
                return new HttpLoadPlan(base, path, IdRange.parse(ids), new OpenLoopSchedule(rate), duration, warmup,
                        connections, Duration.ofMillis(timeoutMs), token, expect, seed);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("bench http: " + e.getMessage());
            }
        }

        private static void text(PrintWriter out, HttpLoadPlan plan, HttpLoadResult r, double wall, double cpu) {
            out.printf(Locale.ROOT, "bench http: GET %s%s, ids %s, %d req/s for %d s after %d s warm-up, <= %d in flight%n",
                    plan.baseUrl(), plan.path(), plan.ids(), plan.rate().rate(), plan.durationSeconds(), plan.warmupSeconds(),
                    plan.maxInFlight());
            out.printf(Locale.ROOT, "  sent %d (achieved %.1f req/s), responses %d, succeeded %d, failed %d (timeouts %d)%n",
                    r.sent(), r.achievedRate(), r.completed(), r.succeeded(), r.failed(), r.timeouts());
            out.println("  status: " + (r.statusCounts().isEmpty() ? "none" : r.statusCounts().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "))));
            if (!r.errors().isEmpty()) {
                out.println("  errors: " + r.errors().entrySet().stream()
                        .map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining("; ")));
            }
            LatencySummary l = r.latency();
            out.printf(Locale.ROOT, "  latency from scheduled send: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms (mean %.2f ms)%n",
                    ms(l.p50()), ms(l.p90()), ms(l.p99()), ms(l.p999()), ms(l.max()), ms(l.mean()));
            LatencySummary s = r.succeededLatency();
            if (s.count() < l.count()) {
                out.printf(Locale.ROOT, "  latency of the %d succeeded responses: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms%n",
                        s.count(), ms(s.p50()), ms(s.p90()), ms(s.p99()), ms(s.p999()), ms(s.max()));
            }
            out.printf(Locale.ROOT, "  sender lag behind schedule: p99 %.2f ms, max %.2f ms; client CPU %.1f s over %.1f s wall (%.0f%% of one core)%n",
                    ms(r.sendLag().p99()), ms(r.sendLag().max()), cpu, wall, 100 * cpu / wall);
            if (r.memory() != null) {
                out.printf(Locale.ROOT, "  server pid %d: peak VmRSS %.1f MiB during the run, VmHWM %.1f MiB (%d samples)%n",
                        r.memory().pid(), r.memory().peakRssKb() / 1024.0, r.memory().hwmKb() / 1024.0, r.memory().samples());
            }
        }

        private static Map<String, Object> json(HttpLoadPlan plan, HttpLoadResult r, double wall, double cpu) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("url", plan.baseUrl().toString());
            m.put("path", plan.path());
            m.put("ids", plan.ids().toString());
            m.put("targetRate", plan.rate().rate());
            m.put("durationSeconds", plan.durationSeconds());
            m.put("warmupSeconds", plan.warmupSeconds());
            m.put("maxInFlight", plan.maxInFlight());
            m.put("sent", r.sent());
            m.put("achievedRate", round(r.achievedRate()));
            m.put("responses", r.completed());
            m.put("succeeded", r.succeeded());
            m.put("failed", r.failed());
            m.put("timeouts", r.timeouts());
            Map<String, Long> st = new LinkedHashMap<>();
            r.statusCounts().forEach((k, v) -> st.put(Integer.toString(k), v));
            m.put("status", st);
            m.put("errors", r.errors());
            m.put("latencyMs", latency(r.latency()));
            m.put("succeededLatencyMs", latency(r.succeededLatency()));
            m.put("senderLagMs", latency(r.sendLag()));
            m.put("bytesReceived", r.bytesReceived());
            m.put("clientCpuSeconds", round(cpu));
            m.put("wallSeconds", round(wall));
            if (r.memory() != null) {
                Map<String, Object> mem = new LinkedHashMap<>();
                mem.put("pid", r.memory().pid());
                mem.put("peakRssKb", r.memory().peakRssKb());
                mem.put("hwmKb", r.memory().hwmKb());
                mem.put("samples", r.memory().samples());
                m.put("server", mem);
            }
            return m;
        }

        private static Map<String, Object> latency(LatencySummary l) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("count", l.count());
            m.put("p50", round(ms(l.p50())));
            m.put("p90", round(ms(l.p90())));
            m.put("p99", round(ms(l.p99())));
            m.put("p999", round(ms(l.p999())));
            m.put("max", round(ms(l.max())));
            m.put("mean", round(ms(l.mean())));
            return m;
        }

        /** The 1, 5 and 15 minute load averages from /proc/loadavg, or "n/a" off Linux. */
        private static String loadAverage() {
            try {
                String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split("\\s+");
                return f[0] + " " + f[1] + " " + f[2];
            } catch (java.io.IOException | RuntimeException e) {
                return "n/a";
            }
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }

        private static double round(double v) {
            return Math.round(v * 1000) / 1000.0;
        }
    }
}
