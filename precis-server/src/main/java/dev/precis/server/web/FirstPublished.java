package dev.precis.server.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How the reader words the publication date an article's page declares apart from the date it is shown with
 * ({@code declaredPublished}): its day in words, "3 May 2024" (the day the page gave, in the page's own zone, so
 * a date-time's offset is not applied). Stateless.
 */
final class FirstPublished {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private FirstPublished() {
    }

    /** The day of {@code declared} in words; the value as stored when it does not open with a date; null for none. */
    static String shown(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        if (declared.length() >= 10) {
            try {
                return DAY.format(LocalDate.parse(declared.substring(0, 10)));
            } catch (DateTimeParseException e) {
                // not an ISO day: shown as it came
            }
        }
        return declared.strip();
    }
}
