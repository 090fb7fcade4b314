package dev.precis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the located boxes into paragraphs as a reader sees them: block elements and double line
 * breaks end a paragraph, whitespace is collapsed, and nested boxes that are mostly links (inline
 * "related" lists) or chrome are skipped. Not thread-safe; one instance per page.
 */
final class ParagraphCollector {

    /**
     * One paragraph with the share of its characters inside links; {@code added} when it lies in an element
     * that a rule beyond the core kept or added (see {@link Added}).
     */
    record Block(String text, int linkChars, String tag, boolean introduced, boolean added) {
        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "figure", "header",
            "footer", "aside", "nav", "form", "hr", "address", "center", "details", "summary",
            "fieldset", "caption", "tbody", "thead");

    /** Tags of lists. */
    static final Set<String> LIST_TAGS = Set.of("ul", "ol", "dl");

    private final ElementStats stats;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int currentLinkChars;
    private int linkDepth;
    private String currentTag = "p";
    private boolean pendingBreak;
    /** How many lists a body sentence introduces (see {@link IntroducedLists}) the walk is inside. */
    private int introducedDepth;
    /** How many marked elements (see {@link Added}) the walk is inside. */
    private int addedDepth;

    private final double maxLinkDensity;

    ParagraphCollector(ElementStats stats, double maxLinkDensity) {
        this.stats = stats;
        this.maxLinkDensity = maxLinkDensity;
    }

    List<Block> collect(List<Element> boxes) {
        return collect(boxes, new Added());
    }

    /** The paragraphs of {@code boxes}, each telling whether it lies in an element {@code added} marks. */
    List<Block> collect(List<Element> boxes, Added added) {
        for (Element box : boxes) {
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        append(t.getWholeText());
                        return FilterResult.CONTINUE;
                    }
                    if (!(node instanceof Element e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    String tag = e.normalName();
                    boolean list = LIST_TAGS.contains(tag);
                    // a list of links the text introduces ("… sent for review:") is text, and so is every
                    // list nested in it; other link-heavy lists are skipped as before
                    boolean introduced = list && (introducedDepth > 0 || depth > 0 && IntroducedLists.introduced(e, stats));
                    if (depth > 0 && !introduced && (introducedDepth == 0 || c(e) == 0) && skip(e)
                            && !IntroducedLists.wrapsIntroduced(e, stats)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (introduced) {
                        flush();
                        introducedDepth++;
                    }
                    if (added.contains(e)) {
                        flush();
                        addedDepth++;
                    }
                    if ("br".equals(tag)) {
                        if (pendingBreak) {
                            flush();
                        } else {
                            pendingBreak = true;
                            appendRaw(' ');
                        }
                    } else if ("a".equals(tag) && !headingAnchor(e)) {
                        linkDepth++;
                    } else if (BLOCK_TAGS.contains(tag)) {
                        flush();
                        currentTag = tag;
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element e) {
                        if (added.contains(e)) {
                            flush();
                            addedDepth--;
                        }
                        String tag = e.normalName();
                        if ("a".equals(tag)) {
                            linkDepth -= headingAnchor(e) ? 0 : 1;
                        } else if (BLOCK_TAGS.contains(tag)) {
                            flush();
                            if (introducedDepth > 0 && LIST_TAGS.contains(tag)) {
                                introducedDepth--;
                            }
                            // loose text after a block belongs to the box around it: text a page writes
                            // after its headings without paragraph tags is no heading
                            Element parent = e.parent();
                            currentTag = parent != null && BLOCK_TAGS.contains(parent.normalName()) ? parent.normalName() : "div";
                        }
                    }
                    return FilterResult.CONTINUE;
                }
            }, box);
            flush();
        }
        return blocks;
    }

    /**
     * A link in a heading to a place on the same page ({@code <h3 id="x"><a href="#x">Costs</a></h3>}, the
     * anchor many editors put on every section heading): no link out, so its text counts as the heading's.
     */
    private static boolean headingAnchor(Element a) {
        return a.attr("href").startsWith("#") && a.closest(Queries.HEADINGS) != null;
    }

    private int c(Element e) {
        return stats.get(e).chars;
    }

    private boolean skip(Element e) {
        ElementStats.Counts c = stats.get(e);
        if (c.chars == 0) {
            return !"br".equals(e.normalName());
        }
        String tag = e.normalName();
        if (("ul".equals(tag) || "ol".equals(tag) || "div".equals(tag) || "section".equals(tag)
                || "table".equals(tag)) && c.linkDensity() > maxLinkDensity) {
            return true;
        }
        return false;
    }

    private void append(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Whitespace.is(ch) || ch == '\u00a0' || ch == '\u200b') {
                appendRaw(' ');
            } else {
                pendingBreak = false;
                current.append(ch);
                if (linkDepth > 0) {
                    currentLinkChars++;
                }
            }
        }
    }

    private void appendRaw(char space) {
        if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
            current.append(space);
        }
    }

    private void flush() {
        pendingBreak = false;
        int end = current.length();
        while (end > 0 && current.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > 0) {
            blocks.add(new Block(current.substring(0, end), currentLinkChars, currentTag, introducedDepth > 0, addedDepth > 0));
        }
        current.setLength(0);
        currentLinkChars = 0;
    }
}
