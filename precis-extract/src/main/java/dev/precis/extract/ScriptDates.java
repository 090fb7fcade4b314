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
    /** Farthest a match starts before its ':' or '=' (white space aside): a quote, a key of 41 chars, a quote. */
    private static final int MAX_BEFORE_SIGN = 43;
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
        // PAIR's matches in order, as Matcher.find gives them, but tried only where one can start: before a
        // ':' or '=' that a quote follows (past white space), no farther back than a key, its quotes and the
        // white space before that sign reach. A plain find tries every position of the script, and a long key
        // run costs dozens of steps at each (a tenth of WCXB's extraction time went there).
        Matcher m = PAIR.matcher(html);
        int next = from;
        for (int sign = nextSign(html, from, to); sign >= 0; sign = nextSign(html, Math.max(sign + 1, next), to)) {
            int p = Math.max(next, sign - spaceBefore(html, sign, from) - MAX_BEFORE_SIGN);
            for (; p < sign; p++) {
                char c = html.charAt(p);
                if ((c == '"' || c == '\'' || c == '_' || c == '$' || c < 128 && Character.isLetter(c))
                        && m.region(p, to).lookingAt()) {
                    break;
                }
            }
            if (p == sign) {
                next = sign;
                continue;
            }
            next = m.end();
            if (publicationKey(m.group(1))) {
                String v = dates.machine(m.group(2), dayFirst);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    /** The first ':' or '=' from {@code from} before {@code to} that a quote follows past white space; -1 when none. */
    private static int nextSign(String html, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = html.charAt(i);
            if (c == ':' || c == '=') {
                int q = i + 1;
                while (q < to && isSpace(html.charAt(q))) {
                    q++;
                }
                if (q < to && (html.charAt(q) == '"' || html.charAt(q) == '\'')) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The white space (regex {@code \\s}) right before {@code at}, back to {@code from}. */
    private static int spaceBefore(String html, int at, int from) {
        int i = at;
        while (i > from && isSpace(html.charAt(i - 1))) {
            i--;
        }
        return at - i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** True for a key that names when the page was published or created, not changed. */
    static boolean publicationKey(String raw) {
        String k = raw.toLowerCase(Locale.ROOT);
        int dot = k.lastIndexOf('.');
        k = dot >= 0 ? k.substring(dot + 1) : k;
        // (a creation only as schema.org's "dateCreated": "createdAt" is any stored record's, such as a listed product's)
        // (and a post's own date under a blog engine's name, "postDate", "post_date", "postedAt": not "lastPostDate")
        boolean names = k.contains("publi") || k.contains("pubdate") || k.contains("pub_date")
                || k.startsWith("datecreat") || k.startsWith("date_creat") || k.contains("erstellt")
                || k.startsWith("postdate") || k.startsWith("post_date") || k.startsWith("posted")
                || k.startsWith("posttime") || k.startsWith("post_time");
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
