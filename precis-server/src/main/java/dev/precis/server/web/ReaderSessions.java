package dev.precis.server.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Browser sessions of the reader: a random session id in an HttpOnly, SameSite=Strict cookie, and a
 * synchronizer CSRF token tied to that session which every state-changing form must echo. A session
 * is anonymous until its holder signs in with the server's write token; signing in replaces the
 * session id (no fixation). Kept in memory, bounded in number and age. Thread-safe.
 *
 * <p>Hand-written rather than Javalin's Jetty sessions: the whole state is two random strings and a
 * flag, and keeping it here makes the cookie attributes and the CSRF check explicit and testable.
 */
final class ReaderSessions {

    static final String COOKIE = "precis_session";
    static final String CSRF_FIELD = "csrf";
    private static final int MAX_SESSIONS = 10_000;
    private static final Duration MAX_AGE = Duration.ofHours(12);

    /** One session. Immutable. */
    record Session(String id, String csrf, boolean signedIn, Instant created) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final byte[] writeToken;
    private final Clock clock;

    ReaderSessions(String writeToken, Clock clock) {
        this.writeToken = writeToken.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** The request's live session, if its cookie names one. */
    Optional<Session> current(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id == null) {
            return Optional.empty();
        }
        Session s = sessions.get(id);
        if (s == null || s.created().plus(MAX_AGE).isBefore(clock.instant())) {
            if (s != null) {
                sessions.remove(id);
            }
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** The request's session, or a new anonymous one (its cookie set on the response). */
    Session currentOrNew(Context ctx) {
        return current(ctx).orElseGet(() -> start(ctx, false));
    }

    boolean signedIn(Context ctx) {
        return current(ctx).map(Session::signedIn).orElse(false);
    }

    /**
     * Checks a state-changing form post: 401 without a signed-in session (when {@code needsSignIn}),
     * 403 when the form's CSRF token is missing or is not this session's.
     */
    Session checkPost(Context ctx, boolean needsSignIn) {
        Optional<Session> s = current(ctx);
        if (needsSignIn && (s.isEmpty() || !s.get().signedIn())) {
            throw new WebException(401, "Sign in with the server's write token to change the library.");
        }
        String sent = ctx.formParam(CSRF_FIELD);
        if (s.isEmpty() || sent == null || !equal(sent, s.get().csrf())) {
            throw new WebException(403, "This form has expired or did not come from this site. Reload the page and try again.");
        }
        return s.get();
    }

    /** True when {@code token} is the server's write token (compared in constant time). */
    boolean isWriteToken(String token) {
        return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), writeToken);
    }

    /** Ends the request's session and starts a signed-in one with fresh ids. */
    Session signIn(Context ctx) {
        current(ctx).ifPresent(s -> sessions.remove(s.id()));
        return start(ctx, true);
    }

    void signOut(Context ctx) {
        current(ctx).ifPresent(s -> sessions.remove(s.id()));
        ctx.res().addHeader("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
    }

    int size() {
        return sessions.size();
    }

    private Session start(Context ctx, boolean signedIn) {
        if (sessions.size() >= MAX_SESSIONS) {
            evict();
        }
        Session s = new Session(randomId(), randomId(), signedIn, clock.instant());
        sessions.put(s.id(), s);
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + s.id() + "; Path=/; Max-Age=" + MAX_AGE.toSeconds()
                + "; HttpOnly; SameSite=Strict");
        return s;
    }

    /** Drops expired sessions, then the oldest tenth, so the map stays bounded. */
    private void evict() {
        Instant cutoff = clock.instant().minus(MAX_AGE);
        sessions.values().removeIf(s -> s.created().isBefore(cutoff));
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.values().stream().sorted(Comparator.comparing(Session::created)).limit(MAX_SESSIONS / 10)
                    .map(Session::id).toList().forEach(sessions::remove);
        }
    }

    private String randomId() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
