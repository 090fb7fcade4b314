package dev.precis.nlp.sentence;

import dev.precis.model.Sentence;
import dev.precis.model.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads plain text laid out in other conventions as the analysis expects it, one character for one so every
 * offset still points into the text as given: no-break and thin spaces become spaces, CRLF and CR line ends
 * become line feeds (a blank line stays a blank line), and in hard-wrapped text (lines cut at a fixed width,
 * as in e-mail, wire and plain-text feeds) a line break after a full line inside a paragraph becomes a space, so
 * a sentence or a quote cut across lines is read whole while a short line (a headline) stays a line of its own. Why: the sentence splitter and the quote finder read a blank line
 * as a paragraph end and a single line break as the end of a line of its own (a headline, a credit), which
 * holds for extracted pages but splits wrapped copy at every line. This is the one test of hard wrapping: the
 * sentence splitter, the quote finder and the time resolver ({@link #joinWrapped}) all read it. Stateless and
 * thread-safe.
 */
public final class PlainLayout {

    /** Wrapped lines are at most this long; longer lines are paragraphs of their own. */
    static final int MAX_WRAP_WIDTH = 100;
    /** Wrapped text is wrapped at this column or wider. */
    static final int MIN_WRAP_WIDTH = 40;
    /** How much shorter than the widest a wrapped line may be (the next word did not fit). */
    static final int WRAP_SLACK = 20;
    /** Lines cut inside a sentence, each followed by another line of its paragraph, that make text count as wrapped. */
    static final int MIN_WRAPPED_LINES = 3;

    private PlainLayout() {
    }

    /** {@code text} with the same length, its spaces and line ends read as described above. */
    public static String forReading(String text) {
        int width = wrapWidth(text);
        char[] out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char r = c;
            if (c == '\u00a0' || c == '\u202f' || c == '\u2009' || c == '\u2007') {
                r = ' ';
            } else if (c == '\r') {
                // "…\r\n\r\n…" → "… \n\n\n…": a CR ending a line of text is a space, one opening an empty line a break
                boolean lineStart = i == 0 || text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '\r';
                r = i + 1 < n && text.charAt(i + 1) == '\n' && !lineStart ? ' ' : '\n';
            }
            if (width > 0 && (c == '\n' || r == '\n' && c == '\r') && wrapsAt(text, i, width)) {
                r = ' ';
            }
            if (r != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = r;
            }
        }
        return out == null ? text : new String(out);
    }

    /**
     * {@code sentences} with those that a splitter cut at a wrapping line break (a break inside a paragraph of
     * hard-wrapped text, as {@link #forReading} reads it) after words without a closing stop joined again; the
     * same list when none is, and always when the text is not hard-wrapped. Why: a consumer handed sentences
     * from a splitter that does not read through this class (one that ends a sentence at a line break before a
     * capital, "… by⏎August") would read a clause cut in two; {@link NewsSentenceSplitter} never cuts there.
     */
    public static List<Sentence> joinWrapped(String text, List<Sentence> sentences) {
        int width = wrapWidth(text);
        if (sentences.size() < 2 || width == 0) {
            return sentences;
        }
        List<Sentence> out = new ArrayList<>(sentences.size());
        int start = sentences.get(0).range().start();
        int end = sentences.get(0).range().end();
        for (int i = 1; i < sentences.size(); i++) {
            TextRange next = sentences.get(i).range();
            if (wrapBetween(text, end, next.start(), width)) {
                end = next.end();
                continue;
            }
            out.add(new Sentence(out.size(), new TextRange(start, end)));
            start = next.start();
            end = next.end();
        }
        out.add(new Sentence(out.size(), new TextRange(start, end)));
        return out.size() == sentences.size() ? sentences : out;
    }

    /** Whether {@code [end, nextStart)} is white space holding one line break inside a paragraph, after no stop. */
    private static boolean wrapBetween(String text, int end, int nextStart, int width) {
        if (end == 0 || end >= nextStart) {
            return false;
        }
        int breakAt = -1;
        for (int i = end; i < nextStart; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (breakAt >= 0) {
                    return false;
                }
                breakAt = i;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        char last = text.charAt(end - 1);
        boolean stop = last == '.' || last == '!' || last == '?' || last == ':' || last == '\u2026' || last == '"'
                || last == '\u201d';
        return breakAt >= 0 && !stop && wrapsAt(text, breakAt, width);
    }

    /**
     * Whether the text is hard-wrapped: nearly all lines are at most {@value #MAX_WRAP_WIDTH} characters, and of the
     * lines followed by another line of the same paragraph, at least {@value #MIN_WRAPPED_LINES} and most end inside a
     * sentence (a letter, digit or comma), which lines of their own (headlines, one-line paragraphs) do not; and those
     * lines are full (see {@link #fullLines}), which a sentence or a table row on each line is not.
     */
    public static boolean hardWrapped(String text) {
        return wrapWidth(text) > 0;
    }

    /**
     * Whether the line break at {@code i} (a LF, or a CR before one) of text wrapped at {@code width} is a wrap: text on
     * both sides, and the line before it is full (within {@value #WRAP_SLACK} of the width, the next word did not fit);
     * a short line (a headline, a paragraph's last line with no blank line after it) is a line of its own.
     */
    private static boolean wrapsAt(String text, int i, int width) {
        if (!insideParagraph(text, i)) {
            return false;
        }
        int end = i;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1)) && text.charAt(end - 1) != '\n') {
            end--;
        }
        int start = text.lastIndexOf('\n', end - 1) + 1;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return end - start >= width - WRAP_SLACK;
    }

    /** The column hard-wrapped text is wrapped at (its widest line inside a paragraph), 0 when it is not hard-wrapped. */
    private static int wrapWidth(String text) {
        int lines = 0;
        int long_ = 0;
        int inner = 0;
        int cut = 0;
        int widest = 0;
        int[] innerLengths = new int[16];
        int start = 0;
        int n = text.length();
        while (start < n) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? n : end;
            int last = end;
            while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
                last--;
            }
            if (last > start) {
                lines++;
                long_ += last - start > MAX_WRAP_WIDTH ? 1 : 0;
                if (nextLineHasText(text, end)) {
                    if (inner == innerLengths.length) {
                        innerLengths = java.util.Arrays.copyOf(innerLengths, inner * 2);
                    }
                    innerLengths[inner++] = last - start;
                    widest = last - start <= MAX_WRAP_WIDTH ? Math.max(widest, last - start) : widest;
                    char c = text.charAt(last - 1);
                    cut += Character.isLetterOrDigit(c) || c == ',' || c == ';' || c == '-' ? 1 : 0;
                }
            }
            start = end + 1;
        }
        boolean wrapped = cut >= MIN_WRAPPED_LINES && long_ * 20 <= lines && cut * 2 > inner
                && fullLines(innerLengths, inner, widest);
        return wrapped ? widest : 0;
    }

    /**
     * Whether the lines inside paragraphs are full: the widest is at least {@value #MIN_WRAP_WIDTH} characters and
     * three in four come within {@value #WRAP_SLACK} of it (the next word did not fit), as a wrap at a fixed column
     * leaves them. Lines of their own (a sentence per line, a results table, headlines over their text) run short
     * and uneven.
     */
    private static boolean fullLines(int[] lengths, int count, int widest) {
        if (widest < MIN_WRAP_WIDTH) {
            return false;
        }
        int full = 0;
        for (int k = 0; k < count; k++) {
            full += lengths[k] >= widest - WRAP_SLACK ? 1 : 0;
        }
        return full * 4 >= count * 3;
    }

    /** Whether the line break at {@code i} (a LF, or a CR before one) has text on both sides: a wrap, not a blank line. */
    private static boolean insideParagraph(String text, int i) {
        int b = i - 1;
        while (b >= 0 && (text.charAt(b) == ' ' || text.charAt(b) == '\t' || text.charAt(b) == '\r')) {
            b--;
        }
        if (b < 0 || text.charAt(b) == '\n') {
            return false;
        }
        int nl = text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 1 : i;
        return nextLineHasText(text, nl);
    }

    private static boolean nextLineHasText(String text, int nl) {
        for (int a = nl + 1; a < text.length(); a++) {
            char c = text.charAt(a);
            if (c == '\n') {
                return false;
            }
            if (!Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }
}
