package dev.precis.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads and checks the query parameters that the JSON API and the reader pages share (whole numbers in
 * a range, ISO dates, bounded text). A bad value throws {@link BadParameterException}, whose one-line
 * message names the parameter, what is accepted and what was sent; the API answers it with a 400 JSON
 * error ({@link JsonErrors}), the reader with a 400 page. Stateless.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** A query parameter's value is not acceptable; the message is one line for the client. */
    public static final class BadParameterException extends IllegalArgumentException {
        public BadParameterException(String message) {
            super(message);
        }
    }

    /** A whole number in [min, max], or {@code fallback} when the parameter is absent or blank. */
    public static int wholeNumber(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BadParameterException(name + ": must be a whole number from " + min + " to " + max + ", got '" + clip(raw) + "'");
    }

    /** An ISO date (2024-11-25), or null when the parameter is absent or blank. */
    public static LocalDate date(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name + ": must be a date like 2024-11-25, got '" + clip(raw) + "'");
        }
    }

    /** The text, stripped, or null when absent or blank; at most {@code maxChars} characters. */
    public static String text(Context ctx, String name, int maxChars) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > maxChars) {
            throw new BadParameterException(name + ": at most " + maxChars + " characters, got " + raw.length());
        }
        return raw.strip();
    }

    /** A value as quoted back in a message: white space collapsed, at most 60 characters. */
    public static String clip(String raw) {
        String one = raw.replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }
}
