package dev.precis.server.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Serves the reader's few static files from the classpath ({@code /static/} in the jar): a fixed
 * list, so no path from the request ever reaches the resource lookup. Nothing comes from a CDN.
 * Thread-safe.
 */
final class StaticAssets {

    private static final Map<String, String> FILES = Map.of(
            "reader.css", "text/css; charset=utf-8",
            "reader.js", "text/javascript; charset=utf-8",
            "favicon.svg", "image/svg+xml");
    private static final Map<String, byte[]> CONTENT = load();

    private StaticAssets() {
    }

    static void serve(Context ctx) {
        String name = ctx.pathParam("file");
        byte[] body = CONTENT.get(name);
        if (body == null) {
            ctx.status(404);
            return;
        }
        Templates.securityHeaders(ctx);
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.contentType(FILES.get(name)).result(body);
    }

    private static Map<String, byte[]> load() {
        Map<String, byte[]> out = new java.util.HashMap<>();
        for (String name : FILES.keySet()) {
            try (InputStream in = StaticAssets.class.getResourceAsStream("/static/" + name)) {
                if (in != null) {
                    out.put(name, in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the reader's /static/" + name, e);
            }
        }
        return Map.copyOf(out);
    }
}
