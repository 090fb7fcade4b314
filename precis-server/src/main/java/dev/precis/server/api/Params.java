package dev.precis.server.api;

import dev.precis.model.EntityType;
import dev.precis.model.SummaryLength;
import dev.precis.server.QueryParams;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Locale;

/**
 * Reads and checks the API's own request parameters (path ids, entity types, summary lengths; the
 * ones the reader pages share are in {@link QueryParams}); anything out of range is a 400 naming the
 * parameter, the accepted values and what was sent. Thread-safe (stateless).
 */
final class Params {

    /** The most sentences a summary may ask for. */
    static final int MAX_SENTENCES = 200;
    /** The largest word budget a summary may ask for. */
    static final int MAX_WORDS = 20_000;

    private Params() {
    }

    /** The article, story or other numeric id in the path; ids that cannot exist are 404s, not-a-number 400. */
    static long id(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            long id = Long.parseLong(raw);
            if (id < 1) {
                throw new NotFoundResponse("no " + what(ctx, name) + " " + id);
            }
            return id;
        } catch (NumberFormatException e) {
            if (raw.strip().matches("[+-]?\\d+")) {
                // a whole number, but too long for any id: no such thing can exist, as for 0
                throw new NotFoundResponse("no " + what(ctx, name) + " " + QueryParams.clip(raw.strip())
                        + " (out of range: ids go up to " + Long.MAX_VALUE + ")");
            }
            throw new BadRequestResponse(name + ": must be a number, got '" + QueryParams.clip(raw) + "'");
        }
    }

    /** The thing an id names, as the handlers' own 404s say it ("no article with id 999"). */
    private static String what(Context ctx, String name) {
        if (!name.equals("id")) {
            return name;
        }
        String path = ctx.path();
        String thing = path.startsWith("/api/articles/") ? "article" : path.startsWith("/api/stories/") ? "story"
                : path.startsWith("/api/feeds/polls/") ? "poll" : path.startsWith("/api/feeds/") ? "feed" : "item";
        return thing + " with id";
    }

    /** An entity type by name, any case ("person", "PERSON"). */
    static EntityType entityType(String raw, String name) {
        try {
            return EntityType.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(name + ": must be one of person, organization, location, misc, got '" + QueryParams.clip(raw) + "'");
        }
    }

    /**
     * The summary length: exactly one of {@code sentences} (1..200), {@code words} (1..20000) or
     * {@code ratio} (0 < r <= 1); {@link SummaryLength#DEFAULT} (75 words) when none is given.
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
            return SummaryLength.sentences(QueryParams.wholeNumber(ctx, "sentences", 3, 1, MAX_SENTENCES));
        }
        if (w != null) {
            return SummaryLength.words(QueryParams.wholeNumber(ctx, "words", 60, 1, MAX_WORDS));
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
            throw new BadRequestResponse("ratio: must be a number greater than 0 and at most 1, got '" + QueryParams.clip(r) + "'");
        }
        return SummaryLength.DEFAULT;
    }
}
