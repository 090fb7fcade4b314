package dev.precis.server.api;

import dev.precis.model.EntityType;
import dev.precis.model.SummaryLength;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads and checks request parameters; anything out of range is a 400 naming the parameter, the
 * accepted values and what was sent. Thread-safe (stateless).
 */
final class Params {

    /** The most sentences a summary may ask for. */
    static final int MAX_SENTENCES = 200;
    /** The largest word budget a summary may ask for. */
    static final int MAX_WORDS = 20_000;

    private Params() {
    }

    /** A whole number query parameter in [min, max], or {@code fallback} when absent. */
    static int intParam(Context ctx, String name, int fallback, int min, int max) {
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
        throw new BadRequestResponse(name + ": must be a whole number from " + min + " to " + max + ", got '" + clip(raw) + "'");
    }

    /** The article, story or other numeric id in the path; ids that cannot exist are 404s, not-a-number 400. */
    static long id(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            long id = Long.parseLong(raw);
            if (id < 1) {
                throw new NotFoundResponse("no " + what(name) + " " + id);
            }
            return id;
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + ": must be a number, got '" + clip(raw) + "'");
        }
    }

    private static String what(String name) {
        return name.equals("id") ? "item with id" : name;
    }

    /** An ISO date query parameter, or null when absent. */
    static LocalDate date(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(name + ": must be a date like 2024-11-25, got '" + clip(raw) + "'");
        }
    }

    /** A text query parameter, stripped, or null when absent or blank; at most {@code maxChars}. */
    static String text(Context ctx, String name, int maxChars) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > maxChars) {
            throw new BadRequestResponse(name + ": at most " + maxChars + " characters, got " + raw.length());
        }
        return raw.strip();
    }

    /** An entity type by name, any case ("person", "PERSON"). */
    static EntityType entityType(String raw, String name) {
        try {
            return EntityType.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(name + ": must be one of person, organization, location, misc, got '" + clip(raw) + "'");
        }
    }

    /**
     * The summary length: exactly one of {@code sentences} (1..200), {@code words} (1..20000) or
     * {@code ratio} (0 < r <= 1); three sentences when none is given.
     */
    static SummaryLength summaryLength(Context ctx) {
        String s = ctx.queryParam("sentences");
        String w = ctx.queryParam("words");
        String r = ctx.queryParam("ratio");
        int given = (s != null ? 1 : 0) + (w != null ? 1 : 0) + (r != null ? 1 : 0);
        if (given > 1) {
            throw new BadRequestResponse("give only one of sentences, words or ratio");
        }
        if (s != null) {
            return SummaryLength.sentences(intParam(ctx, "sentences", 3, 1, MAX_SENTENCES));
        }
        if (w != null) {
            return SummaryLength.words(intParam(ctx, "words", 60, 1, MAX_WORDS));
        }
        if (r != null) {
            try {
                double v = Double.parseDouble(r.strip());
                if (v > 0 && v <= 1) {
                    return SummaryLength.ratio(v);
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new BadRequestResponse("ratio: must be a number greater than 0 and at most 1, got '" + clip(r) + "'");
        }
        return SummaryLength.DEFAULT;
    }

    static String clip(String raw) {
        String one = raw.replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }
}
