package dev.precis.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Removes a grid of teaser cards, the "more stories" cards a page shows after its article: three or more
 * sibling boxes of one kind (same tag and class) that mostly each hold a heading linking to another page,
 * a date and a short excerpt (under {@link #MAX_CARD_CHARS} characters); rows of such cards of one kind
 * under one box are one grid. Such a grid often sits inside the box that also holds the article, so the
 * located content would take it in. A grid is removed only after an article: more paragraph text before
 * it than all its excerpts hold, and at least {@link #MIN_REST} characters — a listing that is the grid
 * (a short introduction, then rows of cards) keeps it. A list of products or steps (no dates) and an
 * article's own dated sections (long) are no cards. Runs on the raw body before cleaning, as cards'
 * dates may stand in their {@code <header>}; the work is a walk up from each linked h2–h6 and, for a grid
 * found, one walk over the page's elements. Stateless and thread-safe.
 */
final class TeaserCards {

    /** A card longer than this is a section of its own, not a teaser. */
    static final int MAX_CARD_CHARS = 800;
    /** Fewest cards of one kind in a row that make a grid. */
    static final int MIN_RUN = 3;
    /** Fewest cards of a run that must show a date. */
    static final int MIN_DATED = 2;
    /** Fewest characters of paragraphs before a run of cards (the article the cards follow); at least the run's own too. */
    static final int MIN_REST = 1_500;
    /** How many levels above its heading a card's box may stand. */
    private static final int MAX_CLIMB = 5;

    private TeaserCards() {
    }

    /** Runs of cards in rows of one grid: the rows' boxes are of one kind under one box. */
    private static final class Grid {
        final List<Element> cards = new ArrayList<>();
        Element first;
        int prose;
    }

    static void remove(Element body) {
        Map<Element, Boolean> seenParents = new IdentityHashMap<>();
        Map<Element, Map<String, Grid>> grids = new IdentityHashMap<>();
        List<Grid> found = new ArrayList<>();
        for (Element heading : ElementWalk.named(body, "h2", "h3", "h4", "h5", "h6")) {
            if (!linked(heading)) {
                continue;
            }
            Element e = heading;
            for (int up = 0; up < MAX_CLIMB && e.parent() != null && e.parent() != body; up++) {
                e = e.parent();
                Element parent = e.parent();
                if (parent == null || seenParents.containsKey(parent)) {
                    break;
                }
                List<Element> run = sameKind(parent, e);
                if (run.size() < MIN_RUN) {
                    continue;
                }
                seenParents.put(parent, Boolean.TRUE);
                int cards = 0;
                int runProse = 0;
                for (Element s : run) {
                    int n = s.text().length();
                    runProse += proseChars(s);
                    if (n <= MAX_CARD_CHARS && hasLinkedHeading(s) && dated(s)) {
                        cards++;
                    }
                }
                // most of the run must be cards (a sponsored card may lack its date)
                if (cards >= MIN_DATED && cards * 3 >= run.size() * 2) {
                    // a grid shown in rows of three is one grid: rows of one kind under one box
                    Element holder = parent.parent() == null ? parent : parent.parent();
                    Grid g = grids.computeIfAbsent(holder, k -> new java.util.HashMap<>())
                            .computeIfAbsent(parent.normalName() + "." + parent.className(), k -> new Grid());
                    if (g.first == null) {
                        g.first = run.get(0);
                        found.add(g);
                    }
                    g.cards.addAll(run);
                    g.prose += runProse;
                }
                break;
            }
        }
        for (Grid g : found) {
            // the grid must come after an article: more paragraph text before it than all its excerpts hold
            if (proseBefore(body, g.first) >= Math.max(MIN_REST, g.prose)) {
                for (Element d : g.cards) {
                    d.remove();
                }
            }
        }
    }

    /**
     * Characters of the paragraphs that come before {@code first} in document order; one walk over the
     * page's elements, only for a run that is otherwise a grid of cards.
     */
    private static int proseBefore(Element body, Element first) {
        int n = 0;
        for (Element x : ElementWalk.all(body)) {
            if (x == first) {
                break;
            }
            if ("p".equals(x.normalName())) {
                n += x.text().length();
            }
        }
        return n;
    }

    private static int proseChars(Element e) {
        int n = 0;
        for (Element p : e.getElementsByTag("p")) {
            n += p.text().length();
        }
        return n;
    }

    /** The children of {@code parent} of {@code e}'s kind: the same tag and the same class attribute. */
    private static List<Element> sameKind(Element parent, Element e) {
        List<Element> out = new ArrayList<>();
        String tag = e.normalName();
        String cls = e.className();
        if (cls.isEmpty() && !"article".equals(tag) && !"li".equals(tag)) {
            return out;
        }
        for (Element c : parent.children()) {
            if (c.normalName().equals(tag) && c.className().equals(cls)) {
                out.add(c);
            }
        }
        return out;
    }

    /** A heading that links elsewhere: a link inside it, or it inside a link. */
    private static boolean linked(Element heading) {
        for (Element a : heading.getElementsByTag("a")) {
            if (elsewhere(a)) {
                return true;
            }
        }
        for (Element p = heading.parent(); p != null && !"body".equals(p.normalName()); p = p.parent()) {
            if ("a".equals(p.normalName())) {
                return elsewhere(p);
            }
        }
        return false;
    }

    private static boolean elsewhere(Element a) {
        String href = a.attr("href").strip();
        return !href.isEmpty() && !href.startsWith("#") && !href.startsWith("javascript:");
    }

    private static boolean hasLinkedHeading(Element card) {
        for (Element h : card.select(Queries.SUBHEADINGS)) {
            if (linked(h)) {
                return true;
            }
        }
        return false;
    }

    /** A {@code <time>}, or a short element whose own text is a date ("Dec 19, 2025"). */
    private static boolean dated(Element card) {
        if (!card.getElementsByTag("time").isEmpty()) {
            return true;
        }
        for (Element x : card.getAllElements()) {
            String own = x.ownText().strip();
            if (!own.isEmpty() && BoilerplatePhrases.isDateLine(own)) {
                return true;
            }
        }
        return false;
    }
}
