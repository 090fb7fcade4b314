package dev.precis.extract;

import java.util.Locale;
import java.util.Set;

/**
 * A bound on element nesting, checked by one linear scan of the tags before the page is parsed. jsoup
 * builds every open element into the tree, so a page of 200,000 unclosed {@code <div>}s (2 MB) took 1.16
 * GB of heap to parse; news pages nest a few dozen levels. The scan counts opening tags minus closing
 * tags, skipping void elements and the ones a parser closes by itself when the next one starts (an old
 * page's thousands of {@code <p>} without {@code </p>} are not nesting), so it can only over-estimate
 * on odd markup, which is why the limit sits far above any real page. Stateless.
 */
final class MarkupDepth {

    /** Deepest nesting parsed. */
    static final int MAX_DEPTH = 4_000;

    private static final Set<String> NOT_NESTING = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option",
            "optgroup", "thead", "tbody", "tfoot", "rt", "rp", "html", "head", "body", "frame", "basefont", "keygen", "image");

    private MarkupDepth() {
    }

    /** True when the markup opens more than {@link #MAX_DEPTH} elements without closing them. */
    static boolean tooDeep(String html) {
        int depth = 0;
        int n = html.length();
        int i = html.indexOf('<');
        while (i >= 0 && i + 1 < n) {
            char c = html.charAt(i + 1);
            if (c == '!' || c == '?') {
                int end = html.startsWith("<!--", i) ? html.indexOf("-->", i + 4) : html.indexOf('>', i + 1);
                if (end < 0) {
                    return false;
                }
                i = html.indexOf('<', end);
                continue;
            }
            boolean closing = c == '/';
            int start = closing ? i + 2 : i + 1;
            int end = start;
            while (end < n && Character.isLetterOrDigit(html.charAt(end))) {
                end++;
            }
            if (end > start && Character.isLetter(html.charAt(start))) {
                String name = html.substring(start, end).toLowerCase(Locale.ROOT);
                int close = html.indexOf('>', end);
                if (close < 0) {
                    return false;
                }
                boolean selfClosing = html.charAt(close - 1) == '/';
                if (name.equals("script") || name.equals("style") || name.equals("textarea") || name.equals("title")) {
                    // raw text: skip to the end tag, whatever it contains
                    int endTag = closing ? close : indexOfIgnoreCase(html, "</" + name, close);
                    i = endTag < 0 ? -1 : html.indexOf('<', endTag + (closing ? 0 : 2));
                    continue;
                }
                if (!NOT_NESTING.contains(name) && !selfClosing) {
                    depth = closing ? Math.max(0, depth - 1) : depth + 1;
                    if (depth > MAX_DEPTH) {
                        return true;
                    }
                }
                i = html.indexOf('<', close);
            } else {
                i = html.indexOf('<', i + 1);
            }
        }
        return false;
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }
}
