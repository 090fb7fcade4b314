package dev.precis.server.web;

import dev.precis.server.JsonErrors;
import dev.precis.server.QueryParams;
import dev.precis.server.Security;
import dev.precis.server.ServerContext;
import dev.precis.server.digest.DigestFeed;
import dev.precis.server.digest.DigestFormats;
import dev.precis.server.web.Pages.Chrome;
import dev.precis.server.web.Pages.DigestPage;
import dev.precis.store.Digest;
import dev.precis.store.DigestWindow;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;

/**
 * The digest pages: {@code /digest?since=&limit=} as a self-contained page (inline CSS, no script, no
 * remote resources, so it also reads when saved) under the reader's header, and {@code /digest.atom}, an Atom
 * feed with one entry per digest. A bad {@code since} is a 400 page (a JSON 400 for the feed). Thread-safe.
 */
final class DigestPages {

    static final int DEFAULT_LIMIT = 10;
    /**
     * The reader's header in the digest's own look (the page has no stylesheet): the brand, the search box and
     * the links in one wrapping row above the digest, the search label for screen readers only.
     */
    private static final String HEADER_STYLE = "header.site{border-bottom:1px solid #ddd;margin-bottom:1em}"
            + "header.site .bar{display:flex;flex-wrap:wrap;align-items:center;gap:.5em 1em;padding:.6em 0}"
            + ".brand{font-weight:700;font-size:1.4em;color:#222;text-decoration:none}"
            + ".search-box{display:flex;flex:1 1 12em;gap:.4em}.search-box input{flex:1;min-width:0;font:inherit}"
            + ".account{display:flex;align-items:center;gap:1em;font-size:.9em}form.inline{display:inline;margin:0}"
            + "button.link{background:none;border:0;padding:0;color:#1a4f8b;text-decoration:underline;font:inherit;cursor:pointer}"
            + ".visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}";
    static final String STYLE = DigestFormats.style() + HEADER_STYLE;
    private static final String STYLE_SOURCE = DigestFormats.styleSource(STYLE);
    private final ServerContext context;
    private final Clock clock;
    private final Templates templates;

    DigestPages(ServerContext context, Clock clock, Templates templates) {
        this.context = context;
        this.clock = clock;
        this.templates = templates;
    }

    void page(Context ctx, Chrome chrome) throws IOException {
        Digest d = digest(ctx);
        // the page's inline style is allowed by its hash alone; the reader's policy (default-src 'self') drops it
        ctx.header("Content-Security-Policy", Security.CONTENT_SECURITY_POLICY + "; style-src " + STYLE_SOURCE);
        templates.render(ctx, 200, "digest.jte", chrome, new DigestPage(d.window().label(), STYLE, DigestFormats.htmlBody(d, "")));
    }

    /**
     * The feed; a bad {@code since} or {@code limit} is a 400 with the API's JSON error, not the reader's
     * HTML page: a feed reader is an HTTP client like the API's, and shows a status and a short message.
     */
    void feed(Context ctx, Chrome chrome) throws IOException {
        String base = ctx.scheme() + "://" + ctx.host();
        Digest d;
        try {
            d = digest(ctx);
        } catch (WebException e) {
            JsonErrors.respond(ctx, e.status(), e.getMessage());
            return;
        } catch (IllegalArgumentException e) {
            JsonErrors.respond(ctx, 400, e.getMessage());
            return;
        }
        ctx.contentType("application/atom+xml; charset=utf-8").result(DigestFeed.atom(d, base));
    }

    private Digest digest(Context ctx) throws IOException {
        String since = QueryParams.text(ctx, "since", 40);
        int limit = QueryParams.wholeNumber(ctx, "limit", DEFAULT_LIMIT, 1, 100);
        DigestWindow window;
        try {
            window = DigestWindow.parse(since == null ? "24h" : since, clock);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest(e.getMessage());
        }
        return context.library().digest(window, limit);
    }
}
