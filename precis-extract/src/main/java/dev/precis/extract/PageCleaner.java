package dev.precis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never article text before scoring: scripts and styles, forms' controls, navigation,
 * asides, footers, figures with their captions, hidden elements, and elements whose class or id
 * names chrome (share bars, comments, related links, newsletters, cookie notices, credits) unless
 * they hold most of the page's text. Iterative, so deep nesting is safe. Stateless and thread-safe.
 */
final class PageCleaner {

    private static final Set<String> DROP_TAGS = Set.of(
            "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed",
            "button", "select", "input", "textarea", "label", "nav", "aside", "footer", "figure",
            "figcaption", "picture", "video", "audio", "map", "dialog", "menu", "link", "meta",
            "head", "math", "source", "track");

    /** Tags dropped as chrome or hidden that may, on broken or script-driven pages, wrap the whole page. */
    private static final Set<String> WRAPPERS_WHEN_MOST = Set.of("div", "section", "aside", "nav", "header", "footer",
            "span", "article", "main", "menu", "dialog", "figure");

    /** A figure holding a table of at least this many characters is kept as text. */
    private static final int MIN_TABLE_CHARS = 40;
    /** A figure holding a block quote of at least this many characters is kept as text. */
    private static final int MIN_QUOTE_CHARS = 20;

    private PageCleaner() {
    }

    static void clean(Element body) {
        clean(body, new Added());
    }

