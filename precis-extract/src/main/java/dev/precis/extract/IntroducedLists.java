package dev.precis.extract;

import org.jsoup.nodes.Element;

/**
 * Tells a list the article's own text introduces: a list of links right after a sentence of the body
 * that ends in a colon ("Many patches were sent for review:", "These are the tools we tested:"). Such a
 * list is part of what the writer says, however many of its words are links, while a list of links
 * without such a lead-in (related articles, "more in this section") is chrome. A lead-in of one or two
 * words ("Related:", "Read more:", "See also:") is a chrome label, not a sentence, and introduces
 * nothing. Stateless and thread-safe.
 */
final class IntroducedLists {

    /** A lead-in sentence has at least this many words. */
    private static final int MIN_LEAD_WORDS = 3;
    /** A lead-in longer than this is a paragraph that happens to end in a colon; still a sentence. */
    private static final int MAX_LEAD_CHARS = 600;

    private IntroducedLists() {
    }

    /** True when {@code list} (a {@code ul} or {@code ol}) follows a body sentence ending in a colon. */
    static boolean introduced(Element list, ElementStats stats) {
        String tag = list.normalName();
        if (!"ul".equals(tag) && !"ol".equals(tag)) {
            return false;
        }
        Element lead = list.previousElementSibling();
        // a list in a wrapper of its own (a converter's "ulist" box): the wrapper's lead-in
        Element box = list;
        for (int up = 0; lead == null && up < 2; up++) {
            Element parent = box.parent();
            if (parent == null || parent.childrenSize() != 1 || "body".equals(parent.normalName())) {
                break;
            }
            box = parent;
            lead = box.previousElementSibling();
        }
        if (lead == null || ParagraphCollector.LIST_TAGS.contains(lead.normalName())) {
            return false;
        }
        ElementStats.Counts c = stats.get(lead);
        if (c.chars == 0 || c.chars > MAX_LEAD_CHARS || c.linkDensity() >= 0.5) {
            return false;
        }
        String text = lead.text().strip();
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return (last == ':' || last == '\uff1a') && words(text) >= MIN_LEAD_WORDS;
    }

    /** True when {@code box} is a wrapper of one introduced list (its only child, or its only child's). */
    static boolean wrapsIntroduced(Element box, ElementStats stats) {
        Element inner = box;
        for (int down = 0; down < 2 && inner.childrenSize() == 1; down++) {
            inner = inner.child(0);
            if (ParagraphCollector.LIST_TAGS.contains(inner.normalName())) {
                return introduced(inner, stats);
            }
        }
        return false;
    }

    /**
     * True when {@code box} has more than {@code maxLinkDensity} of its text in links only because of the lists
     * its own text introduces: without those lists its link share is at most {@code maxLinkDensity}. Such a box
     * is a section of the article (its heading, the sentence ending in a colon, the list of links it announces),
     * not a box of links. A table of contents (a list whose links mostly lead to places on the same page) is no
     * text, even after a lead-in ("In this post:"), and is not discounted.
     */
    static boolean carriesIntroduced(Element box, ElementStats stats, double maxLinkDensity) {
        ElementStats.Counts c = stats.get(box);
        int listLinks = 0;
        int listChars = 0;
        for (Element list : box.select(LISTS)) {
            if (outermostIntroduced(list, box, stats)) {
                ElementStats.Counts lc = stats.get(list);
                listLinks += lc.linkChars;
                listChars += lc.chars;
            }
        }
        int rest = c.chars - listChars;
        return listLinks > 0 && rest > 0 && c.linkChars - listLinks <= maxLinkDensity * rest;
    }

    private static final String LISTS = "ul, ol";

    private static boolean outermostIntroduced(Element list, Element box, ElementStats stats) {
        for (Element a = list.parent(); a != null && a != box; a = a.parent()) {
            if (ParagraphCollector.LIST_TAGS.contains(a.normalName())) {
                return false;
            }
        }
        return introduced(list, stats) && !contents(list);
    }

    /** True when most of the list's links lead to a place on the page itself ("#costs", or the page's address and a fragment). */
    private static boolean contents(Element list) {
        int links = 0;
        int inPage = 0;
        for (Element a : list.getElementsByTag("a")) {
            String href = a.attr("href");
            if (href.isEmpty()) {
                continue;
            }
            links++;
            int hash = href.indexOf('#');
            if (hash == 0 || hash > 0 && samePage(a.absUrl("href"), a.baseUri())) {
                inPage++;
            }
        }
        return links > 0 && inPage * 2 >= links;
    }

    private static boolean samePage(String url, String page) {
        String u = withoutFragment(url);
        return !u.isEmpty() && u.equals(withoutFragment(page));
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash >= 0 ? url.substring(0, hash) : url;
    }

    /**
     * True when {@code list} sits in a list item whose own words (the item without the list) are mostly not
     * links: the list's links are the item's sub-points ("Flagship hotel: …" and, under it, where the writer
     * reviewed it), part of the list the text carries, not a menu's flyout of links under a linked label.
     */
    static boolean subPoints(Element list, ElementStats stats, double maxLinkDensity) {
        Element item = list.parent();
        if (item == null || !"li".equals(item.normalName())) {
            return false;
        }
        ElementStats.Counts ic = stats.get(item);
        ElementStats.Counts lc = stats.get(list);
        int own = ic.chars - lc.chars;
        return own > 0 && ic.linkChars - lc.linkChars <= maxLinkDensity * own;
    }

    private static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }
}
