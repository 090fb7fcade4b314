package dev.precis.server.web;

import dev.precis.server.web.Pages.Chrome;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders the reader's JTE templates, compiled to classes at build time (no compiler at run time).
 * JTE's HTML mode escapes every {@code ${}} output for its context (text, attribute), so article text
 * and titles are always data; {@code $unsafe} prints only the digest's HTML (built with every text escaped by
 * {@code DigestFormats}) and the digest page's own style. Thread-safe.
 */
final class Templates {

    /**
     * No inline script or style anywhere, nothing from other origins: the reader's one script and one
     * stylesheet are served from /static.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Writes {@code template} for {@code page} as the response, with the reader's security headers. */
    void render(Context ctx, int status, String template, Chrome chrome, Object page) {
        StringOutput out = new StringOutput();
        engine.render(template, Map.of("chrome", chrome, "page", page), out);
        securityHeaders(ctx);
        ctx.header("Cache-Control", "no-store");
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
    }

    /** Sets the headers unless the core security layer already did. */
    static void securityHeaders(Context ctx) {
        setIfAbsent(ctx, "Content-Security-Policy", CSP);
        setIfAbsent(ctx, "X-Content-Type-Options", "nosniff");
        setIfAbsent(ctx, "Referrer-Policy", "no-referrer");
        setIfAbsent(ctx, "X-Frame-Options", "DENY");
    }

    private static void setIfAbsent(Context ctx, String name, String value) {
        if (ctx.res().getHeader(name) == null) {
            ctx.header(name, value);
        }
    }
}
