package dev.precis.server.web;

import dev.precis.server.QueryParams;
import dev.precis.server.ServerContext;
import dev.precis.server.digest.DigestFormats;
import dev.precis.store.Digest;
import dev.precis.store.DigestWindow;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The digest at the top of the home page: what happened since {@code ?since=} when given; for a signed-in
 * reader, since their previous visit to the home page (kept in a cookie of their browser, renewed at each
 * visit, so a reader who comes back sees only what is new since); otherwise the last 24 hours, or the last
 * 7 days when nothing is new in 24 hours. The HTML is {@link DigestFormats#htmlBody}: every text escaped,
 * no script. Thread-safe.
 */
final class HomeDigest {

    static final String SEEN_COOKIE = "precis_seen";
    private static final Duration SEEN_MAX_AGE = Duration.ofDays(365);
    private final ServerContext context;
    private final Clock clock;

    HomeDigest(ServerContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    /** The digest's HTML for this request (a bad {@code since} is a 400 page). */
    String html(Context ctx, Pages.Chrome chrome) throws IOException {
        String since = QueryParams.text(ctx, "since", 40);
        Digest d;
        if (since != null) {
            try {
                d = context.library().digest(DigestWindow.parse(since, clock), DigestPages.DEFAULT_LIMIT);
            } catch (IllegalArgumentException e) {
                throw WebException.badRequest(e.getMessage());
            }
        } else {
            Instant seen = chrome.signedIn() ? seen(ctx) : null;
            if (seen != null) {
                d = context.library().digest(new DigestWindow(seen.atOffset(ZoneOffset.UTC).toLocalDate(), seen), DigestPages.DEFAULT_LIMIT);
            } else {
                d = context.library().digest(DigestWindow.parse("24h", clock), DigestPages.DEFAULT_LIMIT);
                if (d.stories().isEmpty()) {
                    d = context.library().digest(DigestWindow.parse("7d", clock), DigestPages.DEFAULT_LIMIT);
                }
            }
            if (chrome.signedIn()) {
                ctx.res().addHeader("Set-Cookie", SEEN_COOKIE + "=" + clock.instant().truncatedTo(ChronoUnit.SECONDS)
                        + "; Path=/; Max-Age=" + SEEN_MAX_AGE.toSeconds() + "; HttpOnly; SameSite=Strict");
            }
        }
        return DigestFormats.htmlBody(d, "");
    }

    /** The previous visit from the cookie; null when absent, unreadable or in the future. */
    private Instant seen(Context ctx) {
        String v = ctx.cookie(SEEN_COOKIE);
        if (v == null) {
            return null;
        }
        try {
            Instant t = Instant.parse(v);
            return t.isAfter(clock.instant()) ? null : t;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
