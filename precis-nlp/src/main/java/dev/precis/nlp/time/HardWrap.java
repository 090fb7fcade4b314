package dev.precis.nlp.time;

import dev.precis.model.Sentence;
import dev.precis.model.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences of hard-wrapped plain text (mail, wire copy, text pasted from a terminal, wrapped at a
 * fixed column) joined again where a line break only wrapped them. A sentence splitter that keeps
 * headlines apart ends a sentence at a line break before a capital ("… on\nTuesday"), which cuts
 * the clause whose tense places "Tuesday"; here a break after a full line (within {@value #SLACK}
 * characters of the text's wrap width) with no stop before it joins the two parts again. Text
 * that is not hard-wrapped (fewer than {@value #MIN_LINES} wrapped lines, lines longer than
 * {@value #MAX_WIDTH}, or lines of uneven length) is left as it is. Stateless.
 */
final class HardWrap {

    /** The widest column a hard-wrapped text is taken to be wrapped at. */
    static final int MAX_WIDTH = 120;
    /** How much shorter than the wrap width a wrapped line may be (the next word did not fit). */
    static final int SLACK = 20;
    /** Lines followed by another line of the same paragraph that a text needs to count as wrapped. */
    static final int MIN_LINES = 3;

    private HardWrap() {
    }

    /** {@code sentences}, with those cut by a wrapping line break joined; the same list when none is. */
    static List<Sentence> join(String text, List<Sentence> sentences) {
        int width = width(text);
        if (width == 0 || sentences.size() < 2) {
            return sentences;
        }
        List<Sentence> out = new ArrayList<>(sentences.size());
        int start = sentences.get(0).range().start();
        int end = sentences.get(0).range().end();
        for (int i = 1; i < sentences.size(); i++) {
            TextRange next = sentences.get(i).range();
            if (wrapsBetween(text, end, next.start(), width)) {
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

    /**
     * The column the text is wrapped at, 0 when it is not hard-wrapped: the longest line followed by
     * another non-blank line, when at least three such lines exist, none is longer than
     * {@value #MAX_WIDTH} and three in four of them come within {@value #SLACK} characters of it.
     */
    static int width(String text) {
        List<Integer> inner = new ArrayList<>();
        int lineStart = 0;
        int previousLength = -1;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            int length = text.substring(lineStart, lineEnd).strip().length();
            if (previousLength > 0 && length > 0) {
                inner.add(previousLength);
            }
            previousLength = length;
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        if (inner.size() < MIN_LINES) {
            return 0;
        }
        int max = inner.stream().mapToInt(Integer::intValue).max().orElse(0);
        if (max > MAX_WIDTH || max < 2 * SLACK) {
            return 0;
        }
        long full = inner.stream().filter(l -> l >= max - SLACK).count();
        return full * 4 >= inner.size() * 3L ? max : 0;
    }

    /** Whether only one line break lies in {@code [end, nextStart)}, after a full line that ends with no stop. */
    private static boolean wrapsBetween(String text, int end, int nextStart, int width) {
        int breaks = 0;
        for (int i = end; i < nextStart; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                breaks++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        if (breaks != 1 || end == 0) {
            return false;
        }
        char last = text.charAt(end - 1);
        if (last == '.' || last == '!' || last == '?' || last == ':' || last == '…' || last == '"' || last == '”') {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', end - 1) + 1;
        return text.substring(lineStart, end).strip().length() >= width - SLACK;
    }
}
