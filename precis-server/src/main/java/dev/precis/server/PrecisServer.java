package dev.precis.server;

import dev.precis.server.api.ApiRoutes;
import dev.precis.server.web.WebRoutes;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnection;
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
    /** Open connections at most; more wait in the accept queue. Bounds the memory clients can pin. */
    static final int MAX_CONNECTIONS = 512;

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
                server.addBean(new ConnectionLimit(MAX_CONNECTIONS, server));
            });
            // each connection's parser keeps a cache of header fields; a small one is plenty for our clients
            config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheSize(64));
            // the login session cookie never travels on cross-site requests (the forms' CSRF tokens are the second guard)
            config.jetty.modifyServletContextHandler(handler -> {
                handler.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.STRICT);
                handler.getSessionHandler().setHttpOnly(true);
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
            long deadline = System.nanoTime() + grace.toNanos();
            try {
                stats.shutdown().get(grace.toMillis(), TimeUnit.MILLISECONDS);
                // the statistics count a request done when its handler returns; the response is completed
                // (last bytes flushed) just after, so also wait until every connection's channel is idle
                finished = awaitIdleChannels(server, deadline);
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

    private static boolean awaitIdleChannels(Server server, long deadline) throws InterruptedException {
        while (true) {
            boolean idle = true;
            for (Connector c : server.getConnectors()) {
                for (EndPoint e : c.getConnectedEndPoints()) {
                    if (e.getConnection() instanceof HttpConnection h && !h.getHttpChannel().getState().isIdle()) {
                        idle = false;
                    }
                }
            }
            if (idle) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
    }
}
