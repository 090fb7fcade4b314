package dev.precis.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

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

    static ElementStats of(Element root) {
        ElementStats stats = new ElementStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    stats.counts.put(e, new Counts());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode t) {
                    Node parent = t.parentNode();
                    if (parent instanceof Element p) {
                        Counts c = stats.counts.get(p);
                        if (c != null) {
                            String s = t.getWholeText();
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
                    }
                } else if (node instanceof Element e) {
                    Counts c = stats.counts.get(e);
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
                    Element parent = e.parent();
                    if (parent != null) {
                        Counts pc = stats.counts.get(parent);
                        if (pc != null) {
                            pc.chars += c.chars;
                            pc.linkChars += c.linkChars;
                            pc.commas += c.commas;
                            pc.paragraphs += c.paragraphs;
                            pc.paraChars += c.paraChars;
                            pc.proseChars += c.proseChars;
                        }
                    }
                }
            }
        }, root);
        return stats;
    }

    Counts get(Element e) {
        Counts c = counts.get(e);
        return c == null ? new Counts() : c;
    }
}
