package dev.precis.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure becomes {@code {"status":N,"error":"one line"}} with a status that says whose fault it
 * is: 4xx for the client's request, 5xx for ours. Never a stack trace in a response (ours are logged).
 * Thread-safe (stateless).
 */
public final class JsonErrors {

    private static final Logger LOG = LoggerFactory.getLogger(JsonErrors.class);
    private static final int MAX_MESSAGE = 300;

    /**
     * The error body.
     *
     * @param status the HTTP status
     * @param error one line saying what is wrong
     */
    public record ApiError(int status, String error) {
    }

    private JsonErrors() {
    }

    /** Maps Javalin's, Jackson's, the intake's and unexpected exceptions to JSON errors. */
    static void install(RoutesConfig app, long maxRequestBytes) {
        app.exception(io.javalin.http.MethodNotAllowedResponse.class, (e, ctx) -> methodNotAllowed(ctx, e));
        app.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), message(e, "request failed")));
        app.exception(ValidationException.class, (e, ctx) -> respond(ctx, 400, validation(e)));
        app.exception(JsonProcessingException.class, (e, ctx) -> respond(ctx, 400, malformedJson(e) + sentAs(ctx)));
        app.exception(IntakeException.class, (e, ctx) -> respond(ctx, e.problem().httpStatus(), e.getMessage()));
        app.exception(QueryParams.BadParameterException.class, (e, ctx) -> respond(ctx, 400, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            int refused = refusedStatus(e);
            if (refused != 0) {
                respond(ctx, refused, refused == 413 ? "request body larger than " + maxRequestBytes + " bytes" : "bad request");
                return;
            }
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "internal error: " + e.getClass().getSimpleName() + ", see the server log");
        });
    }

    /**
     * The 4xx status when {@code e} (or a cause) is Jetty's refusal of the request, e.g. 413 when a
     * body read passed the server's body limit; 0 when it is not. Such refusals are the client's
     * fault: answered, never logged as our failure.
     */
    public static int refusedStatus(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException h && h.getCode() >= 400 && h.getCode() < 500) {
                return h.getCode();
            }
        }
        return 0;
    }

    /** Ends the request with a JSON error. {@code message} is cut to one line of at most 300 characters. */
    public static void respond(Context ctx, int status, String message) {
        ctx.status(status).json(new ApiError(status, oneLine(message)));
    }

    static String oneLine(String message) {
        String m = message == null || message.isBlank() ? "error" : message.strip();
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl).strip();
        }
        return m.length() <= MAX_MESSAGE ? m : m.substring(0, MAX_MESSAGE - 3) + "...";
    }

    /**
     * A 405 with an {@code Allow} header and one line naming the methods the path takes (Javalin's own
     * answer says "Method not allowed" and lists them in a map, which our error body has no room for).
     */
    static void methodNotAllowed(Context ctx, HttpResponseException e) {
        java.util.Set<String> allowed = new java.util.TreeSet<>();
        for (String v : e.getDetails().values()) {
            for (String m : v.split("[,\\s]+")) {
                if (!m.isBlank()) {
                    allowed.add(m.strip().toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        String list = String.join(", ", allowed);
        if (!list.isEmpty()) {
            ctx.header("Allow", list);
        }
        respond(ctx, 405, ctx.method().name() + " is not allowed on " + QueryParams.clip(ctx.path())
                + (list.isEmpty() ? "" : "; it takes " + list));
    }

    /**
     * "malformed JSON: " and what is wrong, without Jackson's Java class and feature names (its message
     * for text after the value names {@code JsonNode} and {@code DeserializationFeature}).
     */
    static String malformedJson(JsonProcessingException e) {
        String original = e.getOriginalMessage();
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException && original != null
                && original.startsWith("Trailing token")) {
            original = "more text after the JSON value (send one JSON value)";
        } else if (original == null) {
            original = "cannot parse";
        }
        com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
        String where = at != null && at.getLineNr() > 0 ? " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")" : "";
        return "malformed JSON: " + original + where;
    }

    /**
     * For a JSON body that did not parse: " (the body was sent as TYPE; send application/json)" when the request
     * named a media type that is no JSON, else "". Plain text and form encoding (curl -d's default) name none
     * on purpose: a JSON body sent as either is read, so they are no reason to give.
     */
    public static String sentAs(Context ctx) {
        String type = ctx.contentType();
        if (type == null || type.isBlank()) {
            return "";
        }
        String media = type.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (media.contains("json") || media.equals("text/plain") || media.equals("application/x-www-form-urlencoded")) {
            return "";
        }
        return " (the body was sent as " + QueryParams.clip(media) + "; send application/json)";
    }

    private static String message(Exception e, String fallback) {
        return e.getMessage() == null || e.getMessage().isBlank() ? fallback : e.getMessage();
    }

    private static String validation(ValidationException e) {
        for (Map.Entry<String, List<io.javalin.validation.ValidationError<Object>>> entry : e.getErrors().entrySet()) {
            if (!entry.getValue().isEmpty()) {
                io.javalin.validation.ValidationError<Object> v = entry.getValue().get(0);
                return entry.getKey() + ": " + v.getMessage() + (v.value == null ? "" : " (got " + v.value + ")");
            }
        }
        return "invalid request";
    }
}
