package dev.precis.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element(s) holding the article body by scoring. Every text block (a paragraph-like
 * element, or a box with enough text of its own) earns points for its length and commas; the points
 * flow to its parent in full, its grandparent in half and further ancestors in smaller shares, so the
 * box where paragraphs cluster scores highest. Class/id words, the tag and link density then adjust
 * each candidate. Siblings of the winner that score close to it, or that are plain paragraphs, are
 * kept too (articles split by ads into several boxes). Not thread-safe; one instance per page.
 */
final class ContentLocator {

    private static final Set<String> TEXT_BLOCKS = Set.of("p", "pre", "blockquote", "li", "td", "dd", "h2", "h3", "h4");
    private static final Set<String> BOXES = Set.of("div", "section", "article", "main", "span", "font", "center", "td");
    private static final int MIN_BLOCK_CHARS = 20;
    private static final int ANCESTOR_LEVELS = 5;
    /** Questions and answers after the body are looked for beside it and beside this many ancestors less one. */
    private static final int FAQ_LEVELS = 3;

    private final ElementStats stats;
    private final double maxBlockLinkDensity;
    private final Map<Element, double[]> scores = new IdentityHashMap<>();
    /**
     * The scored boxes in the order they were first scored, which the document's order fixes: the best is
     * looked for in this order, so of two boxes scoring the same the first wins on every run. (The
     * identity map's own order follows memory addresses: a tie went to a different box when unrelated
     * code changed.)
     */
    private final List<Element> scored = new ArrayList<>();

    /** Boxes that rules beyond the core add beside the body (an opening above it, questions and answers after it). */
    private final List<Element> added = new ArrayList<>();

    /** {@code maxBlockLinkDensity}: text blocks with a higher share of link text earn no points. */
    ContentLocator(ElementStats stats, double maxBlockLinkDensity) {
        this.stats = stats;
        this.maxBlockLinkDensity = maxBlockLinkDensity;
    }

