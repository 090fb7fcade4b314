package dev.precis.extract;

import org.jsoup.nodes.Element;

/**
 * A relative time shown over the full date it rounds: "timeago" scripts write {@code <abbr class="timeago"
 * title="2017-07-12T14:33:00+02:00">vor 7 Jahren</abbr>}, and CMSs {@code <span title="12/07/2017 14:33">il y a
 * 7 ans</span>}, or write the day out ({@code title="Mittwoch, 12. Juli 2017, 14:03 Uhr"}). The words name no day once a few weeks have passed; the title names it exactly. Stateless.
 */
final class RelativeTitles {

    /** The longest text read as a relative time standing alone ("vor mehr als 7 Jahren", "il y a 7 ans"). */
    private static final int MAX_TEXT = 40;

    /**
     * The longest title read: a date written out with its weekday and clock ("Mittwoch, 12. Juli 2017, 14:03 Uhr",
     * "mercredi 12 juillet 2017 à 14h03"), which a title may hold instead of figures.
     */
    private static final int MAX_TITLE = 60;

    private RelativeTitles() {
    }

    /**
     * The date in {@code e}'s {@code title} when its text is a relative time and nothing else, normalised
     * ({@code dayFirst} orders "12/07/2017"), or null.
     */
    static String date(Element e, boolean dayFirst, DateNormalizer normalizer) {
        if (e.attributesSize() == 0 || !e.hasAttr("title")) {
            return null;
        }
        String title = e.attr("title").strip();
        if (title.length() < 6 || title.length() > (Character.isDigit(title.charAt(0)) ? MAX_TEXT : MAX_TITLE)
                || !hasDigit(title)) {
            return null;
        }
        String shown = BoundedText.of(e, MAX_TEXT + 1);
        if (shown.length() > MAX_TEXT || !RelativeDates.phrase(shown)) {
            return null;
        }
        // a title that opens with words is read only as a date written out whole ("Mittwoch, 12. Juli 2017")
        return normalizer.machine(title, dayFirst);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
