package dev.precis.server;

import dev.precis.server.api.ApiRoutes;
import dev.precis.server.web.WebRoutes;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Builds the Javalin application that serves the reader ({@link WebRoutes}) and the REST API
 * ({@link ApiRoutes}) over one library. Not started here: callers (the {@code serve} command, tests)
 * start and stop it. The returned app is thread-safe once started.
 *
 * <p>{@code app.stop()} stops at once; {@link #stopGracefully} stops accepting connections, gives the
 * requests in flight time to finish (Jetty's {@link GracefulHandler} counts a request done when its
 * response is complete), then stops. The library belongs to the caller, who closes it after the
 * server has stopped.
 *
 * <pre>{@code
 * Javalin app = PrecisServer.create(context).start();
 * Runtime.getRuntime().addShutdownHook(new Thread(() -> { PrecisServer.stopGracefully(app, PrecisServer.GRACE); library.close(); }));
 * }</pre>
 */
public final class PrecisServer {

    /** How long {@link #stopGracefully} waits for requests in flight by default. */
    public static final Duration GRACE = Duration.ofSeconds(10);
    /**
     * Request threads: the requests {@link HttpLimits#maxActive()} lets through, plus spare ones for
     * {@code /health}, refusals and connections' I/O (a queued request holds no thread).
     */
    static final int MAX_THREADS = 32;

    private PrecisServer() {
    }

    /** A configured, not yet started application. */
    public static Javalin create(ServerContext context) {
        return create(context, HttpLimits.DEFAULT, routes -> { });
    }

    /** A configured, not yet started application with these limits on connections and requests. */
    public static Javalin create(ServerContext context, HttpLimits limits) {
        return create(context, limits, routes -> { });
    }

    /**
     * A configured, not yet started application with more routes (tests add probes this way: Javalin 7
     * takes every route before the server starts).
     */
    public static Javalin create(ServerContext context, Consumer<RoutesConfig> moreRoutes) {
        return create(context, HttpLimits.DEFAULT, moreRoutes);
    }

    /** The general form: limits and more routes. */
    public static Javalin create(ServerContext context, HttpLimits limits, Consumer<RoutesConfig> moreRoutes) {
        Operations operations = new Operations();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = context.config().host();
            config.http.maxRequestSize = context.config().maxRequestBytes();
            // a known path asked with a method it does not take is a 405 naming the methods it does take (JsonErrors)
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(ApiJson.MAPPER, false));
            QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4, 60_000);
            threads.setName("precis-http");
            config.jetty.threadPool = threads;
            config.jetty.modifyServer(server -> {
                // body limit, request queue, admission and graceful stop in front of Javalin, which puts
                // its servlet context inside the innermost of these wrappers
                long maxBody = context.config().maxRequestBytes();
                // past maxConnections requests are refused with 503 and their connections closed (the gate in
                // ServerHandlers); Jetty stops accepting only past a margin above that, and then closes idle
                // keep-alive connections after a second instead of the usual 30 s, so new clients (and /health)
                // get a connection again quickly
                NetworkConnectionLimit accepting = new NetworkConnectionLimit(limits.maxConnections() + connectionMargin(limits), server);
                accepting.setEndPointIdleTimeout(1_000);
                server.addBean(accepting);
                server.setHandler(ServerHandlers.chain(maxBody, limits, accepting::getNetworkConnectionCount));
                server.setErrorHandler(new ServerHandlers.JsonErrorPage(maxBody));
                server.setStopTimeout(0);
                server.setStopAtShutdown(false);
            });
            // each connection's parser keeps a cache of header fields; a small one is plenty for our clients
            config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheSize(64));
            // the login session cookie never travels on cross-site requests (the forms' CSRF tokens are the second guard)
            config.jetty.modifyServletContextHandler(handler -> {
                handler.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.STRICT);
                handler.getSessionHandler().setHttpOnly(true);
            });
            config.requestLogger.http(operations::record);
            config.events.serverStopped(operations::close);
            context.security().install(config.routes);
            JsonErrors.install(config.routes, context.config().maxRequestBytes());
            ApiRoutes.register(config.routes, context, operations);
            WebRoutes.register(config.routes, context);
            moreRoutes.accept(config.routes);
        });
    }

    /** Connections accepted past the limit only to be refused with 503: an eighth more, at least 64. */
    static int connectionMargin(HttpLimits limits) {
        return Math.max(64, limits.maxConnections() / 8);
    }

    /**
     * Stops accepting connections, waits up to {@code grace} for requests in flight, then stops.
     *
     * @return true when every request finished in time
     */
    public static boolean stopGracefully(Javalin app, Duration grace) {
        Server server = app.jettyServer().server();
        boolean finished = true;
        GracefulHandler requests = server.getDescendant(GracefulHandler.class);
        if (requests != null && server.isStarted()) {
            // Jetty's own graceful stop also waits for idle keep-alive connections to close, which can
            // take the whole idle timeout; so close the listeners, wait for the requests only, then stop
            for (Connector c : server.getConnectors()) {
                c.shutdown();
            }
            try {
                requests.shutdown().get(grace.toMillis(), TimeUnit.MILLISECONDS);
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
