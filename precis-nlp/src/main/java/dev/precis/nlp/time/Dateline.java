package dev.precis.nlp.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date in a wire story's dateline ("WASHINGTON, March 3 (Reuters) -", "PARIS, 4 March 2013 (AFP)
 * —", "BEIJING, Aug. 11 (Xinhua) --"): the day the story was filed, which its "yesterday" and "on
 * Tuesday" count from. A feed's publication date may be a day or two later (time zones, the next
 * morning's edition), so a dateline date just before or after the publication date replaces it as the
 * anchor; a dateline with a year is the anchor of a text without a publication date, and without
 * either the date the text gives near its top ({@link TextAnchor}). Stateless.
 */
final class Dateline {

    /** How far the dateline date may be from the publication date to replace it (in days). */
    private static final int REACH = 2;
    /** Where a dateline may start: the first line of the story or the one after a headline. */
    private static final int SEARCH = 400;

    private static final String M = "(" + TimeLexicon.MONTH + ")";
    /**
     * At a line start: an optional place ("WASHINGTON", "ST. LOUIS, Mo.", "Kabul"), a comma, an optional
     * weekday, the date (month and day or day and month, 1-4; an optional year, 5), an optional agency
     * in brackets, then the dash that ends a dateline (not a day range "March 3 - 5").
     */
    private static final Pattern DATELINE = Pattern.compile("(?m)^[ \\t]*(?:\\p{Lu}[\\p{L}.'’ -]{0,40}"
            + "(?:,[ \\t]*\\p{Lu}[\\p{L}.'’ -]{0,30})?,[ \\t]+)?(?:" + TimeLexicon.WEEKDAY + ",?[ \\t]+)?(?:" + M
            + "[ \\t]+(\\d{1,2})|(\\d{1,2})[ \\t]+" + M + ")(?:,?[ \\t]+((?:19|20)\\d\\d))?[ \\t]*"
            + "(?:\\([^()\\n]{1,40}\\)[ \\t]*)?(?:-{1,2}|—|–|_)(?![ \\t]*\\d)");

    private Dateline() {
    }

    /**
     * The date resolution counts from: the dateline's date when the text opens with one near
     * {@code published} (or has a year and {@code published} is null), otherwise {@code published}.
     */
    static LocalDate anchor(String text, LocalDate published) {
        LocalDate d = fromDateline(text, published);
        // plain text with no publication date: a date line at its top or the news day of its first paragraph
        return d == null && published == null ? TextAnchor.early(text) : d;
    }

    private static LocalDate fromDateline(String text, LocalDate published) {
        Matcher m = DATELINE.matcher(text).region(0, Math.min(text.length(), SEARCH));
        if (!m.find()) {
            return published;
        }
        boolean monthFirst = m.group(1) != null;
        int month = TimeLexicon.month(monthFirst ? m.group(1) : m.group(4));
        int day = Integer.parseInt(monthFirst ? m.group(2) : m.group(3));
        if (m.group(5) != null) {
            LocalDate d = TimeValues.date(Integer.parseInt(m.group(5)), month, day);
            if (d == null || published != null && Math.abs(d.toEpochDay() - published.toEpochDay()) > REACH) {
                return published;
            }
            return d;
        }
        if (published == null) {
            return null;
        }
        for (int shift = -1; shift <= 1; shift++) {
            // the year around New Year: "December 31" in a story published on 1 January
            LocalDate d = TimeValues.date(published.getYear() + shift, month, day);
            if (d != null && Math.abs(d.toEpochDay() - published.toEpochDay()) <= REACH) {
                return d;
            }
        }
        return published;
    }
}
