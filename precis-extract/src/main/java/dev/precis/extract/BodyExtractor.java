package dev.precis.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The body paragraphs of a parsed page: cleans the DOM, locates the content boxes by density scoring,
 * collects paragraphs and drops those that read as chrome. Mutates the document it is given. Stateless
 * and thread-safe.
 */
final class BodyExtractor {

    private BodyExtractor() {
    }

    /** The body's paragraphs, possibly empty. {@code title} helps drop a repeated headline. */
    static List<String> paragraphs(Document doc, String title) {
        return extract(doc, title).paragraphs();
    }

    /**
     * The body's paragraphs, and its core: the paragraphs the body would have without the elements that body
     * rules keep or add beyond the core rules (see {@link Added}). The page's type is decided from the core, so
     * that a rule that keeps more text on a page (an accordion's closed pane, questions and answers after the
     * body) cannot make a page that is no article look like one. {@code core} is {@code paragraphs} itself
     * (the same list) when no such element took part.
     */
    record Body(List<String> paragraphs, List<String> core) {
    }

    /** The body and its core (see {@link Body}); mutates {@code doc}. */
    static Body extract(Document doc, String title) {
        Element body = doc.body();
        if (body == null) {
            return new Body(List.of(), List.of());
        }
        TeaserCards.remove(body);
        FormBoxes.remove(body);
        Added added = new Added();
        PageCleaner.clean(body, added);
        ElementStats stats = ElementStats.of(body);
        Run strict = run(body, stats, title, 0.5, added);
        Run relaxed = null;
        List<String> text = strict.all;
        if (length(strict.all) < SHORT_BODY) {
            // Too little text: the article may be a list of linked items ("10 things you need to know").
            relaxed = run(body, stats, title, 0.8, added);
            text = length(relaxed.all) > length(strict.all) ? relaxed.all : strict.all;
        }
        if (strict.core == strict.all && (relaxed == null || relaxed.core == relaxed.all)) {
            return new Body(text, text);
        }
        // the same choice between the strict and the relaxed reading, made over the core alone
        List<String> core = strict.core;
        if (length(strict.core) < SHORT_BODY) {
            if (relaxed == null) {
                relaxed = run(body, stats, title, 0.8, added);
            }
            core = length(relaxed.core) > length(strict.core) ? relaxed.core : strict.core;
        }
        return new Body(text, core);
    }

    private static final int SHORT_BODY = 400;
    /** Paragraphs at least this long are kept only at their first occurrence. */
    private static final int REPEAT_MIN_CHARS = 100;

    /** One reading of the body at a link-density bound: all its paragraphs, and those of its core ({@code all} when the same). */
    private record Run(List<String> all, List<String> core) {
    }

    private static Run run(Element body, ElementStats stats, String title, double maxLinkDensity, Added added) {
        ContentLocator locator = new ContentLocator(stats, maxLinkDensity);
        List<Element> boxes = locator.locate(body);
        if (boxes.isEmpty()) {
            List<String> none = List.of();
            return new Run(none, none);
        }
        Added marks = added.with(locator.added());
        List<ParagraphCollector.Block> blocks = new ParagraphCollector(stats, maxLinkDensity).collect(boxes, marks);
        List<String> all = filter(blocks, title, maxLinkDensity);
        boolean any = false;
        for (ParagraphCollector.Block b : blocks) {
            any |= b.added();
        }
        if (!any) {
            return new Run(all, all);
        }
        List<ParagraphCollector.Block> core = new ArrayList<>(blocks.size());
        for (ParagraphCollector.Block b : blocks) {
            if (!b.added()) {
                core.add(b);
            }
        }
        return new Run(all, filter(core, title, maxLinkDensity));
    }

    private static int length(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }

    private static List<String> filter(List<ParagraphCollector.Block> blocks, String title, double maxLinkDensity) {
        List<ParagraphCollector.Block> kept = new ArrayList<>();
        String normTitle = normalize(title);
        java.util.Set<String> seen = new java.util.HashSet<>();
        boolean repeating = false;
        boolean copied = false;
        int shortRepeats = 0;
        for (int i = 0; i < blocks.size(); i++) {
            ParagraphCollector.Block b = blocks.get(i);
            String text = b.text();
            // a page that sends its article twice or more (a copy per screen size, one of them hidden
            // by the style sheet): once the text starts over with one of its opening paragraphs, each
            // repeated paragraph of some length is dropped, and shorter repeats inside such a run; a
            // plan that lists the same meals day after day repeats from its middle and is kept whole
            boolean repeat = !seen.add(text);
            if (repeat && !copied && text.length() >= REPEAT_MIN_CHARS && opening(kept).contains(text)) {
                copied = true;
                // the copy's short lines just before (its first heading) go with it
                for (; shortRepeats > 0; shortRepeats--) {
                    kept.remove(kept.size() - 1);
                }
            }
            if (repeat && copied && (text.length() >= REPEAT_MIN_CHARS || repeating)) {
                repeating = true;
                continue;
            }
            repeating = false;
            if (!kept.isEmpty() && BoilerplatePhrases.isEndOfArticle(text)) {
                break;
            }
            // a table's cells are its data: a number or a date in a cell is no dateline
            if (BoilerplatePhrases.isChrome(text) || !isCell(b) && BoilerplatePhrases.isDateLine(text)) {
                continue;
            }
            if (b.linkDensity() > maxLinkDensity && text.length() < 300 && !b.introduced()
                    && !(isHeading(b) && RANKED.matcher(text).lookingAt() && proseFollows(blocks, i))) {
                continue;
            }
            // the headline opening the text is no paragraph of it, also an h1 shown in capitals and worded
            // otherwise than the title taken from the meta titles (see TitleChooser)
            if (kept.isEmpty() && !normTitle.isEmpty() && (normalize(text).equals(normTitle)
                    || "h1".equals(b.tag()) && TitleChooser.shouted(text) && TitleChooser.overlaps(text, title))) {
                continue;
            }
            kept.add(b);
            shortRepeats = repeat ? shortRepeats + 1 : 0;
        }
        // headings with nothing after them announce the next (removed) section: "Related stories"
        while (!kept.isEmpty() && isHeading(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        List<String> out = new ArrayList<>(kept.size());
        for (ParagraphCollector.Block b : kept) {
            out.add(b.text());
        }
        return out;
    }

    /** A heading that ranks what it names: "3. The lake hotel", "#2 Mill Court", "10) A last pick" (a bare "5 ways to …" is a headline). */
    private static final java.util.regex.Pattern RANKED = java.util.regex.Pattern.compile("(?:#\\d{1,3}|\\d{1,3}[.):])\\s*\\S");

    /**
     * True when the block after {@code i} is a paragraph of prose (a sentence or more, few links): a ranked
     * heading that is a link ("3. The lake hotel", linked to the hotel) then heads a section of the article;
     * a teaser's linked headline has no rank.
     */
    private static boolean proseFollows(List<ParagraphCollector.Block> blocks, int i) {
        if (i + 1 >= blocks.size()) {
            return false;
        }
        ParagraphCollector.Block next = blocks.get(i + 1);
        return !isHeading(next) && next.text().length() >= 80 && next.linkDensity() < 0.25;
    }

    private static List<String> opening(List<ParagraphCollector.Block> kept) {
        List<String> out = new ArrayList<>(3);
        for (int i = 0; i < kept.size() && out.size() < 3; i++) {
            if (kept.get(i).text().length() >= REPEAT_MIN_CHARS) {
                out.add(kept.get(i).text());
            }
        }
        return out;
    }

    private static boolean isCell(ParagraphCollector.Block b) {
        return "td".equals(b.tag()) || "th".equals(b.tag());
    }

    private static boolean isHeading(ParagraphCollector.Block b) {
        return b.tag().length() == 2 && b.tag().charAt(0) == 'h' && Character.isDigit(b.tag().charAt(1));
    }

    private static String normalize(String s) {
        return s == null ? "" : s.replaceAll("\\W+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }
}