    /**
     * As {@link #clean(Element)}, marking in {@code added} the elements kept only by rules beyond the core (a
     * figure's quotation, an accordion's closed pane, a builder's heading block, a class or id read without its
     * generated tokens or spelled id): the core rules would have removed them.
     */
    static void clean(Element body, Added added) {
        ElementStats stats = ElementStats.of(body);
        int total = Math.max(1, stats.get(body).chars);
        List<Node> doomed = new ArrayList<>();
        boolean[] fired = new boolean[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    doomed.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!(node instanceof Element e) || depth == 0) {
                    return FilterResult.CONTINUE;
                }
                ElementStats.Counts c = stats.get(e);
                fired[0] = false;
                if (shouldDrop(e, c, total, stats, false, fired)) {
                    doomed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if ((fired[0] || spelled(e)) && shouldDrop(e, c, total, stats, true, fired)) {
                    added.add(e);
                }
                // inside a code block, class names are a syntax highlighter's ("hljs-comment",
                // "token comment"), not the page's: its lines are all code
                return "pre".equals(e.normalName()) ? FilterResult.SKIP_CHILDREN : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        for (Node n : doomed) {
            n.remove();
        }
    }

    /**
     * A disclosure panel sent closed: labelled by its toggle ({@code aria-labelledby}), no dialog,
     * holding prose paragraphs with few links and no chrome name.
     */
    private static boolean collapsedPanel(Element e, ElementStats.Counts c, boolean core) {
        if (!e.hasAttr("aria-labelledby") || c.paragraphs < 1 || c.linkDensity() >= 0.3) {
            return false;
        }
        String role = e.attr("role");
        return !"dialog".equals(role) && !"alertdialog".equals(role) && !"true".equals(e.attr("aria-modal"))
                && !"dialog".equals(e.normalName()) && (core ? ClassSignals.coreOf(e) : ClassSignals.of(e)) >= 0;
    }

    /** Text outside a modal dialog that is enough for an article: the dialog is then no wrapper of the page. */
    private static final int MODAL_REST = 2_000;

    /**
     * A modal dialog ({@code <dialog>}, {@code role="dialog"}, {@code aria-modal="true"}): a box that opens
     * over the page (a "republish this article" form with its guidelines and a copy of the text), never
     * the page itself, even when it holds most of the page's characters.
     */
    private static boolean modal(Element e) {
        String role = e.attr("role");
        return "dialog".equals(e.normalName()) || "dialog".equals(role) || "alertdialog".equals(role)
                || "true".equals(e.attr("aria-modal"));
    }

    /**
     * True when the figure holds a block quote and neither is an embed (a post from a social network set in
     * the page by its script, the network's words, not the article's).
     */
    private static boolean quotation(Element figure) {
        Element quote = figure.selectFirst(Queries.BLOCKQUOTE);
        return quote != null && !ClassSignals.embed(figure) && !ClassSignals.embed(quote);
    }

    /** True when all of {@code e}'s text is in one heading (h1–h6), {@code e} itself or one inside it. */
    private static boolean onlyHeading(Element e, ElementStats.Counts c, ElementStats stats) {
        if (c.chars == 0 || c.chars > MAX_HEADING_CHARS || c.paragraphs > 0) {
            return false;
        }
        Element h = HEADING_TAGS.contains(e.normalName()) ? e : e.selectFirst(Queries.HEADINGS);
        return h != null && stats.get(h).chars == c.chars;
    }

    private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** A heading is at most this long. */
    private static final int MAX_HEADING_CHARS = 300;

    /**
     * True when {@code e}'s class or id, or its only-child parent's, holds generated tokens or a spelled id
     * (see {@link ClassSignals#spelled}): the core rules read those words and may decide otherwise.
     */
    private static boolean spelled(Element e) {
        if (e.className().isEmpty() && e.id().isEmpty()) {
            return false;
        }
        if (ClassSignals.spelled(e)) {
            return true;
        }
        // the parent's names are read before its children are counted: most parents have none
        Element parent = e.parent();
        return parent != null && !(parent.className().isEmpty() && parent.id().isEmpty())
                && parent.childrenSize() == 1 && ClassSignals.spelled(parent);
    }

    /**
     * Whether the cleaner removes {@code e}; with {@code core}, as the core rules decide (without the rules that
     * keep a figure's quotation, an accordion's closed pane or a heading block, reading every class and id word).
     * Without {@code core}, {@code fired[0]} is set when one of those rules keeps {@code e}.
     */
    private static boolean shouldDrop(Element e, ElementStats.Counts c, int total, ElementStats stats, boolean core,
            boolean[] fired) {
        String tag = e.normalName();
        if (c.chars > total / 2 && c.paragraphs >= 3 && WRAPPERS_WHEN_MOST.contains(tag)
                && !(modal(e) && total - c.chars >= MODAL_REST)) {
            // the box that holds most of the page's text and a run of paragraphs is the page: an
            // unclosed <aside> that swallowed the rest, or content sent hidden for a script to reveal
            return false;
        }
        if (DROP_TAGS.contains(tag)) {
            // A figure that wraps real paragraphs is a layout box, not an illustration; one that wraps
            // a table (a block editor's "wp-block-table") is the table, text of the article.
            // A figure holding a block quote is a quotation set off with its attribution (HTML's own markup
            // for a quote and who said it), words of the article.
            if (!"figure".equals(tag)) {
                return true;
            }
            if (c.chars > 400 && e.getElementsByTag("p").size() > 2
                    || c.chars >= MIN_TABLE_CHARS && e.selectFirst(Queries.TABLE) != null) {
                return false;
            }
            if (!core && c.chars >= MIN_QUOTE_CHARS && quotation(e)) {
                fired[0] = true;
                return false;
            }
            return true;
        }
        if ("header".equals(tag) && c.chars < 600) {
            return true;
        }
        if (collapsedPanel(e, c, core)) {
            // a closed accordion section, labelled by the heading that opens it, is text readers open
            return false;
        }
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && c.chars < 300) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) {
                return true;
            }
        }
        String role = e.attr("role");
        if (("navigation".equals(role) || "complementary".equals(role) || "contentinfo".equals(role)
                || "dialog".equals(role) || "banner".equals(role)) && c.chars < total / 3) {
            return true;
        }
        if ("body".equals(tag) || "article".equals(tag) || "main".equals(tag)) {
            return false;
        }
        if (e.className().isEmpty() && e.id().isEmpty()) {
            return false;
        }
        // the class and id words are read once here and asked every question below (with core, all of them;
        // without, the role words: see ClassSignals)
        String[] words = core ? ClassSignals.allWords(e) : ClassSignals.roleWords(e);
        if (ClassSignals.signal(words) < 0) {
            if (c.linkDensity() > 0.5 || ClassSignals.neverContent(words) && c.chars < total * 0.6) {
                return true;
            }
            boolean strong = ClassSignals.strongChrome(words);
            // A weak chrome word ("widget", "teaser") on a box of plain paragraphs is a page builder's
            // block of the text, not chrome.
            if (c.paragraphs >= 1 && c.paraChars >= 0.6 * c.chars && c.linkDensity() < 0.2 && !strong) {
                return false;
            }
            // A closed pane of an accordion is text readers open, like the labelled panels above.
            if (!core && c.linkDensity() < 0.3 && ClassSignals.closedAccordionPane(words)) {
                fired[0] = true;
                return false;
            }
            // A weak chrome word on a heading, or on a box holding only a heading, is a page builder's
            // heading block ("elementor-widget-heading", "slide-headline"): a heading of the text.
            if (!core && c.linkDensity() < 0.2 && !strong && onlyHeading(e, c, stats)) {
                fired[0] = true;
                return false;
            }
            // A weak chrome word on the inner box of one whose class names content (a page builder's
            // "widget-container" inside its "text-editor" or "post-content" widget) is that content.
            Element parent = e.parent();
            if (c.linkDensity() < 0.2 && !strong && parent != null && parent.childrenSize() == 1
                    && (core ? ClassSignals.coreOf(parent) : ClassSignals.of(parent)) > 0) {
                return false;
            }
            // Never remove the box that holds most of the page's text or a run of paragraphs
            // ("page-content with-sidebar" is a layout wrapper, not a sidebar).
            return c.chars < total * 0.3 && c.paragraphs < 3;
        }
        return false;
    }
}
