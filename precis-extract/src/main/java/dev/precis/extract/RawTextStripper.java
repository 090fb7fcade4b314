package dev.precis.extract;

/**
 * Empties {@code <script>}, {@code <style>} and inline {@code <svg>} elements in the markup before
 * parsing, keeping JSON-LD scripts. Why by hand: on news pages inline scripts and icons are often half
 * of the bytes, and jsoup spends a large share of its parse time buffering text that extraction throws
 * away ({@link PageCleaner} removes all three); one linear scan with {@code indexOf} is far cheaper.
 * The tags themselves stay, so the parser sees the same structure. Emptying an {@code <svg>} also
 * keeps jsoup 1.21.1 from failing with an IndexOutOfBoundsException on two scripts in a row inside
 * SVG (foreign content), which real pages have. Stateless and thread-safe.
 */
final class RawTextStripper {

    private RawTextStripper() {
    }

    static String strip(String html) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int n = html.length();
        while (true) {
            int open = html.indexOf('<', i);
            if (open < 0 || open + 7 >= n) {
                break;
            }
            String name = rawTextElement(html, open + 1);
            if (name == null) {
                i = open + 1;
                continue;
            }
            int tagEnd = html.indexOf('>', open);
            if (tagEnd < 0) {
                break;
            }
            if (html.charAt(tagEnd - 1) == '/') {
                i = tagEnd + 1;
                continue;
            }
            int close = indexOfIgnoreCase(html, "</" + name, tagEnd + 1);
            if (close < 0) {
                break;
            }
            if (!"script".equals(name) || !html.regionMatches(true, open, "<script", 0, 7)
                    || !containsIgnoreCase(html, open, tagEnd, "ld+json")) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(html, copied, tagEnd + 1);
                copied = close;
            }
            i = close + 2;
        }
        if (out == null) {
            return html;
        }
        out.append(html, copied, n);
        return out.toString();
    }

    private static String rawTextElement(String s, int at) {
        if (s.regionMatches(true, at, "script", 0, 6) && isNameEnd(s, at + 6)) {
            return "script";
        }
        if (s.regionMatches(true, at, "style", 0, 5) && isNameEnd(s, at + 5)) {
            return "style";
        }
        if (s.regionMatches(true, at, "svg", 0, 3) && isNameEnd(s, at + 3)) {
            return "svg";
        }
        return null;
    }

    private static boolean isNameEnd(String s, int at) {
        if (at >= s.length()) {
            return false;
        }
        char c = s.charAt(at);
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        int n = s.length() - needle.length();
        for (int i = s.indexOf('<', from); i >= 0 && i <= n; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean containsIgnoreCase(String s, int from, int to, String needle) {
        for (int i = from; i + needle.length() <= to; i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }
}
