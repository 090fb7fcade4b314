package dev.precis.extract;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * When a stored page was fetched, as batch inputs give it: an ISO-8601 instant or offset date-time (a
 * WARC-Date, {@code 2017-07-12T10:00:00Z}) or an RFC 1123 HTTP {@code Date} header. The extractor counts
 * a page's relative dates ("vor 3 Stunden") back from it ({@link DensityArticleExtractor#extractPage(String,
 * String, Instant)}). Stateless.
 */
public final class FetchTime {

    /** The one-line problem of a value {@link #parse} cannot read, for batch error fields. */
    public static final String PROBLEM = "\"fetched\" is not a date-time (want ISO-8601 such as 2017-07-12T10:00:00Z, or an HTTP date)";

    private FetchTime() {
    }

    /** The instant {@code value} names, or null when it is null or neither form. */
    public static Instant parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
