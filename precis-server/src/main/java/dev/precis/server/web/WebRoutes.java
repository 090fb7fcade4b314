package dev.precis.server.web;

import dev.precis.server.ServerContext;
import io.javalin.Javalin;

/** The reader: server-rendered HTML pages and their static assets. */
public final class WebRoutes {

    private WebRoutes() {
    }

    /** Adds the reader's routes to {@code app}. */
    public static void register(Javalin app, ServerContext context) {
        // pages are added by the reader work
    }
}
