package dev.precis.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which articles a digest covers: those published on or after {@code since}, and, when the window was
 * given as a duration ("24h", "7d"), also those added to the library since {@code addedSince} (new to
 * the reader, whatever their date). Immutable.
 *
 * @param since first publication date in the window
 * @param addedSince the start of a duration window, or null for a date window
 */
public record DigestWindow(LocalDate since, Instant addedSince) {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,5})([hd])");

    /** Parses {@code 24h}, {@code 7d} or an ISO date; a bad value fails with a message naming it. */
    public static DigestWindow parse(String value, Clock clock) {
        String v = value == null ? "24h" : value.strip().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(v);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration d = m.group(2).equals("h") ? Duration.ofHours(n) : Duration.ofDays(n);
            Instant start = clock.instant().minus(d);
            return new DigestWindow(start.atOffset(ZoneOffset.UTC).toLocalDate(), start);
        }
        try {
            return new DigestWindow(LocalDate.parse(v), null);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("since " + value + ": expected a duration like 24h or 7d, or a date YYYY-MM-DD");
        }
    }

    /** How the window reads to a person. */
    public String label() {
        // a reader sees "since 2026-03-02 07:00 UTC", not the machine form 2026-03-02T07:00:00Z
        return addedSince == null ? "since " + since
                : "since " + java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT)
                        .format(addedSince.atOffset(ZoneOffset.UTC));
    }
}
