package dev.precis.server.api;

import dev.precis.server.ServerContext;
import io.javalin.Javalin;

/** The REST API under {@code /api}, {@code /openapi.json}, {@code /health} and {@code /metrics}. */
public final class ApiRoutes {

    private ApiRoutes() {
    }

    /** Adds the API's routes to {@code app}. */
    public static void register(Javalin app, ServerContext context) {
        app.get("/health", ctx -> ctx.json(java.util.Map.of("status", "ok", "articles", context.library().size())));
    }
}
