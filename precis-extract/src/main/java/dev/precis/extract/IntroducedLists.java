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
