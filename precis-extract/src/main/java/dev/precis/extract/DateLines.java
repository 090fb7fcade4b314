package dev.precis.extract;

import java.util.List;

/**
 * What the line around a date shown on a page says about it, read on the page's text as {@link
 * VisibleDates} flattens it (one block a line) with its links' character ranges: a meta line or a
 * dateline, running text, a teaser's or a card's line, a date alone on its line, a label after the date
 * or just above it, an update paired with the date before it. Stateless.
 */
final class DateLines {

    private DateLines() {
    }

    static final int LABEL_WINDOW = 48;

    /** A date alone in a block this short (a meta line: "By Jane Doe · Dec 20, 2025") may date the page. */
    static final int META_LINE = 120;

    /** A date this near the start of a longer block is a dateline ("BERLIN, 12. Juli 2017 – …"). */
    static final int DATELINE = 30;

    /** A credit line this long may still end with the article's date. */
    static final int LONG_META_LINE = 250;

    static final int META_LINE_TAIL = 16;

    /** A block this long is running text. */
    static final int PROSE_LINE = 150;

    /** A block this short just above a date may be its label. */
    static final int SHORT_LABEL_LINE = 40;

    /** A link text of this many words or more is a headline, not an author's or a section's name. */
    private static final int HEADLINE_WORDS = 5;
    /** The fewest words of another page's linked headline above the article's own ({@link #teaserLine}). */
    static final int SHORT_HEADLINE_WORDS = 3;

    /**
     * True when the line holding a date at {@code start..end} is mostly a link of
     * {@link #HEADLINE_WORDS} words or more (another page's headline: a teaser, a "more on this" list);
     * the short links of a meta line ("Von Anna Beispiel", "Lokales") do not count.
     */
    static boolean teaserLine(String s, List<int[]> links, int start, int end) {
        return teaserLine(s, links, start, end, HEADLINE_WORDS);
    }

