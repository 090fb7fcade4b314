package dev.precis.server.api;

import dev.precis.server.ApiJson;
import dev.precis.server.JsonErrors;
import dev.precis.server.Operations;
import dev.precis.server.ServerContext;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The REST API under {@code /api}, {@code /openapi.json}, {@code /health} and {@code /metrics}. Every
 * route registered here is listed by {@link #routes()} (a test checks each appears in the OpenAPI
 * document). Thread-safe once registered.
 */
public final class ApiRoutes {

    /**
     * A registered route.
     *
     * @param method HTTP method
     * @param path Javalin path template, e.g. {@code /api/articles/{id}}
     */
    public record Route(String method, String path) {
    }

    private static final List<Route> ROUTES = Collections.synchronizedList(new ArrayList<>());
    private static final String OPENAPI = withBuildVersion(load("/dev/precis/server/api/openapi.json"));

    private ApiRoutes() {
    }

    /** Every method and path the API registers. */
    public static List<Route> routes() {
        synchronized (ROUTES) {
            return List.copyOf(new java.util.LinkedHashSet<>(ROUTES));
        }
    }

    /** Adds the API's routes to {@code app}. */
    public static void register(RoutesConfig app, ServerContext context, Operations operations) {
        ArticleApi articles = new ArticleApi(context);
        CatalogApi catalog = new CatalogApi(context);
        IngestApi ingest = new IngestApi(context);
        add(app, HandlerType.GET, "/api/articles", articles::list);
        add(app, HandlerType.POST, "/api/articles", articles::add);
        add(app, HandlerType.GET, "/api/articles/{id}", articles::get);
        add(app, HandlerType.GET, "/api/articles/{id}/summary", articles::summary);
        add(app, HandlerType.GET, "/api/articles/{id}/analysis", articles::analysis);
        add(app, HandlerType.GET, "/api/articles/{id}/related", articles::related);
        add(app, HandlerType.GET, "/api/articles/{id}/neighbours", articles::neighbours);
        add(app, HandlerType.GET, "/api/digest", catalog::digest);
        add(app, HandlerType.GET, "/api/stories", catalog::stories);
        add(app, HandlerType.GET, "/api/stories/{id}", catalog::story);
        add(app, HandlerType.GET, "/api/stories/{id}/summary", catalog::storySummary);
        add(app, HandlerType.GET, "/api/entities", catalog::entities);
        add(app, HandlerType.GET, "/api/entities/{type}/{name}", catalog::entity);
        add(app, HandlerType.GET, "/api/search", catalog::search);
        add(app, HandlerType.POST, "/api/ingest", ingest::ingest);
        FeedsApi feeds = new FeedsApi(context);
        add(app, HandlerType.GET, "/api/feeds", feeds::list);
        add(app, HandlerType.POST, "/api/feeds", feeds::add);
        add(app, HandlerType.GET, "/api/feeds.opml", feeds::exportOpml);
        add(app, HandlerType.POST, "/api/feeds/import", feeds::importOpml);
        add(app, HandlerType.POST, "/api/feeds/poll", feeds::pollAll);
        add(app, HandlerType.GET, "/api/feeds/polls/{id}", feeds::pollJob);
        add(app, HandlerType.POST, "/api/feeds/{id}/poll", feeds::pollOne);
        add(app, HandlerType.GET, "/api/feeds/{id}", feeds::get);
        add(app, HandlerType.DELETE, "/api/feeds/{id}", feeds::remove);
        add(app, HandlerType.GET, "/openapi.json", ctx -> ctx.contentType("application/json").result(OPENAPI));
        add(app, HandlerType.GET, "/health", ctx -> health(ctx, context));
        add(app, HandlerType.GET, "/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(operations.scrape()));
    }

    private static void add(RoutesConfig app, HandlerType method, String path, Handler handler) {
        app.addHttpHandler(method, path, handler);
        ROUTES.add(new Route(method.name(), path));
    }

    /** 200 with the article count when a real query on the library works, else 503. */
    private static void health(Context ctx, ServerContext context) {
        try {
            context.library().text(0);
            ctx.json(Map.of("status", "ok", "articles", context.library().size()));
        } catch (IOException | RuntimeException e) {
            JsonErrors.respond(ctx, 503, "library unavailable: " + e.getMessage());
        }
    }

    /** The API description with {@code info.version} set to the build's version (the resource holds a placeholder). */
    static String withBuildVersion(String document) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode) ApiJson.MAPPER.readTree(document);
            ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("info")).put("version", dev.precis.model.PrecisVersion.current());
            return ApiJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.json does not parse: " + e.getMessage(), e);
        }
    }

    private static String load(String resource) {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
