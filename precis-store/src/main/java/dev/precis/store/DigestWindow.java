package dev.precis.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which articles a digest covers: those published on or after {@code since}; when the window was given as a
 * duration ("24h", "7d") or a moment ("2026-12-04T13:00:00Z"), also those added to the library since
 * {@code addedSince} (new to the reader, whatever their date); when it was given as a date, also the undated
 * articles added on or after that date (UTC), since when an article was added is all a library knows of an
 * undated one's time — a dated article added later but published before the date stays out. The digest's
 * story list, its story summaries and {@code GET /api/stories/{id}/summary?since=} all take this one
 * definition ({@link #condition()}). Immutable.
 *
 * @param since first publication date in the window
 * @param addedSince the start of a duration or moment window, or null for a date window
 */
public record DigestWindow(LocalDate since, Instant addedSince) {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,5})([hd])");
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT);

    /**
     * Parses {@code 24h}, {@code 7d} (at least one hour or day: {@code 0h} is refused), an ISO date, or an ISO moment with its offset ({@code 2026-12-04T13:00:00Z},
     * the form {@link #address()} writes: articles published on or after its UTC date or added since it); a bad
     * value fails with a message naming it.
     */
    public static DigestWindow parse(String value, Clock clock) {
        String v = value == null ? "24h" : value.strip().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(v);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            if (n == 0) {
                // a window of no length holds nothing: a mistyped duration, not a question anyone asks
                throw new IllegalArgumentException("since " + value + ": a duration must be at least 1h or 1d");
            }
            Duration d = m.group(2).equals("h") ? Duration.ofHours(n) : Duration.ofDays(n);
            return from(clock.instant().minus(d));
        }
        DigestWindow w;
        try {
            w = v.contains("t") ? from(OffsetDateTime.parse(v.toUpperCase(Locale.ROOT)).toInstant()) : new DigestWindow(LocalDate.parse(v), null);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("since " + value
                    + ": expected a duration like 24h or 7d, a date YYYY-MM-DD or a moment like 2024-03-12T07:00:00Z");
        }
        // a window that starts later than now holds nothing yet: a mistyped year, not a question (main printed an empty digest)
        Instant now = clock.instant();
        boolean future = w.addedSince != null ? w.addedSince.isAfter(now) : w.since.isAfter(latestToday(now));
        if (future) {
            throw new IllegalArgumentException("since " + value + ": in the future (now is " + LABEL.format(now.atOffset(ZoneOffset.UTC))
                    + "); give a past date or moment, or a duration like 24h or 7d");
        }
        return w;
    }

    /** Today's date where it is latest (UTC+14): a date that has begun somewhere is no future date, whatever the reader's zone. */
    private static LocalDate latestToday(Instant now) {
        return now.atOffset(ZoneOffset.ofHours(14)).toLocalDate();
    }

    /** The window of what was published on or after {@code start}'s UTC date or added since {@code start}. */
    public static DigestWindow from(Instant start) {
        return new DigestWindow(start.atOffset(ZoneOffset.UTC).toLocalDate(), start);
    }

    /**
     * The window as a {@code since=} value that {@link #parse} reads back to a window holding at least the
     * same articles, whenever it is read: the date of a date window, the moment (whole seconds, rounded
     * down) of a duration. A link to a digest uses it, so the page shows what the digest showed.
     */
    public String address() {
        return addedSince == null ? since.toString()
                : DateTimeFormatter.ISO_INSTANT.format(addedSince.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * The window as an SQL condition on the articles table aliased {@code a}, with the two parameters
     * {@link #bind} sets: published on or after the date, or added since the start (a date window: undated and
     * added on or after the date's start).
     */
    String condition() {
        return addedSince != null ? "(a.published >= ? OR a.added_at >= ?)"
                : "(a.published >= ? OR (a.published IS NULL AND a.added_at >= ?))";
    }

    /** Sets {@link #condition()}'s parameters from index {@code first} on. */
    void bind(PreparedStatement ps, int first) throws SQLException {
        ps.setString(first, since.toString());
        ps.setTimestamp(first + 1, Timestamp.from(addedFrom()));
    }

    /**
     * Since when an article's adding to the library brings it into the window: the start of a duration or
     * moment window (any article, whatever its date), or the start (UTC) of a date window's date (an undated
     * article only: {@link #addedSinceFor()}). What the digest's JSON calls {@code addedSince}.
     */
    public Instant addedFrom() {
        return addedSince != null ? addedSince : since.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Which articles {@link #addedFrom()} takes, as the JSON forms name it: "undated" in a date window, else "all". */
    public String addedSinceFor() {
        return addedSince == null ? "undated" : "all";
    }

    /** How the window reads to a person. */
    public String label() {
        // a reader sees "since 2026-03-02 07:00 UTC", not the machine form 2026-03-02T07:00:00Z
        return addedSince == null ? "since " + since : "since " + LABEL.format(addedSince.atOffset(ZoneOffset.UTC));
    }
}