    /**
     * As {@link #teaserLine(String, List, int, int)} for a link of {@code words} words or more: above the
     * article's headline a shorter one will do ("Neuer Supermarkt eröffnet 02.08.2017" in a list of top
     * stories), as the dates standing there alone are a masthead's or the article's own kicker.
     */
    static boolean teaserLine(String s, List<int[]> links, int start, int end, int words) {
        if (links.isEmpty()) {
            return false;
        }
        int from = s.lastIndexOf('\n', start - 1) + 1;
        int to = s.indexOf('\n', end);
        to = to < 0 ? s.length() : to;
        int rest = (to - from) - (end - start);
        for (int[] l : links) {
            if (l[1] <= from || l[0] >= to || l[0] < end && l[1] > start) {
                continue;
            }
            String t = s.substring(Math.max(from, l[0]), Math.min(to, l[1])).strip();
            if (2 * t.length() >= rest && t.split("\\s+").length >= words) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the date at {@code start..end} stands inside a link that also holds
     * {@link #HEADLINE_WORDS} words or more besides it: a card linking to another page (its date, a
     * headline and an excerpt in one {@code <a>}), whose date is that page's, labelled ("Publish date")
     * or not. A date linked alone (a permalink's "July 12, 2017") is no card.
     */
    static boolean inCard(String s, List<int[]> links, int start, int end) {
        for (int[] l : links) {
            if (l[0] <= start && l[1] >= end) {
                int words = 0;
                boolean in = false;
                for (int i = l[0]; i < l[1] && words < HEADLINE_WORDS; i++) {
                    if (i >= start && i < end) {
                        // (the date itself is no word of the card's)
                        in = false;
                        continue;
                    }
                    boolean letter = Character.isLetter(s.charAt(i));
                    if (letter && !in) {
                        words++;
                    }
                    in = letter;
                }
                return words >= HEADLINE_WORDS;
            }
            if (l[0] > end) {
                return false;
            }
        }
        return false;
    }

    /** What a last-resort date's line may hold besides it ("Stand:", "14:30 Uhr"), in characters. */
    private static final int LATE_REST = 24;

    /**
     * True when a date at {@code start..end} after the text may still date a page dated nowhere else:
     * it stands in a {@code <time>} or a box the markup names a date ({@code <span class="date">}),
     * its line holds little else and no link. A bare date line, a comment's "Hans schrieb am …", a
     * list's "<a>Anderer Artikel</a> 01.03.2024" or a publisher's line are no such date: unmarked, they
     * may be anyone's.
     */
    static boolean lateDate(String s, List<int[]> dateBoxes, List<int[]> links, int start, int end) {
        boolean boxed = false;
        for (int[] b : dateBoxes) {
            if (b[0] <= start && end <= b[1]) {
                boxed = true;
                break;
            }
        }
        if (!boxed) {
            return false;
        }
        int from = s.lastIndexOf('\n', start - 1) + 1;
        int to = s.indexOf('\n', end);
        to = to < 0 ? s.length() : to;
        if ((to - from) - (end - start) > LATE_REST) {
            return false;
        }
        for (int[] l : links) {
            if (l[1] > from && l[0] < to) {
                return false;
            }
        }
        return true;
    }

    /**
     * What may stand beside a date alone on its line: separators, a weekday before it ("Mittwoch, den",
     * "mercredi") and a clock time after it ("14:30 Uhr", "à 14h30", "um 14:30", "at 2:30 pm"), nothing that
     * names anyone or anything ("Le Journal, 12 juillet 2017").
     */
    static final java.util.regex.Pattern CLOCK_ONLY = java.util.regex.Pattern.compile(
            "[\\s\\u00a0,|·•–—/()-]*(?:" + MonthNames.weekdays() + ")?\\.?,?[\\s\\u00a0]*(?:den\\s+|le\\s+)?"
            + "[\\s\\u00a0,|·•–—/()-]*(?:(?:um|à|a|at|alle|om|о)\\s+)?(?:\\d{1,2}[:.h]\\d{2}(?:[:.]\\d{2})?"
            + "\\s*(?:uhr|h|am|pm|a\\.m\\.|p\\.m\\.)?)?[\\s\\u00a0,|·•–—)-]*",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * True when the date at {@code start..end} is alone on its line but for a clock time, and no link
     * touches the line: a date the article shows for itself (its closing line), not a credit, a
     * source's or a teaser's.
     */
    static boolean bareLine(String s, List<int[]> links, int start, int end) {
        int from = s.lastIndexOf('\n', start - 1) + 1;
        int to = s.indexOf('\n', end);
        to = to < 0 ? s.length() : to;
        if (!CLOCK_ONLY.matcher(s.substring(from, start)).matches() || !CLOCK_ONLY.matcher(s.substring(end, to)).matches()) {
            return false;
        }
        for (int[] l : links) {
            if (l[1] > from && l[0] < to) {
                return false;
            }
        }
        // (right after running text: after a short line it is that line's, another person's box or a comment's
        // "Karl Muster" / "12.07.2017")
        return followsRunningText(s, from);
    }

    /**
     * True when the date at {@code start..end} stands in a box the markup names a date or a post's facts
     * ({@code <div class="entry-meta">Kategorie: Lokales | 12. Juli 2017 | 2 Kommentare</div>}) that is a
     * short line of its own right after a paragraph of the text, and no link holds the date but a permalink (the date alone): the
     * post's closing meta line, whose other parts (its category, its comments) may be links. A card's
     * meta line after a linked headline follows no paragraph.
     */
    static boolean closingMeta(String s, List<int[]> metaBoxes, List<int[]> links, int start, int end) {
        int from = s.lastIndexOf('\n', start - 1) + 1;
        int to = s.indexOf('\n', end);
        to = to < 0 ? s.length() : to;
        boolean boxed = false;
        for (int[] b : metaBoxes) {
            boxed |= b[0] <= start && end <= b[1];
        }
        // (one fact among others, set apart by separators: "Lokales | 12. Juli 2017 | 2 Kommentare", not a
        // sentence such as "Hans schrieb am 12.07.2017 über …")
        if (!boxed || to - from > META_LINE || !FACT_BEFORE.matcher(s.substring(from, start)).find()
                || !FACT_AFTER.matcher(s.substring(end, to)).lookingAt()) {
            return false;
        }
        for (int[] l : links) {
            // (a link that is the date alone, a permalink, is the post's own)
            if (l[1] > start && l[0] < end && (l[1] - l[0]) - (end - start) > PERMALINK_REST) {
                return false;
            }
        }
        return followsRunningText(s, from) || followsTagLine(s, links, from);
    }

    /** The longest label a line of tags or categories opens with ("Tags:", "Schlagwörter:", "Catégories :"). */
    private static final int TAG_LABEL = 20;

    /**
     * Whether the line before the one starting at {@code lineStart} is the post's line of tags — a short label
     * ending in a colon, then links for most of the rest ("Tags: <a>Brücke</a>, <a>Stadtrat</a>") — right after
     * running text: a post's footer may set its tags above its closing meta line.
     */
    private static boolean followsTagLine(String s, List<int[]> links, int lineStart) {
        int prevEnd = lineStart - 1;
        while (prevEnd > 0 && Character.isWhitespace(s.charAt(prevEnd - 1))) {
            prevEnd--;
        }
        int prevStart = prevEnd <= 0 ? 0 : s.lastIndexOf('\n', prevEnd - 1) + 1;
        int colon = s.indexOf(':', prevStart);
        if (colon < 0 || colon >= prevEnd || colon - prevStart > TAG_LABEL || prevEnd - prevStart > META_LINE) {
            return false;
        }
        int linked = 0;
        int letters = 0;
        for (int i = colon + 1; i < prevEnd; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                letters++;
                for (int[] l : links) {
                    if (l[0] <= i && i < l[1]) {
                        linked++;
                        break;
                    }
                }
            }
        }
        return letters > 0 && 2 * linked > letters && followsRunningText(s, prevStart);
    }

    /** Whether the line before the one starting at {@code lineStart} is running text (at least {@link #BARE_AFTER} characters). */
    static boolean followsRunningText(String s, int lineStart) {
        int prevEnd = lineStart - 1;
        while (prevEnd > 0 && Character.isWhitespace(s.charAt(prevEnd - 1))) {
            prevEnd--;
        }
        int prevStart = prevEnd <= 0 ? 0 : s.lastIndexOf('\n', prevEnd - 1) + 1;
        return prevEnd - prevStart >= BARE_AFTER;
    }

    /** Separators between a meta line's facts. */
    private static final String FACT_SEPARATORS = "[|·•–—/]";
    /** A separator or the line's start, then at most a weekday ("Lokales | Mittwoch, 12. Juli 2017", "Monday, August 11th"). */
    private static final java.util.regex.Pattern FACT_BEFORE = java.util.regex.Pattern.compile(
            "(?:^|" + FACT_SEPARATORS + ")\\s*(?:(?:" + MonthNames.weekdays() + ")\\.?,?\\s*(?:den\\s+|le\\s+)?)?$",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    private static final java.util.regex.Pattern FACT_AFTER = java.util.regex.Pattern.compile(
            "\\s*(?:,?\\s*(?:um\\s+|à\\s+|at\\s+)?\\d{1,2}[:.h]\\d{2}(?:\\s*Uhr|\\s?[aApP]\\.?\\s?[mM]\\.?)?)?\\s*(?:$|"
            + FACT_SEPARATORS + ")");

    /** What a permalink may hold besides its date (a space or two). */
    private static final int PERMALINK_REST = 3;

    /** The shortest line a bare date may follow: a paragraph of the article's text. */
    static final int BARE_AFTER = 80;

    /** How far after a date a sentence may name it as the publication's. */
    private static final int LABEL_AFTER = 64;

    /**
     * True when the short sentence a date stands in names it as the publication's after it, as German
     * and Dutch put the verb last ("Dieser Beitrag wurde am 12. Juli 2017 von Anna veröffentlicht.",
     * "Dit bericht werd op 12 juli 2017 gepubliceerd"): the rest of the sentence, in a block shorter
     * than running text.
     */
    static boolean labelledAfter(String s, int end) {
        int lineEnd = s.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? s.length() : lineEnd;
        if (lineEnd - s.lastIndexOf('\n', end) > PROSE_LINE) {
            return false;
        }
        int to = Math.min(lineEnd, end + LABEL_AFTER);
        for (int i = end; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '|' || c == '·') {
                to = i;
                break;
            }
        }
        return to > end && DateLabels.before(s.substring(end, to)) == DateLabels.Kind.PUBLISHED;
    }

    /** The longest gap between a date and the labelled update date that follows it on the same line. */
    private static final int PAIR_GAP = 40;

    /**
     * True when {@code next} follows {@code date} on the same line, within {@link #PAIR_GAP}
     * characters, labelled as a later change, and not before it.
     */
    static boolean updatePair(String s, WrittenDates.Found date, WrittenDates.Found next) {
        if (next.start() - date.end() > PAIR_GAP || next.date().isBefore(date.date())) {
            return false;
        }
        String between = s.substring(date.end(), next.start());
        return between.indexOf('\n') < 0 && DateLabels.before(between) == DateLabels.Kind.MODIFIED;
    }

    /**
     * True when two blocks of running text lie between the headline and {@code pos}: an unlabelled
     * date there comes after the article has begun (a comment's, a teaser's, a sidebar's day), not
     * on its meta line. One block may come first (the standfirst before "Von Anna Beispiel, 12.07.17").
     */
    static boolean afterProse(String s, int anchor, int pos) {
        if (pos <= anchor) {
            return false;
        }
        int prose = 0;
        int lineStart = anchor;
        while (lineStart < pos) {
            int end = s.indexOf('\n', lineStart);
            if (end < 0 || end >= pos) {
                break;
            }
            if (end - lineStart >= PROSE_LINE && ++prose >= 2) {
                return true;
            }
            lineStart = end + 1;
        }
        return false;
    }

    /**
     * Where the label before a date at {@code to} may start: not before {@code from}, nor before the
     * date's own block, except that a date opening its block may take a short block just above it
     * as its label ("Aktualisiert:" / "14.03.2023"). A word ending the previous paragraph ("… geändert.")
     * labels nothing.
     */
    static int labelFrom(CharSequence s, int from, int to) {
        from = Math.max(0, from);
        int lineStart = to;
        while (lineStart > 0 && s.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        if (from >= lineStart) {
            return from;
        }
        for (int i = lineStart; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return lineStart;
            }
        }
        int prevStart = Math.max(0, lineStart - 1);
        while (prevStart > 0 && s.charAt(prevStart - 1) != '\n') {
            prevStart--;
        }
        // a short block that ends a sentence ("Die Pläne wurden geändert.") is text, not a label
        int last = lineStart - 1;
        while (last > prevStart && Character.isWhitespace(s.charAt(last))) {
            last--;
        }
        char end = s.charAt(Math.max(0, last));
        return lineStart - prevStart <= SHORT_LABEL_LINE && end != '.' && end != '!' && end != '?'
                ? Math.max(from, prevStart) : lineStart;
    }

    /** True when {@code pos} lies in a block of running text, past where a label opening it would end. */
    static boolean inProse(String s, int pos) {
        int from = s.lastIndexOf('\n', pos) + 1;
        int to = s.indexOf('\n', pos);
        to = to < 0 ? s.length() : to;
        return to - from >= PROSE_LINE && pos - from > LABEL_WINDOW + DATELINE;
    }

    /** The length of the line (block) that holds {@code start}..{@code end}. */
    static int lineLength(String s, int start, int end) {
        int to = s.indexOf('\n', end);
        return (to < 0 ? s.length() : to) - (s.lastIndexOf('\n', start) + 1);
    }

    /** True when the date at {@code start..end} is most of its block's text, or opens the block. */
    static boolean metaLine(String s, int start, int end) {
        int from = s.lastIndexOf('\n', start) + 1;
        int to = s.indexOf('\n', end);
        to = to < 0 ? s.length() : to;
        // also a date closing a longer credit line ("Von … mit Material von dpa | 12.07.2017 14:30 Uhr")
        return to - from <= META_LINE || start - from <= DATELINE
                || to - from <= LONG_META_LINE && to - end <= META_LINE_TAIL;
    }
}
