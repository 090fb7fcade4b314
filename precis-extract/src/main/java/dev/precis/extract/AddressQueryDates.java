package dev.precis.extract;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication day a page's address states in its query string, as scripts that serve articles by
 * parameter write it: {@code article.php?id=123&date=2019-06-29}, {@code ?pubDate=2019%2F06%2F29},
 * {@code ?datum=29.06.2019}, {@code ?d=20190629}. Only a parameter whose name names a date or a
 * publication counts, never one naming a range, a change or an expiry ({@code from}, {@code start_date},
 * {@code updated}, {@code expires}): a calendar's or a search's window is no article's day. The value must
 * be the date alone (a time may follow). Hand-written: a URL library splits the parameters, but which of
 * them dates the page is the point here. Stateless and thread-safe.
 */
final class AddressQueryDates {

    /** Words of a parameter's name that make it a date's: "date", "pubDate", "datum", "fecha", "d". */
    private static final Set<String> DATE_WORDS = Set.of("date", "datum", "dt", "d", "day", "tag", "jour", "giorno",
            "dia", "dag", "fecha", "data", "pub", "pubdate", "published", "publish", "publishdate", "publication",
            "posted", "created", "issue", "ausgabe", "edition");
    /** Words that make it a window's, a change's or another event's. */
    private static final Set<String> OTHER_WORDS = Set.of("from", "to", "start", "end", "since", "until", "begin",
            "before", "after", "min", "max", "valid", "expires", "expiry", "exp", "updated", "update", "modified", "mod",
            "edited", "event", "birth", "checkin", "checkout", "arrival", "departure", "von", "bis", "du", "au", "desde",
            "hasta");
    private static final Pattern PARAMETER_BREAKS = Pattern.compile("[&;]");
    private static final Pattern NAME_WORDS = Pattern.compile("[_.\\-\\[\\]]+|(?<=[a-z])(?=[A-Z])");
    /** The value alone: "2019-06-29", "2019/06/29", "2019.06.29", a time after it allowed. */
    private static final Pattern YMD = Pattern.compile("((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:[T ].*)?");
    /** "29.06.2019": with dots, day first wherever it is written. */
    private static final Pattern DMY_DOTS = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?:[T ].*)?");
    private static final Pattern COMPACT = Pattern.compile("((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:T?\\d{4,6})?");

    private AddressQueryDates() {
    }

    /** The ISO day ("2019-06-29") the query string {@code query} (without its "?") names, or null; unchecked against the clock. */
    static String find(String query) {
        int hash = query.indexOf('#');
        String q = hash < 0 ? query : query.substring(0, hash);
        for (String param : PARAMETER_BREAKS.split(q)) {
            int eq = param.indexOf('=');
            if (eq <= 0 || !namesDate(param.substring(0, eq))) {
                continue;
            }
            String value;
            try {
                value = URLDecoder.decode(param.substring(eq + 1), StandardCharsets.UTF_8).strip();
            } catch (IllegalArgumentException e) {
                continue;
            }
            String day = day(value);
            if (day != null) {
                return day;
            }
        }
        return null;
    }

    private static boolean namesDate(String name) {
        boolean date = false;
        for (String w : NAME_WORDS.split(name)) {
            String word = w.toLowerCase(Locale.ROOT);
            if (OTHER_WORDS.contains(word)) {
                return false;
            }
            date |= DATE_WORDS.contains(word);
        }
        return date;
    }

    private static String day(String value) {
        Matcher m = YMD.matcher(value);
        if (m.matches()) {
            return iso(m.group(1), m.group(3), m.group(4));
        }
        m = DMY_DOTS.matcher(value);
        if (m.matches()) {
            return iso(m.group(3), m.group(2), m.group(1));
        }
        m = COMPACT.matcher(value);
        return m.matches() ? iso(m.group(1), m.group(2), m.group(3)) : null;
    }

    private static String iso(String y, String mo, String d) {
        try {
            return java.time.LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
