package dev.precis.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The attributes in which a box keeps a date, as {@code <time datetime>} does: {@code datetime}, a
 * {@code data-*} attribute whose name holds a date word in any of the languages read ({@code data-date},
 * {@code data-publish-date}, {@code data-datum}, {@code data-fecha}, {@code data-timestamp}, {@code data-time}), then
 * {@code title} (read only on a box named a date or carrying such an attribute). Stateless and thread-safe.
 */
final class DateAttributes {

    /** Words of a {@code data-*} attribute's name that say it holds a date (its name split at "-" and "_"). */
    private static final Set<String> DATE_WORDS = Set.of("date", "datetime", "datum", "fecha", "pubdate",
            "published", "publish", "timestamp", "utime", "created", "time");
    /**
     * The other words such a name may hold: the page's own item and its publication. A name with any other
     * word dates something else ({@code data-reviews-date}, {@code data-event-date}, {@code data-expiry-date}).
     */
    private static final Set<String> OWN_WORDS = Set.of("article", "post", "entry", "story", "news", "page", "item",
            "content", "original", "first", "publication", "publicacion", "pubblicazione", "publicacao", "publikacji",
            "veroeffentlichung", "erstellt", "creation", "time", "at", "on", "iso", "utc", "ts", "value");
    /** The longest value read: an ISO date and time with its zone, with room to spare. */
    private static final int MAX_VALUE = 40;

    private DateAttributes() {
    }

    /** True when {@code e} has a {@code data-*} attribute whose name says it holds a date. */
    static boolean named(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        for (Attribute a : e.attributes()) {
            if (dateName(a.getKey())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date {@code e} keeps in {@code datetime}, then in a {@code data-*} attribute named a date, then in
     * {@code title}, normalised ({@code dayFirst} orders "12/07/2017"), or null. Only values that start with
     * a digit are read, so a title's words ("Frühjahr") are not taken for a date.
     */
    static String date(Element e, boolean dayFirst, DateNormalizer normalizer) {
        String iso = value(e.attr("datetime"), dayFirst, normalizer);
        if (iso == null) {
            for (Attribute a : e.attributes()) {
                if (dateName(a.getKey())) {
                    iso = value(a.getValue(), dayFirst, normalizer);
                    if (iso != null) {
                        break;
                    }
                }
            }
        }
        return iso != null ? iso : value(e.attr("title"), dayFirst, normalizer);
    }

    /**
     * True for "data-date", "data-publish_date", "data-article-datum", "data-fecha"; not for "data-update",
     * "data-id" or "data-reviews-date".
     */
    static boolean dateName(String key) {
        if (key.length() < 9 || !key.regionMatches(true, 0, "data-", 0, 5)) {
            return false;
        }
        // read on every element's data-* attributes while a page is walked: the name is cut at "-" and "_" by
        // hand rather than with String.split's regular expression (separators at the end are dropped, as split does)
        String name = key.toLowerCase(Locale.ROOT);
        int end = name.length();
        while (end > 5 && separator(name.charAt(end - 1))) {
            end--;
        }
        boolean date = false;
        for (int from = 5; from < end; ) {
            int to = from;
            while (to < end && !separator(name.charAt(to))) {
                to++;
            }
            String w = name.substring(from, to);
            if (DATE_WORDS.contains(w)) {
                date = true;
            } else if (!OWN_WORDS.contains(w)) {
                return false;
            }
            from = to + 1;
        }
        return date;
    }

    private static boolean separator(char c) {
        return c == '-' || c == '_';
    }

    private static String value(String v, boolean dayFirst, DateNormalizer normalizer) {
        if (v.length() < 6 || v.length() > MAX_VALUE || !Character.isDigit(v.charAt(0))) {
            return null;
        }
        return normalizer.machine(v, dayFirst);
    }
}
