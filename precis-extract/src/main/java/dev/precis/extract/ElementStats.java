package dev.precis.extract;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text statistics of every element of a document, computed in one iterative post-order pass (no
 * recursion, so 100,000 nested elements are fine): visible characters (whitespace not counted),
 * characters inside links, commas, and characters of the element's own text nodes. Not thread-safe;
 * one instance per page.
 */
final class ElementStats {

    /** Counters of one element. */
    static final class Counts {
        int chars;
        int linkChars;
        int commas;
        int ownChars;
        int ownCommas;
        /** Descendant paragraphs ({@code <p>}) with at least 80 visible characters and few links. */
        int paragraphs;
        /** Visible characters inside descendant {@code <p>} elements that are mostly not links. */
        int paraChars;
        /**
         * As {@link #paraChars}, plus list items of a sentence or more (80 characters) with few links (a teaser, headline link and excerpt, has many) and no paragraph: articles
         * written as bulleted steps ("- Meatless Mondays: Begin with …") carry their prose in {@code <li>}.
         */
        int proseChars;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private ElementStats() {
    }

    /**
     * The statistics of {@code root}'s subtree. One walk down the child lists with an explicit stack of the
     * open elements and their counts: the same visits in the same order as jsoup's traversal (an element's
     * text nodes counted into it, an element's totals added to its parent's when it closes), without
     * asking each node for its next sibling through its parent or looking the parent's counts up in the
     * map for every text node and element.
     */
    static ElementStats of(Element root) {
        ElementStats stats = new ElementStats();
        Element[] path = new Element[32];
        Counts[] open = new Counts[32];
        int[] next = new int[32];
        int depth = 0;
        path[0] = root;
        open[0] = new Counts();
        stats.counts.put(root, open[0]);
        while (depth >= 0) {
            Element parent = path[depth];
            int i = next[depth];
            if (i >= parent.childNodeSize()) {
                // the root's parent, if any, is outside the subtree and gets nothing
                close(parent, open[depth], depth > 0 ? open[depth - 1] : null);
                depth--;
                continue;
            }
            next[depth] = i + 1;
            Node child = parent.childNode(i);
            if (child instanceof TextNode t) {
                count(t.getWholeText(), open[depth]);
            } else if (child instanceof Element e) {
                Counts c = new Counts();
                stats.counts.put(e, c);
                if (++depth == path.length) {
                    path = Arrays.copyOf(path, 2 * depth);
                    open = Arrays.copyOf(open, 2 * depth);
                    next = Arrays.copyOf(next, 2 * depth);
                }
                path[depth] = e;
                open[depth] = c;
                next[depth] = 0;
            }
        }
        return stats;
    }

    /** A text node's visible characters and commas, into its element's counts. */
    private static void count(String s, Counts c) {
        int visible = 0;
        int commas = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!Whitespace.is(ch) && ch != '\u00a0') {
                visible++;
                if (ch == ',' || ch == '\uff0c' || ch == '\u3001') {
                    commas++;
                }
            }
        }
        c.ownChars += visible;
        c.ownCommas += commas;
        c.chars += visible;
        c.commas += commas;
    }

    /** An element's totals once its subtree is counted, added to its parent's counts ({@code pc}, may be null). */
    private static void close(Element e, Counts c, Counts pc) {
        if ("a".equals(e.normalName())) {
            c.linkChars = c.chars;
        } else if ("p".equals(e.normalName()) && c.linkChars * 2 < c.chars) {
            c.paraChars = c.chars;
            if (c.chars >= 80 && c.linkChars * 3 < c.chars) {
                c.paragraphs++;
            }
            c.proseChars = c.paraChars;
        } else if ("li".equals(e.normalName()) && c.paraChars == 0 && c.chars >= 80 && c.linkChars * 6 < c.chars) {
            c.proseChars = c.chars;
        }
        if (pc != null) {
            pc.chars += c.chars;
            pc.linkChars += c.linkChars;
            pc.commas += c.commas;
            pc.paragraphs += c.paragraphs;
            pc.paraChars += c.paraChars;
            pc.proseChars += c.proseChars;
        }
    }

    Counts get(Element e) {
        Counts c = counts.get(e);
        return c == null ? new Counts() : c;
    }
}