    /** The boxes holding the body in document order, or an empty list when no text block is found. */
    List<Element> locate(Element body) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element e) {
                    scoreBlock(e);
                }
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
            }
        }, body);
        Element best = null;
        double bestScore = 0;
        for (Element e : scored) {
            double[] v = scores.get(e);
            double s = finalScore(e, v[0]);
            v[1] = s;
            if (s > bestScore) {
                bestScore = s;
                best = e;
            }
        }
        if (best == null) {
            return List.of();
        }
        best = climb(best, bestScore);
        return withSiblings(best, finalScoreOf(best));
    }

    /** The boxes among {@link #locate}'s that rules beyond the core added (their text is no part of the body's core). */
    List<Element> added() {
        return added;
    }

    private void scoreBlock(Element e) {
        String tag = e.normalName();
        ElementStats.Counts c = stats.get(e);
        int chars;
        int commas;
        if (TEXT_BLOCKS.contains(tag)) {
            chars = c.chars;
            commas = c.commas;
        } else if (BOXES.contains(tag) && c.ownChars >= MIN_BLOCK_CHARS) {
            chars = c.ownChars;
            commas = c.ownCommas;
        } else {
            return;
        }
        if (chars < MIN_BLOCK_CHARS || c.linkDensity() > maxBlockLinkDensity) {
            return;
        }
        double points = 1 + commas + Math.min(chars / 100.0, 3);
        if (!TEXT_BLOCKS.contains(tag)) {
            // a box with loose text also counts for itself
            add(e, points);
        }
        Element a = e.parent();
        for (int level = 1; a != null && level <= ANCESTOR_LEVELS; level++, a = a.parent()) {
            if ("body".equals(a.normalName()) || "html".equals(a.normalName())) {
                break;
            }
            double share = level == 1 ? 1 : level == 2 ? 0.5 : 1.0 / (level * 3);
            add(a, points * share);
        }
    }

    private void add(Element e, double points) {
        double[] v = scores.get(e);
        if (v == null) {
            v = new double[2];
            scores.put(e, v);
            scored.add(e);
        }
        v[0] += points;
    }

    private double finalScore(Element e, double raw) {
        double s = raw + initial(e);
        return s * (1 - stats.get(e).linkDensity());
    }

    private double finalScoreOf(Element e) {
        double[] v = scores.get(e);
        return v == null ? 0 : v[1];
    }

    private static double initial(Element e) {
        double s = switch (e.normalName()) {
            case "article" -> 10;
            case "main" -> 5;
            case "div", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            default -> 0;
        };
        if ("articleBody".equals(e.attr("itemprop"))) {
            s += 30;
        }
        int signal = ClassSignals.of(e);
        s += signal * 25;
        return s;
    }

    /**
     * Moves up while the parent scores nearly as well: the paragraphs' direct parent often is one of
     * several boxes of the same article split by ads or pull quotes.
     */
    private Element climb(Element best, double bestScore) {
        Element current = best;
        while (true) {
            Element next = null;
            Element parent = current.parent();
            if (parent != null && !"body".equals(parent.normalName())
                    && finalScoreOf(parent) >= bestScore * 0.75 && stats.get(parent).linkDensity() <= 0.35) {
                next = parent;
            }
            // paragraphs wrapped one per box ("cards") leave each box a small score; an ancestor a
            // few levels up that gathers more paragraph text than the winner (a quarter more), a third
            // of its text in paragraphs, is the body (articles built of many headed sections)
            Element a = parent;
            ElementStats.Counts cc = stats.get(current);
            for (int level = 0; next == null && a != null && level < 7 && !"body".equals(a.normalName()); level++, a = a.parent()) {
                ElementStats.Counts ac = stats.get(a);
                // (a list of links inside the article's box, "more in this series", may push its link
                // share past a third: it still is the body when prose is most of its text besides links)
                if (ac.proseChars >= 1.25 * Math.max(cc.proseChars, 1) && ac.proseChars * 3 >= ac.chars
                        && (ac.linkDensity() <= 0.35
                                || ac.linkDensity() <= 0.5 && ac.proseChars * 4 >= 3 * (ac.chars - ac.linkChars))) {
                    next = a;
                }
            }
            if (next == null) {
                return current;
            }
            current = next;
        }
    }

    private List<Element> withSiblings(Element best, double bestScore) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        double threshold = Math.max(10, bestScore * 0.2);
        List<Element> kept = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                kept.add(sibling);
                continue;
            }
            ElementStats.Counts c = stats.get(sibling);
            double s = finalScoreOf(sibling);
            if (s >= threshold && ClassSignals.of(sibling) >= 0) {
                kept.add(sibling);
            } else if ("p".equals(sibling.normalName()) && c.linkDensity() < 0.25 && c.chars >= 80) {
                kept.add(sibling);
            }
        }
        List<Element> opening = splitOpening(parent, threshold);
        if (!opening.isEmpty()) {
            added.addAll(opening);
            opening.addAll(kept);
            kept = opening;
        }
        questionsAfter(best, kept);
        return kept;
    }

    /**
     * Adds to {@code kept} the boxes of questions and answers (see {@link FaqSections}) that follow the body
     * beside it or beside one of its two nearest ancestors, in document order.
     */
    private void questionsAfter(Element best, List<Element> kept) {
        Element current = best;
        for (int level = 0; level < FAQ_LEVELS && current.parent() != null
                && !"body".equals(current.parent().normalName()); level++, current = current.parent()) {
            List<Element> found = new ArrayList<>();
            for (Element after = current.nextElementSibling(); after != null; after = after.nextElementSibling()) {
                if (!kept.contains(after) && FaqSections.faq(after, stats)) {
                    found.add(after);
                    added.add(after);
                }
            }
            if (level == 0) {
                // beside the body: after the last kept sibling that precedes each, to keep document order
                for (Element f : found) {
                    int at = kept.size();
                    while (at > 0 && kept.get(at - 1).elementSiblingIndex() > f.elementSiblingIndex()
                            && kept.get(at - 1).parent() == f.parent()) {
                        at--;
                    }
                    kept.add(at, f);
                }
            } else {
                kept.addAll(found);
            }
        }
    }

    /**
     * The article's opening paragraphs set in a box of their own before the body's box, one level further
     * up (a page builder's "intro" section above the picture that opens the body): a box before
     * {@code parent} that scores like a sibling of the body, is mostly paragraphs and has few links and
     * no chrome name. Boxes after the body are not taken: there a box of prose is a call to support the
     * site or a teaser as often as text.
     */
    private List<Element> splitOpening(Element parent, double threshold) {
        List<Element> opening = new ArrayList<>();
        Element up = parent.parent();
        if (up == null || "body".equals(parent.normalName()) || "body".equals(up.normalName())) {
            return opening;
        }
        for (Element before : up.children()) {
            if (before == parent) {
                break;
            }
            ElementStats.Counts c = stats.get(before);
            if (finalScoreOf(before) >= threshold && ClassSignals.of(before) >= 0 && c.linkDensity() < 0.25
                    && c.proseChars >= 0.7 * c.chars) {
                opening.add(before);
            }
        }
        return opening;
    }
}
