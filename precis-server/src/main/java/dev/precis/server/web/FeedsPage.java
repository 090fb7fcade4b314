package dev.precis.server.web;

import dev.precis.store.Feed;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The reader's {@code /feeds} page: every subscription with its health, newest problems first in view.
 * Immutable.
 *
 * @param feeds the subscriptions, by category, then in the order they were added
 * @param polling true when this server reads them on their schedules
 */
public record FeedsPage(List<Feed> feeds, boolean polling) {

    private static final java.time.format.DateTimeFormatter MINUTES =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    public FeedsPage {
        feeds = List.copyOf(feeds);
    }

    /** Subscriptions whose last read failed. */
    public long failing() {
        return feeds.stream().filter(f -> f.health().equals("failing")).count();
    }

    /** An instant for people (UTC, to the minute), or "never". */
    public static String when(Instant t) {
        return t == null ? "never" : MINUTES.format(t.truncatedTo(ChronoUnit.MINUTES));
    }

    /** An interval for people: 30m, 2h, 1d. */
    public static String every(Feed f) {
        long m = f.interval().toMinutes();
        return m % 1440 == 0 ? m / 1440 + "d" : m % 60 == 0 ? m / 60 + "h" : m + "m";
    }
}
