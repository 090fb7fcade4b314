package dev.precis.nlp.quote;

/**
 * Text typed on a plain keyboard with one mark for everything: every quotation mark, inner quotation mark and
 * apostrophe is an ASCII {@code '} ("'We won't go back to the '90s,' she said."). When a text has no double
 * quotation mark and no curly opening single mark at all, the {@code '} marks that open and close a quotation are
 * told from apostrophes by their shape and by pairing, and the outer pair of each quotation is rewritten to a
 * straight double mark, one character for one (so ranges hold); the double-mark rules ({@link QuoteMarks}, the
 * multi-paragraph convention, credits) then read it as they read any quotation, and a quotation inside it keeps
 * its single marks.
 *
 * <p>Shapes: a mark between letters is an apostrophe ("won't", "O'Neill"); a mark after a space, a line start or a
 * bracket and before a letter or digit opens, unless it elides a decade or year ("'90s", "'24") or a word ("'em",
 * "'til", "'twas", "rock 'n' roll"); a mark after a word or punctuation and before a space, punctuation or the line
 * end closes. A plural possessive or a dropped g ("the Joneses' house", "goin' home": s' or in' before a space and
 * a word) closes only an open quotation that has no other closing mark later in its paragraph. Quotations pair
 * within a paragraph, nested one level; an outer quotation left open at its paragraph end stays open (the news
 * convention for a quote running on). Linear time, stateless.
 */
final class AsciiSingleMarks {

    /** How far after a possessive-shaped mark a later closing mark is looked for (bounds the work on one-line texts). */
    private static final int LOOKAHEAD = 600;

    private AsciiSingleMarks() {
    }

    /** The text with the outer quotation marks of its ASCII-single-marked quotations as {@code "}; unchanged when it has double marks. */
    static String asDouble(String text) {
        if (text.indexOf('\'') < 0 || hasOtherMarks(text) || twoApostropheStyle(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        int n = text.length();
        int lineStart = 0;
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? n : lineEnd;
            pairLine(text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return out.toString();
    }

    private static boolean hasOtherMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„' || c == '「' || c == '『' || c == '‘' || c == '‚'
                    || c == '`') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text writes its quotation marks as two apostrophes (''…'', wire and newspaper copy, read by {@link
     * RuleQuoteFinder#twoApostrophes}): doubled marks at least as many as single marks shaped to open.
     */
    private static boolean twoApostropheStyle(String text) {
        int doubled = 0;
        int opening = 0;
        for (int i = text.indexOf('\''); i >= 0; i = text.indexOf('\'', i + 1)) {
            if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                doubled++;
                i++;
            } else if (shape(text, i, i + 1, 0, text.length()) == Shape.OPENS) {
                opening++;
            }
        }
        return doubled > 0 && doubled >= opening;
    }

    private enum Shape { APOSTROPHE, OPENS, CLOSES, POSSESSIVE }

    /** Pairs the marks of one paragraph {@code [start, end)}, writing outer marks to {@code out}. */
    private static void pairLine(String text, int start, int end, StringBuilder out) {
        int depth = 0;
        for (int i = text.indexOf('\'', start); i >= 0 && i < end; i = text.indexOf('\'', i + 1)) {
            boolean run = i + 1 < end && text.charAt(i + 1) == '\'';
            int after = run ? i + 2 : i + 1;
            Shape shape = shape(text, i, after, start, end);
            if (shape == Shape.OPENS && run) {
                // ''A: an outer and an inner quotation open together, or a quotation opens on an elision (''Twas)
                if (depth == 0) {
                    out.setCharAt(i, '"');
                    depth = elided(text, after, end) ? 1 : 2;
                } else if (depth == 1 && !elided(text, after, end)) {
                    depth = 2;
                }
                i++;
            } else if (shape == Shape.OPENS) {
                if (depth == 0) {
                    out.setCharAt(i, '"');
                }
                depth = Math.min(2, depth + 1);
            } else if (shape == Shape.CLOSES && run) {
                // A,'': an inner and the outer quotation close together
                if (depth >= 1) {
                    out.setCharAt(depth == 2 ? i + 1 : i, '"');
                    depth = 0;
                }
                i++;
            } else if (shape == Shape.CLOSES || shape == Shape.POSSESSIVE && depth > 0 && !laterClosing(text, after, start, end)) {
                if (depth == 1) {
                    out.setCharAt(i, '"');
                }
                depth = Math.max(0, depth - 1);
            }
        }
    }

    /** The shape of the mark (or run of two) at {@code [i, after)} in the paragraph {@code [start, end)}. */
    private static Shape shape(String text, int i, int after, int start, int end) {
        char before = i > start ? text.charAt(i - 1) : ' ';
        char next = after < end ? text.charAt(after) : ' ';
        if (Character.isLetterOrDigit(before) && Character.isLetter(next)
                || before == 'n' && i - 2 >= start && text.charAt(i - 2) == '\'' && (i - 3 < start || Character.isWhitespace(text.charAt(i - 3)))) {
            return Shape.APOSTROPHE; // won't, O'Neill, Jones's; the second mark of rock 'n' roll
        }
        boolean openSide = Character.isWhitespace(before) || "([{—–/".indexOf(before) >= 0;
        if (openSide && (Character.isLetterOrDigit(next) || next == '[' || next == '…' || next == '$' || next == '£' || next == '€')) {
            if (after == i + 1 && elided(text, after, end)) {
                return Shape.APOSTROPHE;
            }
            return Shape.OPENS;
        }
        if (!openSide && (Character.isWhitespace(next) || after >= end || ",.;:?!)]}—–…-'".indexOf(next) >= 0)) {
            if (after == i + 1 && Character.isWhitespace(next) && after + 1 < end && Character.isLetterOrDigit(text.charAt(after + 1))
                    && (before == 's' || before == 'n' && i - 2 >= start && text.charAt(i - 2) == 'i')) {
                return Shape.POSSESSIVE; // the Joneses' house, goin' home
            }
            return Shape.CLOSES;
        }
        return Shape.APOSTROPHE;
    }

    /** Whether the word starting at {@code at}, right after an opening-shaped mark, is an elision: '90s, '24, 'em, 'til, 'n'. */
    private static boolean elided(String text, int at, int end) {
        int w = at;
        while (w < end && Character.isLetterOrDigit(text.charAt(w))) {
            w++;
        }
        String word = text.substring(at, w);
        if (word.matches("\\d\\d|\\d0s")) {
            return true;
        }
        boolean wordEnds = w >= end || !Character.isLetterOrDigit(text.charAt(w));
        return wordEnds && (word.equals("n") && w < end && text.charAt(w) == '\''
                || word.matches("(?i)em|til|tis|twas|cause|cos|bout|nuff") && !(w < end && text.charAt(w) == '\''));
    }

    /** Whether a mark shaped to close stands in {@code [from, end)} after a possessive-shaped one. */
    private static boolean laterClosing(String text, int from, int start, int end) {
        int limit = Math.min(end, from + LOOKAHEAD);
        for (int j = text.indexOf('\'', from); j >= 0 && j < limit; j = text.indexOf('\'', j + 1)) {
            boolean run = j + 1 < end && text.charAt(j + 1) == '\'';
            if (shape(text, j, run ? j + 2 : j + 1, start, end) == Shape.CLOSES) {
                return true;
            }
            if (run) {
                j++;
            }
        }
        return false;
    }
}
