package dev.precis.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes the small boxes built around a form: a newsletter sign-up ("Join our newsletter … Email …
 * Subscribe"), a "start your free trial" box with an e-mail field, a price calculator asking for a ZIP
 * code, a "was this page helpful?" feedback form. Page builders place such boxes inside the article's own
 * box, unnamed, where class words cannot tell them from the text; what gives them away is the form: a
 * field to type into (a text area, an input of type text, email, search, tel or url) with little text
 * around it; a form of buttons alone ("Install", "Add to cart", hidden fields and a button) asks nothing
 * and selects nothing. From each such control the box climbs to its largest ancestor that still holds at most
 * {@link #MAX_BOX_CHARS} characters, so at most that much text goes with any one form, and an article that
 * merely wraps a form in its box keeps its paragraphs. Check boxes and radio buttons (a checklist, a poll
 * in a list) are no typing field and select nothing. Runs on the raw body before cleaning (the cleaner
 * drops the fields themselves); one look-up of the controls and a walk up from each: O(nodes × depth).
 * Stateless and thread-safe.
 */
final class FormBoxes {

    /** A box around a form with more visible characters than this holds text of the page, not just a form's blurb. */
    static final int MAX_BOX_CHARS = 400;

    /** Input types a reader types words into (an input without a type is a text field too). */
    private static final Set<String> TYPING = Set.of("", "text", "email", "search", "tel", "url");

    /** Boxes that are the article itself, never a form's box. */
    private static final Set<String> ARTICLE_BOXES = Set.of("article", "main", "h1");

    private FormBoxes() {
    }

    static void remove(Element body) {
        List<Element> controls = new ArrayList<>();
        for (Element e : ElementWalk.named(body, "input", "textarea")) {
            if ("textarea".equals(e.normalName()) || TYPING.contains(e.attr("type").strip().toLowerCase(Locale.ROOT))) {
                controls.add(e);
            }
        }
        if (controls.isEmpty()) {
            return;
        }
        // never more than half of a short page's text (a field inside its headline): counted only up to twice the
        // box limit, as every count here, so a page with a search field costs a bounded walk, not a full one
        int limit = Math.min(MAX_BOX_CHARS, visibleChars(body, 2 * MAX_BOX_CHARS) / 2);
        Map<Element, Boolean> doomed = new IdentityHashMap<>();
        List<Element> order = new ArrayList<>();
        for (Element control : controls) {
            Element box = null;
            // never the article's own box
            for (Element e = control; e != null && e != body && !ARTICLE_BOXES.contains(e.normalName())
                    && visibleChars(e, limit) <= limit; e = e.parent()) {
                box = e;
            }
            if (box == control) {
                continue; // a field with no text around it says nothing about its neighbours
            }
            if (box != null && doomed.put(box, Boolean.TRUE) == null) {
                order.add(box);
            }
        }
        for (Element box : order) {
            if (box.parent() != null && !inside(box, doomed)) {
                box.remove();
            }
        }
    }

    /**
     * The visible characters of {@code e}'s text (whitespace and no-break spaces not counted, as
     * {@link ElementStats} counts them), counted until they pass {@code cap}: any value above {@code cap} means
     * "more than {@code cap}".
     */
    static int visibleChars(Element e, int cap) {
        int[] count = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t && t.parentNode() instanceof Element) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        char ch = s.charAt(i);
                        if (!Whitespace.is(ch) && ch != '\u00a0') {
                            count[0]++;
                        }
                    }
                }
                return count[0] > cap ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        return count[0];
    }

    /** True when an ancestor of {@code e} is removed too (it goes with that ancestor). */
    private static boolean inside(Element e, Map<Element, Boolean> doomed) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (doomed.containsKey(p)) {
                return true;
            }
        }
        return false;
    }
}
