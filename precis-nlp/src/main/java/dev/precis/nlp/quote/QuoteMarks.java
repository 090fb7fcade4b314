package dev.precis.nlp.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs double quotation marks (straight and curly, also « » and „ “) within paragraphs. An opening
 * mark left unclosed at a paragraph's end is the news convention for a quote that continues into the
 * next paragraph (which then opens with a mark): the span ends at the paragraph end. Single quotes
 * are left alone (apostrophes, quotes inside quotes). Linear time. Thread-safe (stateless).
 */
final class QuoteMarks {

    /** Quoted content {@code [start, end)} without the marks; {@code closed} when a closing mark was found. */
    record Span(int start, int end, boolean closed) {
    }

    private QuoteMarks() {
    }

    static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        int open = -1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n' || c == '\n' && open >= 0 && i + 1 < n
                    && isOpening(text, i + 1)) {
                if (open >= 0) {
                    addSpan(spans, text, open + 1, trimEnd(text, open + 1, i), false);
                    open = -1;
                }
                continue;
            }
            if (c == '“' || c == '«' || c == '„') {
                if (open >= 0 && text.charAt(open) != '"') {
                    // a second opening mark: the first was never closed, restart here
                    addSpan(spans, text, open + 1, trimEnd(text, open + 1, i), false);
                }
                open = i;
            } else if (c == '”' || c == '»') {
                if (open >= 0) {
                    addSpan(spans, text, open + 1, i, true);
                    open = -1;
                }
            } else if (c == '"') {
                if (open >= 0) {
                    addSpan(spans, text, open + 1, i, true);
                    open = -1;
                } else {
                    open = i;
                }
            }
        }
        if (open >= 0) {
            addSpan(spans, text, open + 1, trimEnd(text, open + 1, n), false);
        }
        return spans;
    }

    private static boolean isOpening(String text, int i) {
        char c = text.charAt(i);
        return c == '“' || c == '"' || c == '«' || c == '„';
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static void addSpan(List<Span> spans, String text, int start, int end, boolean closed) {
        if (end > start) {
            spans.add(new Span(start, end, closed));
        }
    }
}
