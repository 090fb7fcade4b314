package dev.precis.server.web;

import dev.precis.server.JsonErrors;
import dev.precis.server.QueryParams;
import dev.precis.server.Security;
import dev.precis.server.ServerContext;
import dev.precis.server.digest.DigestFeed;
import dev.precis.server.digest.DigestFormats;
import dev.precis.server.web.Pages.Chrome;
import dev.precis.store.Digest;
import dev.precis.store.DigestWindow;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;

/**
 * The digest pages: {@code /digest?since=&limit=} as a self-contained page (inline CSS, no script, no
 * remote resources, so it also reads when mailed) and {@code /digest.atom}, an Atom feed with one entry
 * per digest. A bad {@code since} is a 400 page (a JSON 400 for the feed). Thread-safe.
 */
final class DigestPages {

    static final int DEFAULT_LIMIT = 10;
    private final ServerContext context;
    private final Clock clock;

    DigestPages(ServerContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    void page(Context ctx, Chrome chrome) throws IOException {
        // ctx.html names no charset, and headlines and quotes are rarely ASCII: say it, as every reader page does
        String page = DigestFormats.html(digest(ctx), "");
        // the page's inline style is allowed by its hash alone; the reader's policy (default-src 'self') drops it
        ctx.header("Content-Security-Policy", Security.CONTENT_SECURITY_POLICY + "; style-src " + DigestFormats.STYLE_SOURCE);
        ctx.contentType("text/html; charset=utf-8").result(page);
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
