package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteMarks.endsSentence;
import static dev.precis.nlp.quote.QuoteMarks.trimEnd;

import dev.precis.nlp.quote.QuoteMarks.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Quotations in single marks outside the double-quoted spans, for {@link QuoteMarks}: the pairing of ‘…’, '…', ‚…‘
 * and ‹…› within a paragraph (or running on over paragraphs), and the shapes that tell a closing mark or a quote from
 * an apostrophe. Stateless.
 */
final class SingleMarks {

    private SingleMarks() {
    }

    /**
     * Quotes in single marks (‘…’, '…', ‚…‘ or ‹…›), the house style of many outlets outside the US, outside any
     * double-quoted span and within one paragraph. An opening mark follows a space, a paragraph start or
     * (curly only) a comma or colon, and precedes a letter or digit; a closing mark follows no space and precedes
     * no letter, and is no plural possessive ("the ministers' meeting": an s, a space, a lower-case word). Only
     * spans of at least three words count, or shorter ones ending in a comma, question or exclamation mark
     * ("‘You lie!’"), so "'90s" or 'yes' are left alone.
     */
    static List<Span> singleQuoted(String text, List<Span> doubles) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int d = 0;
        int open = -1;
        for (int i = 0; i < n; i++) {
            while (d < doubles.size() && doubles.get(d).end() < i) {
                d++;
            }
            if (d < doubles.size() && doubles.get(d).start() - 1 <= i && i <= doubles.get(d).end()) {
                open = -1;
                i = doubles.get(d).end(); // every position up to the span's end is inside it too
                continue;
            }
            char c = text.charAt(i);
            if (c == '\n' && open >= 0 && runsOn(text, open, i)) {
                // 'A paragraph opened by a single mark and left open, the next opened by the same mark: one quote
                // over several paragraphs, as with double marks
                String content = text.substring(open + 1, trimEnd(text, open + 1, i));
                if (content.strip().split("\\s+").length >= 3) {
                    out.add(new Span(open + 1, trimEnd(text, open + 1, i), false));
                }
                open = -1;
            } else if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
                open = -1;
            } else if (c == '›' && open >= 0 && text.charAt(open) == '‹' && i > open + 1) {
                // ‹…›: single guillemets of French and Swiss copy; no apostrophe looks like them, so one word is enough
                out.add(new Span(open + 1, i, true));
                open = -1;
            } else if (c == '‹' && open < 0 && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                open = i;
            } else if (c == '‘' && open >= 0 && text.charAt(open) == '‚' && i > open + 1) {
                // ‚…‘: the single low-high marks of German and Central European copy
                if (text.substring(open + 1, i).strip().split("\\s+").length >= 3) {
                    out.add(new Span(open + 1, i, true));
                }
                open = -1;
            } else if (c == '‘' && open >= 0 && text.charAt(open) == '‘' && reopens(text, open, i)) {
                // ‘… Lewis. ‘I need …’: a quote left open where the next paragraph reopens it, the break lost (a
                // joined text); the first goes to its sentence's end, the second opens here
                int to = trimEnd(text, open + 1, i);
                if (text.substring(open + 1, to).strip().split("\\s+").length >= 3) {
                    out.add(new Span(open + 1, to, false));
                }
                open = i;
            } else if ((c == '‘' || c == '\'' || c == '‚') && open < 0 && (i == 0 || Character.isWhitespace(text.charAt(i - 1))
                    || text.charAt(i - 1) == '(' || c == '‘' && (text.charAt(i - 1) == ',' || text.charAt(i - 1) == ':'))
                    && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                // a curly opening mark may follow a comma or colon with its space lost ("Ryan said,‘Look …’")
                open = i;
            } else if ((c == '’' || c == '\'') && open >= 0 && i > open + 1 && !Character.isWhitespace(text.charAt(i - 1))
                    && (i + 1 == n || !Character.isLetterOrDigit(text.charAt(i + 1))) && !pluralPossessive(text, i)) {
                if (c == '\'' && text.charAt(open) == '‘' && curlyCloseFollows(text, i)) {
                    continue; // ‘… 'a word' …’: a straight pair nested in a curly quote, which ’ closes later
                }
                if (text.charAt(open) == '‘' || c == '\'') {
                    String content = text.substring(open + 1, i);
                    if (content.strip().split("\\s+").length >= 3 || spokenEnd(content)) {
                        out.add(new Span(open + 1, i, true));
                    }
                    open = -1;
                }
            }
        }
        return out;
    }

    /**
     * Whether the single mark at {@code open} opens its paragraph (or follows its colon), which ends at the line
     * break {@code i} without closing it, and the next paragraph opens with the same mark before a letter.
     */
    static boolean runsOn(String text, int open, int i) {
        if (open > 0 && text.charAt(open - 1) != '\n' && !(text.charAt(open - 1) == ' ' && open > 1
                && text.charAt(open - 2) == ':' && endsSentence(text, open + 1, i))) {
            return false; // or opened after a colon ("Mr Reed said: 'We …"), its paragraph ending a sentence
        }
        int next = i;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next + 1 < text.length() && text.charAt(next) == text.charAt(open) && Character.isLetterOrDigit(text.charAt(next + 1));
    }

    /**
     * Words of one or two that end in a comma, question or exclamation mark inside the marks ("‘You lie!’", "‘It’s
     * unusual,’"): punctuation of speech, which no apostrophe or scare-quoted term carries, so a short span is a quote.
     */
    private static boolean spokenEnd(String content) {
        String t = content.strip();
        return !t.isEmpty() && ",!?".indexOf(t.charAt(t.length() - 1)) >= 0 && Character.isLetterOrDigit(t.charAt(0));
    }

    /**
     * Whether the ‘ at {@code i}, inside the curly quote opened at {@code open}, opens the next paragraph of that quote:
     * a space before it, a capital after it, and before the space a finished sentence of at least three quoted words.
     */
    private static boolean reopens(String text, int open, int i) {
        if (i + 1 >= text.length() || !Character.isUpperCase(text.charAt(i + 1)) || !Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        int end = trimEnd(text, open + 1, i);
        return endsSentence(text, open + 1, end) && text.substring(open + 1, end).strip().split("\\s+").length >= 3;
    }

    /**
     * Whether a ’ shaped to close a quotation (after a non-space, before no letter or digit) follows {@code i} in its
     * paragraph: then a straight mark inside a curly quote is a nested pair's, not the quote's end.
     */
    private static boolean curlyCloseFollows(String text, int i) {
        int end = text.indexOf("\n\n", i);
        end = end < 0 ? text.length() : end;
        for (int j = text.indexOf('’', i + 1); j >= 0 && j < end; j = text.indexOf('’', j + 1)) {
            if (!Character.isWhitespace(text.charAt(j - 1)) && (j + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(j + 1)))
                    && !pluralPossessive(text, j)) {
                return true;
            }
        }
        return false;
    }

    private static boolean pluralPossessive(String text, int i) {
        return text.charAt(i - 1) == 's' && i + 2 < text.length() && text.charAt(i + 1) == ' '
                && Character.isLowerCase(text.charAt(i + 2));
    }
}
