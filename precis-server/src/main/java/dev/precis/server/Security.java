package dev.precis.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Who may do what, and the headers every response carries. Writes need the token as
 * {@code Authorization: Bearer TOKEN}; reads need it too when {@link ServerConfig#protectReads()} is
 * set, or a session the reader's login form opened with {@link #logIn}. Tokens are compared in
 * constant time. Every response gets a strict Content-Security-Policy (no inline script, no external
 * origin), {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy} and
 * {@code X-Frame-Options}. Thread-safe.
 *
 * <pre>{@code
 * Security security = context.security();
 * app.post("/api/articles", ctx -> { security.requireToken(ctx); ... });
 * if (security.tokenMatches(ctx.formParam("token"))) { security.logIn(ctx); }
 * }</pre>
 */
public final class Security {

    /** The policy sent with every response: our own scripts, styles and images only. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; object-src 'none';"
            + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /** Session attribute set by {@link #logIn} (a {@code Boolean}). */
    public static final String SESSION_ATTRIBUTE = "precis.authenticated";

    /** Paths anyone may read even when reads are protected (prefix match). */
    private final List<String> openPaths = new CopyOnWriteArrayList<>(List.of("/health"));
    private final byte[] tokenDigest;
    private final boolean protectReads;

    public Security(ServerConfig config) {
        this.tokenDigest = sha256(config.token());
        this.protectReads = config.protectReads();
    }

    /** A new random token: 32 bytes from {@link SecureRandom}, URL-safe Base64 without padding. */
    public static String randomToken() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /**
     * True when {@code presented} is the configured token. Compares SHA-256 digests with
     * {@link MessageDigest#isEqual} so neither the content nor the length leaks through timing.
     */
    public boolean tokenMatches(String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(tokenDigest, sha256(presented));
    }

    /** True when the request carries {@code Authorization: Bearer <the token>}. */
    public boolean hasBearerToken(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null || h.length() < 7 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return tokenMatches(h.substring(7).strip());
    }

    /** True when the request's session was opened by {@link #logIn}; never creates a session. */
    public boolean hasSession(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(SESSION_ATTRIBUTE));
    }

    /**
     * For write endpoints of the REST API: the bearer token is required (a session cookie is not enough,
     * so other sites cannot make a logged-in browser write through the API).
     *
     * @throws UnauthorizedResponse (401) without the right token
     */
    public void requireToken(Context ctx) {
        if (!hasBearerToken(ctx)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"precis\"");
            throw new UnauthorizedResponse(ctx.header("Authorization") == null
                    ? "this request changes the library: send Authorization: Bearer TOKEN"
                    : "wrong token");
        }
    }

    /** True when reads need the token or a session. */
    public boolean protectsReads() {
        return protectReads;
    }

    /** True when this request may read: reads are open, or it has the bearer token or a session. */
    public boolean mayRead(Context ctx) {
        return !protectReads || hasBearerToken(ctx) || hasSession(ctx);
    }

    /**
     * Lets anyone reach paths under these prefixes even when reads are protected (the login page, its
     * style sheet). {@code /health} is always open.
     */
    public void allowAnonymous(String... pathPrefixes) {
        openPaths.addAll(List.of(pathPrefixes));
    }

    /**
     * Marks the request's session as logged in, with a fresh session id (no fixation). Call only after
     * {@link #tokenMatches} accepted the token the user typed; CSRF checks are the form's business.
     */
    public void logIn(Context ctx) {
        HttpSession session = ctx.req().getSession(true);
        ctx.req().changeSessionId();
        session.setAttribute(SESSION_ATTRIBUTE, Boolean.TRUE);
    }

    /** Ends the request's session, if any. */
    public void logOut(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** Adds the security headers and the read check to every request of {@code app}. */
    void install(RoutesConfig app) {
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
            if (protectReads && !isOpen(ctx.path()) && !mayRead(ctx)) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"precis\"");
                throw new UnauthorizedResponse("reading this library needs the token (Authorization: Bearer TOKEN) or a login");
            }
        });
    }

    private boolean isOpen(String path) {
        for (String p : openPaths) {
            if (path.equals(p) || path.startsWith(p.endsWith("/") ? p : p + "/")) {
                return true;
            }
        }
        return false;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
