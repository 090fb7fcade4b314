package dev.precis.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs double quotation marks (straight and curly, also « », „ “ and the corner brackets 「 」 and 『 』 of Japanese and
 * Chinese copy) within paragraphs. An opening
 * mark left unclosed at a paragraph's end is the news convention for a quote that continues into the
 * next paragraph (which then opens with a mark): the span ends at the paragraph end, or where a straight
 * mark shaped to open follows a finished sentence inside a straight quote (the paragraph break was lost
 * in extraction: "… history. "But when …"). Single quotes
 * are paired outside double ones ({@link SingleMarks}), and around them ({@link OuterSingleMarks}). Linear time.
 * Thread-safe (stateless).
 */
final class QuoteMarks {

    /**
     * Quoted content {@code [start, end)} without the marks; {@code closed} when a closing mark was found (or, for
     * a dashed turn, its end is known); {@code open} where the opening mark (or the dash) stands and {@code close}
     * the first position after the closing mark, where a credit after the words may begin; {@code dashed} when a dash
     * at the start of its paragraph opens the words, with no quotation marks ({@link DashedTurns}).
     */
    record Span(int start, int end, boolean closed, int open, int close, boolean dashed) {

        /** A span between quotation marks: the opening mark right before the words, the closing one right after. */
        Span(int start, int end, boolean closed) {
            this(start, end, closed, start - 1, closed ? end + 1 : end);
        }

        /** A span opened at {@code open}: a dashed turn when a space or more parts the dash from the words. */
        Span(int start, int end, boolean closed, int open, int close) {
            this(start, end, closed, open, close, open < start - 1);
        }
    }

    private QuoteMarks() {
    }

    /** Whether {@code at} lies between the marks of one of the spans (in text order), or in one left open to its paragraph's end. */
    static boolean inside(List<Span> spans, int at) {
        for (Span s : spans) {
            if (s.open() >= at) {
                return false;
            }
            if (at < s.close()) {
                return true;
            }
        }
        return false;
    }

    static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        int open = -1;
        int n = text.length();
        int nested;
        char runMark = 0; // the mark that opened a quote whose later paragraphs open with none (UnmarkedParagraphs)
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n' || c == '\n' && open >= 0 && i + 1 < n
                    && isOpening(text, i + 1)) {
                if (open >= 0) {
                    addSpan(spans, text, open + 1, trimEnd(text, open + 1, i), false);
                    char mark = markAt(text, open, runMark);
                    int next = text.charAt(i + 1) == '\n' ? UnmarkedParagraphs.continuation(text, i, mark) : -1;
                    open = -1;
                    if (next > 0) {
                        runMark = mark;
                        // the next paragraph goes on with the quote though no mark opens it: it opens where its
                        // line break stands, as if a mark were there, and closes with the mark that ends the quote
                        open = next - 1;
                        i = next - 1;
                    }
                }
                continue;
            }
            if (c == '“' && open >= 0 && markAt(text, open, runMark) == '„') {
                // „…“: the low-high marks of German and Central European copy close with the high mark
                addSpan(spans, text, open + 1, i, true);
                open = -1;
            } else if (c == '“' && open >= 0 && markAt(text, open, runMark) == '“' && misusedAsClosing(text, i)) {
                // "“It is most unusual,“ said Per Alm": a typed opening mark after the words, before a space, closes
                addSpan(spans, text, open + 1, i, true);
                open = -1;
            } else if (c == '«' && open >= 0 && markAt(text, open, runMark) == '»') {
                // »…«: the reversed guillemets of German and Scandinavian copy close with the mark pointing left
                addSpan(spans, text, open + 1, i, true);
                open = -1;
            } else if (c == '»' && open < 0 && reversedOpening(text, i)) {
                open = i;
            } else if (c == '”' && open < 0 && closingAsOpening(text, i)) {
                // ”…”: a closing mark typed to open (Swedish and Finnish copy, and autocorrect gone wrong) opens here
                open = i;
            } else if ((c == '“' || c == '„') && open >= 0 && markAt(text, open, runMark) == '«' && (nested = nestedClose(text, i)) > i) {
                // «… „…“ …»: guillemets with double marks nested inside, as Russian and Ukrainian copy sets them;
                // the inner quotation is part of the outer one
                i = nested;
            } else if (c == '“' || c == '«' || c == '„' || c == '「' || c == '『') {
                if (open >= 0 && markAt(text, open, runMark) != '"') {
                    // a second opening mark: the first was never closed, restart here
                    addSpan(spans, text, open + 1, trimEnd(text, open + 1, i), false);
                }
                open = i;
            } else if (c == '”' || c == '»' || c == '」' || c == '』') {
                if (open >= 0) {
                    addSpan(spans, text, open + 1, i, true);
                    open = -1;
                }
            } else if (c == '"') {
                if (open >= 0 && markAt(text, open, runMark) == '"' && lostBreak(text, open, i)) {
                    // "… history. "But when …": a mark shaped to open after a finished sentence starts the next
                    // paragraph of the same quote, whose break was lost; pairing it as a closer would turn every
                    // later pair inside out
                    addSpan(spans, text, open + 1, trimEnd(text, open + 1, i), false);
                    open = i;
                } else if (open >= 0) {
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
        // single marks around double ones (British style): the outer quotation stands, the inner one is part of it
        OuterSingleMarks.Nesting nesting = OuterSingleMarks.find(text, spans);
        spans.removeAll(nesting.inner());
        List<Span> single = SingleMarks.singleQuoted(text, spans);
        single.removeIf(s -> nesting.outer().stream().anyMatch(o -> o.start() < s.end() && s.start() < o.end()));
        single.addAll(nesting.outer());
        single.addAll(dashDialogue(text));
        List<Span> answers = new ArrayList<>(InterviewAnswers.spans(text));
        if (!answers.isEmpty()) {
            // an answer whose words open before the quotations it holds and hold them whole is the answer ("A: I told
            // them, “…,” and left."): the quotations inside go; else it is left to its marks
            answers.removeIf(x -> single.stream().anyMatch(o -> o.start() < x.end() && x.start() < o.end() && !inside(o, x))
                    || spans.stream().anyMatch(o -> o.start() < x.end() && x.start() < o.end() && !inside(o, x)));
            single.removeIf(o -> answers.stream().anyMatch(x -> inside(o, x)));
            spans.removeIf(o -> answers.stream().anyMatch(x -> inside(o, x)));
            single.addAll(answers);
        }
        if (!single.isEmpty()) {
            spans.addAll(single);
            spans.sort(java.util.Comparator.comparingInt(Span::start));
        }
        return spans;
    }

    /** Whether the quotation {@code o} lies whole inside the answer {@code x}, its opening mark after the answer's first word. */
    private static boolean inside(Span o, Span x) {
        return o.closed() && o.open() > x.start() && o.close() <= x.end();
    }

    /**
     * Whether the {@code »} at {@code i}, with no quotation open, opens one in the reversed style (»…«): at the start
     * of a line or after a space or bracket, before a letter or digit, with a {@code «} later in its paragraph.
     */
    private static boolean reversedOpening(String text, int i) {
        if (i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '(') {
            return false;
        }
        if (i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1))) {
            return false;
        }
        int end = text.indexOf("\n\n", i);
        int close = text.indexOf('«', i);
        return close > i && (end < 0 || close < end);
    }

    /**
     * Whether the {@code ”} at {@code i}, with no quotation open, opens one: at the start of a line or after a space or
     * bracket, before a letter or digit, with another {@code ”} after a letter or stop later in its paragraph and no
     * {@code “} before that.
     */
    private static boolean closingAsOpening(String text, int i) {
        if (i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '(') {
            return false;
        }
        if (i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1))) {
            return false;
        }
        int end = text.indexOf("\n\n", i);
        int close = text.indexOf('”', i + 1);
        int opening = text.indexOf('“', i + 1);
        return close > i + 1 && (end < 0 || close < end) && (opening < 0 || opening > close)
                && !Character.isWhitespace(text.charAt(close - 1));
    }

    /**
     * A dash opening a paragraph of speech: "— The crossing was never closed, he replied."; an em dash or bar may touch
     * the first word, as Spanish copy sets it ("—We will stay here —said Ana Ruiz").
     */
    private static final Pattern DASH_OPENING = Pattern.compile("[ \\t]*(?:[—–―][ \\t]+|[—―])(?=[\\p{Lu}\\p{N}])");

    /**
     * Dialogue set with dashes ({@link DashedTurns}): each paragraph opening with a dash and a capital or digit, its
     * words running to the paragraph's end or to an opening quotation mark after a sentence's stop or a colon (a
     * quotation of its own: "— We will not move, she said. He added: “Never.”"). The span counts as closed, its
     * credit read from the paragraph's end; {@link DashedTurns} ends it earlier where an attribution follows a comma
     * or stop.
     */
    private static List<Span> dashDialogue(String text) {
        List<Span> out = new ArrayList<>();
        Matcher dash = DASH_OPENING.matcher(text);
        for (int at = 0; at >= 0 && at < text.length(); at = nextLine(text, at)) {
            dash.region(at, Math.min(text.length(), at + 8));
            if (!dash.lookingAt()) {
                continue;
            }
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            for (int i = dash.end() + 1; i < end; i++) {
                if (isOpening(text, i) && text.charAt(i - 1) == ' ' && i >= 2 && ".!?:".indexOf(text.charAt(i - 2)) >= 0) {
                    end = i;
                    break;
                }
            }
            end = trimEnd(text, dash.end(), end);
            if (end > dash.end()) {
                int dashAt = dash.end() - 1;
                while (dashAt > at && "—–―".indexOf(text.charAt(dashAt)) < 0) {
                    dashAt--;
                }
                out.add(new Span(dash.end(), end, true, dashAt, end, true));
            }
        }
        return out;
    }

    /** The start of the line after the one holding {@code at}, or -1. */
    private static int nextLine(String text, int at) {
        int n = text.indexOf('\n', at);
        return n < 0 ? -1 : n + 1;
    }

    /** An opening curly mark right after a word or punctuation and before a space or the end: typed for a closing one. */
    private static boolean misusedAsClosing(String text, int i) {
        char before = text.charAt(i - 1);
        return !Character.isWhitespace(before) && before != '(' && before != '[' && before != '—' && before != '–'
                && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)) || text.charAt(i + 1) == ','
                || text.charAt(i + 1) == '.');
    }

    /**
     * Whether the straight mark at {@code i}, inside the straight quote opened at {@code open}, opens rather
     * than closes: a space before it, a capital letter after it, and before the space the end of a sentence
     * of at least three quoted words.
     */
    private static boolean lostBreak(String text, int open, int i) {
        if (i + 1 >= text.length() || !Character.isUpperCase(text.charAt(i + 1)) || text.charAt(i - 1) != ' ') {
            return false;
        }
        int end = trimEnd(text, open + 1, i);
        return endsSentence(text, open + 1, end) && text.substring(open + 1, end).strip().split("\\s+").length >= 3;
    }

    /** Whether the quoted words {@code [start, end)} end with a full stop, a question or exclamation mark or an ellipsis. */
    static boolean endsSentence(String text, int start, int end) {
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '’'
                || text.charAt(end - 1) == '\'')) {
            end--;
        }
        return end > start && ".!?…".indexOf(text.charAt(end - 1)) >= 0;
    }

    /** The mark at {@code open}, or {@code runMark} where a paragraph with no mark of its own goes on with a quote. */
    private static char markAt(String text, int open, char runMark) {
        char c = text.charAt(open);
        return Character.isWhitespace(c) ? runMark : c;
    }

    private static boolean isOpening(String text, int i) {
        char c = text.charAt(i);
        return c == '“' || c == '"' || c == '«' || c == '„' || c == '「' || c == '『';
    }

    /**
     * Where the double quotation opening at {@code i} inside an open guillemet quotation closes ({@code “} or {@code ”}
     * after {@code „}, {@code ”} after {@code “}), when a {@code »} closing the outer one follows it in the same
     * paragraph with no other opening mark between; else -1. Looks no further than the paragraph.
     */
    private static int nestedClose(String text, int i) {
        char opening = text.charAt(i);
        int end = text.indexOf("\n\n", i);
        end = end < 0 ? text.length() : end;
        int close = -1;
        for (int j = i + 1; j < end; j++) {
            char c = text.charAt(j);
            if (close < 0 && (c == '”' || c == '“' && opening == '„')) {
                close = j;
            } else if (c == '«' || c == '\n' || close < 0 && c == '»') {
                return -1;
            } else if (close >= 0 && c == '»') {
                return close;
            }
        }
        return -1;
    }

    static int trimEnd(String text, int start, int end) {
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
