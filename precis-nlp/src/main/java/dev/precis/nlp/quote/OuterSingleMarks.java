package dev.precis.nlp.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * The British and Commonwealth house style: single marks around the quotation, double marks around a quotation
 * inside it ("'The board called it "a blip", but nobody believes that,' said Reed."). {@link QuoteMarks} pairs the
 * double marks first and reads single marks only outside them, so such a quotation would be lost and its inner words
 * taken for the quote. Here a single mark that opens a quotation — at its paragraph's start, or after a colon,
 * comma or sentence stop and a space — before a letter, with a double-quoted span after it and a single closing mark after that in
 * the same paragraph (no other single mark shaped to open or close between them; or none, when the next paragraph
 * opens with the same mark, the convention for a quotation running on), makes one span of the whole quotation, and the double-quoted spans inside it are dropped as parts of it. Each look back stops at the double mark
 * before, each look ahead within {@value #REACH} characters, so the work is linear. Stateless.
 */
final class OuterSingleMarks {

    /** How far past an inner quotation the outer closing mark is looked for (bounds the work on one-line texts). */
    private static final int REACH = 1500;

    /** The outer quotations found and the double-quoted spans inside them. */
    record Nesting(List<QuoteMarks.Span> outer, List<QuoteMarks.Span> inner) {
    }

    private OuterSingleMarks() {
    }

    /** The single-marked quotations holding one or more of the closed double-quoted {@code doubles} (in text order). */
    static Nesting find(String text, List<QuoteMarks.Span> doubles) {
        List<QuoteMarks.Span> outer = new ArrayList<>();
        List<QuoteMarks.Span> inner = new ArrayList<>();
        int d = 0;
        while (d < doubles.size()) {
            QuoteMarks.Span first = doubles.get(d);
            int open = first.closed() && !first.dashed() ? opening(text, first.open()) : -1;
            if (open < 0) {
                d++;
                continue;
            }
            // the closing single mark after the double-quoted span(s), within the paragraph
            List<QuoteMarks.Span> held = new ArrayList<>();
            held.add(first);
            int i = first.close();
            int close = -1;
            int runsOn = -1;
            int next = d + 1;
            int limit = Math.min(text.length(), first.close() + REACH);
            while (i < limit && close < 0) {
                char c = text.charAt(i);
                if (c == '\n') {
                    // a paragraph left open, the next opening with the same mark: the quotation runs on (QuoteMarks)
                    runsOn = SingleMarks.runsOn(text, open, i) ? i : -1;
                    break;
                }
                if (next < doubles.size() && doubles.get(next).open() == i) {
                    QuoteMarks.Span s = doubles.get(next++);
                    if (!s.closed()) {
                        break;
                    }
                    held.add(s);
                    i = s.close();
                    continue;
                }
                if (closes(text, i, text.charAt(open))) {
                    close = i;
                } else if (isSingle(c) && opens(text, i)) {
                    break;
                }
                i++;
            }
            int end = close >= 0 ? close : runsOn;
            if (end >= 0 && text.substring(open + 1, end).strip().split("\\s+").length >= 3) {
                outer.add(close >= 0 ? new QuoteMarks.Span(open + 1, close, true)
                        : new QuoteMarks.Span(open + 1, QuoteMarks.trimEnd(text, open + 1, runsOn), false));
                inner.addAll(held);
                d = next;
            } else {
                d++;
            }
        }
        return new Nesting(outer, inner);
    }

    /**
     * The single mark opening a quotation before the double mark at {@code at}: looking back within the paragraph,
     * the first single mark shaped to open, standing at the paragraph's start or after ": " or ", ", with no mark
     * shaped to close, and no double mark, between it and {@code at}; -1 when there is none.
     */
    private static int opening(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '"' || c == '“' || c == '”') {
                return -1;
            }
            if (!isSingle(c)) {
                continue;
            }
            if (opens(text, i)) {
                return atQuoteStart(text, i) ? i : -1;
            }
            if (closes(text, i, c == '’' ? '‘' : '\'')) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isSingle(char c) {
        return c == '\'' || c == '‘' || c == '’';
    }

    /** A single mark before a letter, after a space, a line start or a bracket; ’ never opens. */
    private static boolean opens(String text, int i) {
        char c = text.charAt(i);
        return c != '’' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(')
                && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }

    /**
     * Whether the mark at {@code i} closes a quotation opened by {@code opener}: the matching mark, after no space and
     * before no letter or digit, and no plural possessive ("the nurses' union").
     */
    private static boolean closes(String text, int i, char opener) {
        char c = text.charAt(i);
        if (opener == '‘' ? c != '’' : c != '\'') {
            return false;
        }
        if (i == 0 || Character.isWhitespace(text.charAt(i - 1))
                || i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))) {
            return false;
        }
        return !(text.charAt(i - 1) == 's' && i + 2 < text.length() && text.charAt(i + 1) == ' '
                && Character.isLowerCase(text.charAt(i + 2)));
    }

    /**
     * Whether the mark at {@code i} opens its paragraph (blanks before it allowed), follows ": " or ", ", or opens a
     * sentence after another's stop ("‘A,’ said Reed. ‘B “C” D.’").
     */
    private static boolean atQuoteStart(String text, int i) {
        int j = i;
        while (j > 0 && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '\t')) {
            j--;
        }
        return j == 0 || text.charAt(j - 1) == '\n' || j < i && ":,.?!".indexOf(text.charAt(j - 1)) >= 0;
    }
}
