package dev.precis.nlp.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text writes its dates day first ("15/03/2020", "15 March") or month first ("3/15/2020",
 * "March 15"), so that an ambiguous numeric date such as "03/01/2020" is read the way the rest of the
 * document writes dates: 1 March in US wire copy, 3 January in copy from most other places. A
 * document's own unambiguous numeric dates decide first, then its dates written with month names
 * (a dateline such as "NAIROBI, 4 March 2013 (AFP) —" among them); with no evidence either way, month
 * first, as US wire copy writes it. Hand-written: no library reads the convention off a document.
 * Thread-safe (stateless).
 */
final class DateOrder {

    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/(?:\\d{4}|\\d{2})(?![\\d/])");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<![\\d.,:/])\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + TimeLexicon.MONTH);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\p{L}])" + TimeLexicon.MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?![\\d:.,]\\d|\\d)");

    private DateOrder() {
    }

    /** True when {@code text} writes its dates day first (see the class comment). */
    static boolean dayFirst(String text) {
        int dayFirst = 0;
        int monthFirst = 0;
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a > 12 && b >= 1 && b <= 12) {
                dayFirst++;
            } else if (b > 12 && a >= 1 && a <= 12) {
                monthFirst++;
            }
        }
        if (dayFirst != monthFirst) {
            return dayFirst > monthFirst;
        }
        return count(DAY_MONTH, text) > count(MONTH_DAY, text);
    }

    private static int count(Pattern p, String text) {
        int n = 0;
        Matcher m = p.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
