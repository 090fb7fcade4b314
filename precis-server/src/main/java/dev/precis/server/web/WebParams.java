package dev.precis.server.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads and checks query and path parameters; a bad value is a {@link WebException} 400. Stateless. */
final class WebParams {

    private WebParams() {
    }

    /** A positive numeric id from the path. */
    static long id(Context ctx, String name, String what) {
        String raw = ctx.pathParam(name);
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw WebException.notFound(what + " " + shorten(raw));
    }

    /** An optional whole number in [min, max]; {@code fallback} when absent or blank. */
    static int intParam(Context ctx, String name, int min, int max, int fallback) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw WebException.badRequest("'" + name + "' must be a whole number from " + min + " to " + max
                + ", got '" + shorten(raw) + "'.");
    }

    /** An optional ISO date (yyyy-mm-dd), or null. */
    static LocalDate date(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw WebException.badRequest("'" + name + "' must be a date like 2024-11-25, got '" + shorten(raw) + "'.");
        }
    }

    /** An optional text parameter, trimmed, or null when blank; at most {@code maxLength} characters. */
    static String text(Context ctx, String name, int maxLength) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > maxLength) {
            throw WebException.badRequest("'" + name + "' is longer than " + maxLength + " characters.");
        }
        return raw.trim();
    }

    static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
