package dev.precis.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The order of a numeric {@code <time datetime>} the page's language leaves open ("02-12-2025" on a page
 * declared plain English), told by the page itself: when the other reading is the day another of its
 * {@code <time>} elements gives in ISO form (a recent-posts list that lists this very post as
 * "December 02, 2025" with {@code datetime="2025-12-02"}) and the page's reading is no such day, the
 * page writes that date in the other order. htmldate has no such check; it is asked only for a
 * datetime written in neither ISO nor an unambiguous order, so other pages cost nothing. Stateless and
 * thread-safe.
 */
final class PageOrder {

    /** "02-12-2025", "02/12/2025", "02.12.2025": day and month both 12 or less, in an order not written. */
    private static final Pattern AMBIGUOUS = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    /** The day of an ISO datetime attribute. */
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private PageOrder() {
    }

    /**
     * {@code iso} (the page-ordered reading of {@code time}'s datetime, may be null), or the other reading
     * when only that one is a day another {@code <time>} of {@code body} gives in ISO form and
     * {@code normalizer} accepts it.
     */
    static String settled(Element time, String iso, Element body, DateNormalizer normalizer) {
        if (iso == null) {
            return null;
        }
        Matcher m = AMBIGUOUS.matcher(time.attr("datetime").strip());
        if (!m.matches()) {
            return iso;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        if (a == b || a > 12 || b > 12) {
            return iso;
        }
        String read = iso.substring(0, 10);
        String other;
        try {
            LocalDate first = LocalDate.of(Integer.parseInt(m.group(3)), a, b);
            LocalDate second = LocalDate.of(Integer.parseInt(m.group(3)), b, a);
            other = (first.toString().equals(read) ? second : first).toString();
        } catch (DateTimeException e) {
            return iso;
        }
        boolean readSeen = false;
        boolean otherSeen = false;
        for (Element t : ElementWalk.named(body, "time")) {
            Matcher d = ISO_DAY.matcher(t.attr("datetime"));
            if (t != time && d.lookingAt()) {
                readSeen |= d.group().equals(read);
                otherSeen |= d.group().equals(other);
            }
        }
        if (!otherSeen || readSeen) {
            return iso;
        }
        // (checked as any date is: never after the fetch clock)
        String swapped = normalizer.machine(other + iso.substring(10));
        return swapped != null ? swapped : iso;
    }
}
