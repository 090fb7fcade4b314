package dev.precis.server;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What operators see: one structured log line per request ({@code method= route= path= status= ms=})
 * and Micrometer metrics in Prometheus' text format: requests counted and timed by route template,
 * method and status ({@code http_server_requests_seconds}), plus JVM memory, GC, threads, class
 * loading, CPU and uptime. Routes are labelled by template ({@code /api/articles/{id}}), never by the
 * concrete path, so the number of series stays bounded. Thread-safe.
 */
public final class Operations implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("dev.precis.server.requests");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public Operations() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** Records one finished request (Javalin's request logger calls this). */
    public void record(Context ctx, Float millis) {
        String route = route(ctx);
        int status = ctx.statusCode();
        Timer.builder("http.server.requests")
                .description("HTTP requests by route template, method and status")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", Integer.toString(status))
                .register(registry)
                .record((long) (millis * 1_000_000L), TimeUnit.NANOSECONDS);
        if (LOG.isInfoEnabled()) {
            LOG.info("method={} route={} path={} status={} ms={}", ctx.method().name(), route, ctx.path(), status,
                    String.format(java.util.Locale.ROOT, "%.2f", millis));
        }
    }

    /** The route template that handled the request; "unmatched" when none did (404s, static files). */
    static String route(Context ctx) {
        try {
            io.javalin.router.Endpoint e = ctx.endpoints().matchedHttpEndpoint();
            String p = e == null ? null : e.path;
            return p == null || p.isEmpty() || p.equals("*") ? "unmatched" : p;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }

    /** All metrics in the Prometheus text exposition format. */
    public String scrape() {
        return registry.scrape();
    }

    /** The registry, for more meters. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
