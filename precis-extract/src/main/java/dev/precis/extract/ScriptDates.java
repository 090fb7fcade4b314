package dev.precis.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date a page's scripts declare as a key and its value, for pages that date themselves
 * nowhere else: an analytics data layer ({@code dataLayer.push({"publishDate": "2017-07-12 14:30"})}),
 * a page-state object ({@code pubDate: '12.07.2017'}), a JSON-LD block too broken to parse. The keys
 * name a publication or a creation and a date or time ("publishDate", "datePublished", "published_at",
 * "pubDate", "dateCreated"); not a modification, the publisher, an expiry or a user. The scripts' text is
 * gone once the page is parsed (see {@link RawTextStripper}), so the raw markup is read, only for
 * pages without any other date. Stateless and thread-safe.
 */
final class ScriptDates {

    private static final Pattern PAIR = Pattern.compile(
            "[\"']?([A-Za-z_$][\\w.:$-]{0,40})[\"']?\\s*[:=]\\s*[\"']([^\"'\\\\\\n<>]{6,40})[\"']");
    /** Scripts read at most this far into the markup. */
    private static final int MAX_CHARS = 400_000;

    private ScriptDates() {
    }

    /** The first date a publication key holds in the page's scripts, in ISO 8601, or null. */
    static String published(String html, DateNormalizer dates, boolean dayFirst) {
        if (html == null) {
            return null;
        }
        int n = Math.min(html.length(), MAX_CHARS);
        int i = 0;
        while (true) {
            int open = indexOfIgnoreCase(html, "<script", i, n);
            if (open < 0) {
                return null;
            }
            int tagEnd = html.indexOf('>', open);
            if (tagEnd < 0 || tagEnd >= n) {
                return null;
            }
            int close = indexOfIgnoreCase(html, "</script", tagEnd + 1, n);
            int end = close < 0 ? n : close;
            String found = inScript(html, tagEnd + 1, end, dates, dayFirst);
            if (found != null || close < 0) {
                return found;
            }
            i = close + 8;
        }
    }

    private static String inScript(String html, int from, int to, DateNormalizer dates, boolean dayFirst) {
        if (to - from < 20) {
            return null;
        }
        Matcher m = PAIR.matcher(html).region(from, to);
        while (m.find()) {
            if (publicationKey(m.group(1))) {
                String v = dates.machine(m.group(2), dayFirst);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    /** True for a key that names when the page was published or created, not changed. */
    static boolean publicationKey(String raw) {
        String k = raw.toLowerCase(Locale.ROOT);
        int dot = k.lastIndexOf('.');
        k = dot >= 0 ? k.substring(dot + 1) : k;
        // (a creation only as schema.org's "dateCreated": "createdAt" is any stored record's, such as a listed product's)
        boolean names = k.contains("publi") || k.contains("pubdate") || k.contains("pub_date")
                || k.startsWith("datecreat") || k.startsWith("date_creat") || k.contains("erstellt");
        boolean when = k.contains("date") || k.contains("time") || k.contains("datum") || k.endsWith("at")
                || k.endsWith("published") || k.endsWith("_on") || k.endsWith("on") && k.startsWith("publish");
        return names && when && !k.contains("modif") && !k.contains("updat") && !k.contains("publisher")
                && !k.contains("expir") && !k.contains("user") && !k.contains("author") && !k.contains("comment");
    }

    private static int indexOfIgnoreCase(String s, String needle, int from, int limit) {
        int last = Math.min(s.length(), limit) - needle.length();
        for (int i = s.indexOf('<', from); i >= 0 && i <= last; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
