package dev.precis.server;

import dev.precis.server.api.ApiRoutes;
import dev.precis.server.web.WebRoutes;
import io.javalin.Javalin;

/**
 * Builds the Javalin application that serves the reader ({@link WebRoutes}) and the REST API
 * ({@link ApiRoutes}) over one library. Not started here: callers (the {@code serve} command, tests)
 * start and stop it. The returned app is thread-safe once started.
 */
public final class PrecisServer {

    private PrecisServer() {
    }

    /** A configured, not yet started application. */
    public static Javalin create(ServerContext context) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = context.config().maxRequestBytes();
        });
        context.security().install(app);
        JsonErrors.install(app);
        ApiRoutes.register(app, context);
        WebRoutes.register(app, context);
        return app;
    }
}
