package dev.precis.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The standfirst (dek): the paragraph of prose an editor sets between the headline and the body, in the
 * article's {@code header} or in a hero box above the text. {@link PageCleaner} drops a short {@code header}
 * and the content locator chooses the box below, so without this the article loses its opening.
 *
 * <p>Found before cleaning: the first block after the headline {@code h1} (within a short run of elements)
 * that reads as a sentence (eight or more words, a capital start, a closing stop, few links) and is no
 * byline, date line, caption, share line or breadcrumb (no chrome tag or strong chrome name between it and
 * the headline's box). Used after the content boxes are chosen, only when it lies before the first box or
 * inside a box but removed by cleaning, and when the body does not already hold it. Not thread-safe; one
 * instance per page.
 */
final class Standfirst {

    /** Elements after the headline searched for the standfirst. */
    private static final int WINDOW = 40;
    private static final int MIN_WORDS = 8;
    private static final int MIN_CHARS = 50;
    private static final int MAX_CHARS = 600;

    private static final Set<String> BLOCKS = Set.of("p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5",
            "h6", "section", "article", "header", "footer", "aside", "nav", "figure", "blockquote", "form", "dl", "pre");
    private static final Set<String> CANDIDATE_TAGS = Set.of("p", "div", "h2", "span");
    private static final Set<String> NEVER_INSIDE = Set.of("figure", "figcaption", "nav", "aside", "footer", "form",
            "button", "label", "li", "blockquote", "table", "noscript", "template", "dialog", "address", "time", "a",
            "script", "style", "select", "menu", "details", "summary");

    /** A sentence's close: a stop, maybe inside quotes or brackets. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…][\"'”’»)\\]]*$", Pattern.DOTALL);
    /** A byline or credit ("By Ann Lee and Tom Ray", "Photo: …"). */
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^(by|von|par|por|di|door|av|af|written by|photo|photograph|image|credit|source)\\b[:\\s].*");

    private final Map<Element, Integer> order = new IdentityHashMap<>();
    private Element candidate;
    private List<Element> candidateAncestors = List.of();
    private String text;

    private Standfirst() {
    }

    /** Looks for the standfirst on the uncleaned {@code body}; call before {@link PageCleaner#clean}. */
    static Standfirst find(Element body, String title, String description) {
        Standfirst s = new Standfirst();
        List<Element> all = body.getAllElements();
        for (int i = 0; i < all.size(); i++) {
            s.order.put(all.get(i), i);
        }
        Element h1 = headline(body, title);
        if (h1 == null) {
            return s;
        }
        int start = s.order.get(h1);
        int end = Math.min(all.size(), start + 1 + h1.getAllElements().size() + WINDOW);
        List<Element> h1Ancestors = h1.parents();
        for (int i = start + h1.getAllElements().size(); i < end; i++) {
            Element e = all.get(i);
            if (e.normalName().matches("h[13-6]")) {
                return s; // the next headline or a section heading: the body has begun
            }
            if (!CANDIDATE_TAGS.contains(e.normalName()) || !leaf(e)) {
                continue;
            }
            String t = e.text().strip();
            if (!sentence(t) || linkChars(e) > 0.2 * t.length() || !clear(e, h1Ancestors)) {
                continue;
            }
            if (repeats(t, description)) {
                return s; // the page's own summary of itself, set as a dek: no paragraph of the text
            }
            s.candidate = e;
            s.candidateAncestors = e.parents();
            s.text = t;
            return s;
        }
        return s;
    }

    /**
     * The standfirst to open the body with, or null: it must stand before the first content box in the page,
     * or inside a box but be removed by cleaning, and not be in {@code paragraphs} already.
     */
    String opening(List<Element> boxes, Element body, List<String> paragraphs) {
        if (candidate == null || boxes.isEmpty()) {
            return null;
        }
        int first = Integer.MAX_VALUE;
        boolean inBox = false;
        for (Element b : boxes) {
            first = Math.min(first, order.getOrDefault(b, Integer.MAX_VALUE));
            inBox |= candidateAncestors.stream().anyMatch(a -> a == b);
        }
        int at = order.get(candidate);
        boolean removed = !attached(candidate, body);
        if (!(at < first && !inBox || inBox && removed)) {
            return null;
        }
        String norm = normalize(text);
        for (int i = 0; i < paragraphs.size() && i < 5; i++) {
            String p = normalize(paragraphs.get(i));
            if (p.contains(norm) || norm.contains(p) && p.length() > 40) {
                return null;
            }
        }
        return text;
    }

    private static Element headline(Element body, String title) {
        List<Element> h1s = body.getElementsByTag("h1");
        String normTitle = normalize(title);
        for (Element h : h1s) {
            String t = h.text();
            if (!normTitle.isEmpty() && (normalize(t).equals(normTitle) || TitleChooser.overlaps(t, title))) {
                return h;
            }
        }
        return h1s.size() == 1 ? h1s.get(0) : null;
    }

    /** A block with no block inside it. */
    private static boolean leaf(Element e) {
        for (Element c : e.children()) {
            if (BLOCKS.contains(c.normalName())) {
                return false;
            }
        }
        return "p".equals(e.normalName()) || "h2".equals(e.normalName()) || !e.ownText().isBlank();
    }

    /** Prose of sentence shape: a capital (or quote/digit) start, eight words or more, a closing stop. */
    static boolean sentence(String t) {
        if (t.length() < MIN_CHARS || t.length() > MAX_CHARS || !SENTENCE_END.matcher(t).matches()) {
            return false;
        }
        int first = t.codePointAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || "\"'“‘«".indexOf(first) >= 0)) {
            return false;
        }
        if (t.split("\\s+").length < MIN_WORDS || BYLINE.matcher(t).matches()) {
            return false;
        }
        return !BoilerplatePhrases.isChrome(t) && !BoilerplatePhrases.isDateLine(t);
    }

    private static int linkChars(Element e) {
        int n = 0;
        for (Element a : e.getElementsByTag("a")) {
            n += a.text().length();
        }
        return n;
    }

    /** No chrome tag, hidden mark or strong chrome name on the element or its ancestors below the headline's. */
    private static boolean clear(Element e, List<Element> h1Ancestors) {
        for (Element x = e; x != null; x = x.parent()) {
            Element cur = x;
            if (h1Ancestors.stream().anyMatch(a -> a == cur)) {
                return true;
            }
            if (NEVER_INSIDE.contains(x.normalName()) || x.hasAttr("hidden") || "true".equals(x.attr("aria-hidden"))
                    || x.attr("style").toLowerCase(Locale.ROOT).replace(" ", "").contains("display:none")
                    || ClassSignals.strongChrome(x) || ClassSignals.neverContent(x)) {
                return false;
            }
        }
        return false;
    }

    /** Share of a candidate's words the page's description must hold for the candidate to repeat it. */
    private static final double REPEAT_SHARE = 0.6;

    /**
     * True when {@code text} repeats the page's meta description ({@code og:description}, {@code description}):
     * most of its words (or of the description's, when that is the shorter, as descriptions are cut at some 150
     * characters) are the description's.
     */
    static boolean repeats(String text, String description) {
        if (description == null || description.isBlank()) {
            return false;
        }
        Set<String> d = new java.util.HashSet<>(List.of(normalize(description).split(" ")));
        Set<String> t = new java.util.HashSet<>(List.of(normalize(text).split(" ")));
        Set<String> shorter = t.size() <= d.size() ? t : d;
        Set<String> other = shorter == t ? d : t;
        int hit = 0;
        for (String w : shorter) {
            hit += other.contains(w) ? 1 : 0;
        }
        return !shorter.isEmpty() && hit >= REPEAT_SHARE * shorter.size();
    }

    private static boolean attached(Element e, Element body) {
        Element x = e;
        while (x.parent() != null) {
            x = x.parent();
        }
        return x == body || x == body.ownerDocument();
    }

    private static String normalize(String s) {
        return s == null ? "" : s.replaceAll("\\W+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
