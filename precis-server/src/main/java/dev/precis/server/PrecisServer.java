package dev.precis.server;

import dev.precis.server.api.ApiRoutes;
import dev.precis.server.web.WebRoutes;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Builds the Javalin application that serves the reader ({@link WebRoutes}) and the REST API
 * ({@link ApiRoutes}) over one library. Not started here: callers (the {@code serve} command, tests)
 * start and stop it. The returned app is thread-safe once started.
 *
 * <p>{@code app.stop()} stops at once; {@link #stopGracefully} stops accepting connections, gives the
 * requests in flight time to finish (Jetty's {@link StatisticsHandler} tracks them), then stops. The
 * library belongs to the caller, who closes it after the server has stopped.
 *
 * <pre>{@code
 * Javalin app = PrecisServer.create(context).start();
 * Runtime.getRuntime().addShutdownHook(new Thread(() -> { PrecisServer.stopGracefully(app, PrecisServer.GRACE); library.close(); }));
 * }</pre>
 */
public final class PrecisServer {

    /** How long {@link #stopGracefully} waits for requests in flight by default. */
    public static final Duration GRACE = Duration.ofSeconds(10);
    /** Request threads: enough to keep two cores busy while some requests wait on the library lock. */
    static final int MAX_THREADS = 32;

    private PrecisServer() {
    }

    /** A configured, not yet started application. */
    public static Javalin create(ServerContext context) {
        Operations operations = new Operations();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jetty.defaultHost = context.config().host();
            config.http.maxRequestSize = context.config().maxRequestBytes();
            config.jsonMapper(new JavalinJackson(ApiJson.MAPPER, false));
            QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4, 60_000);
            threads.setName("precis-http");
            config.jetty.threadPool = threads;
            config.jetty.modifyServer(server -> {
                // tracks requests in flight so a graceful stop can wait for them
                server.setHandler(new StatisticsHandler());
                server.setStopTimeout(0);
                server.setStopAtShutdown(false);
            });
            config.requestLogger.http(operations::record);
        });
        app.events(e -> e.serverStopped(operations::close));
        context.security().install(app);
        JsonErrors.install(app);
        ApiRoutes.register(app, context, operations);
        WebRoutes.register(app, context);
        return app;
    }

    /**
     * Stops accepting connections, waits up to {@code grace} for requests in flight, then stops.
     *
     * @return true when every request finished in time
     */
    public static boolean stopGracefully(Javalin app, Duration grace) {
        Server server = app.jettyServer().server();
        boolean finished = true;
        StatisticsHandler stats = server.getChildHandlerByClass(StatisticsHandler.class);
        if (stats != null && server.isStarted()) {
            // Jetty's own graceful stop also waits for idle keep-alive connections to close, which can
            // take the whole idle timeout; so wait for the requests only, then stop at once
            for (Connector c : server.getConnectors()) {
                c.shutdown();
            }
            try {
                stats.shutdown().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                finished = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                finished = false;
            }
        }
        server.setStopTimeout(0);
        app.stop();
        return finished;
    }
}
