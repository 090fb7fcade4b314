package dev.precis.nlp.sentence;

import dev.precis.model.Sentence;
import dev.precis.model.TextRange;
import dev.precis.nlp.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence splitter for news English, written by hand because sentence boundaries in news hinge on
 * knowledge a general statistical model lacks: titles and month abbreviations ("Dr. Smith",
 * "Jan. 26"), abbreviations that may or may not end a sentence ("in the U.S. The …" versus
 * "U.S. President …"), initials, quotes that close after the stop ({@code ."} and {@code ,"}),
 * multi-sentence quotations closed by a comma attribution, ellipses and bracketed insertions.
 * On the project's golden set it does markedly better than OpenNLP's UD-EWT sentence model (see
 * {@code NewsSentenceSplitterTest}); it is also allocation-light and linear in the text length.
 *
 * <p>Line breaks: a blank line always ends a sentence; a single line break does too unless the
 * next line continues in lower case after a line without closing punctuation (soft-wrapped text), so
 * headlines without a final stop stand alone. Text is first read through {@link PlainLayout} (no-break spaces,
 * CRLF, and in hard-wrapped text the line breaks inside a paragraph as spaces), one character for one. Sentences longer than {@value #MAX_SENTENCE_CHARS}
 * characters (text without punctuation) are cut at white space to keep downstream work bounded.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Sentence> s = new NewsSentenceSplitter().split("Dr. Smith left at 5 p.m. on Friday. He was tired.");
 * // 2 sentences
 * }</pre>
 */
public final class NewsSentenceSplitter implements SentenceSplitter {

    static final int MAX_SENTENCE_CHARS = 2000;

    @Override
    public List<Sentence> split(String page) {
        String text = PlainLayout.forReading(page); // one character for one: ranges hold in the page as given
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int segmentEnd = segmentEnd(text, lineStart);
            splitSegment(text, lineStart, segmentEnd, out);
            lineStart = segmentEnd + 1;
        }
        return out;
    }

    /** End (exclusive, at a newline or the text's end) of the block of lines starting at {@code from}. */
    private static int segmentEnd(String text, int from) {
        int n = text.length();
        int i = text.indexOf('\n', from);
        while (i >= 0) {
            if (!continuesSoftWrap(text, from, i)) {
                return i;
            }
            i = text.indexOf('\n', i + 1);
        }
        return n;
    }

    /** True when the line break at {@code nl} only wraps a sentence that goes on in lower case. */
    private static boolean continuesSoftWrap(String text, int from, int nl) {
        int before = nl - 1;
        while (before >= from && isSpace(text.charAt(before))) {
            before--;
        }
        if (before < from || isClosingPunctuation(text.charAt(before))) {
            return false;
        }
        if (text.charAt(before) == ',' && nl + 1 < text.length() && text.charAt(nl + 1) != '\n') {
            // a line ending in a comma ("SAN FRANCISCO,") is never a sentence or a headline of its own
            return true;
        }
        int after = nl + 1;
        while (after < text.length() && text.charAt(after) != '\n' && isSpace(text.charAt(after))) {
            after++;
        }
        return after < text.length() && Character.isLowerCase(text.charAt(after));
    }

    private static boolean isClosingPunctuation(char c) {
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '…' || c == '"' || c == '”';
    }

    private void splitSegment(String text, int from, int to, List<Sentence> out) {
        int sentenceStart = from;
        int quoteDepth = 0;
        int bracketDepth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '“' -> quoteDepth = 1;
                case '”' -> quoteDepth = 0;
                case '"' -> quoteDepth = opensQuote(text, i, from) ? 1 : 0;
                case '(', '[' -> bracketDepth++;
                case ')', ']' -> bracketDepth = Math.max(0, bracketDepth - 1);
                default -> { }
            }
            if ((c == ')' || c == ']') && ScrapedGlue.isLabel(text, sentenceStart, i, to)) {
                emit(text, sentenceStart, i + 1, out);
                sentenceStart = i + 1;
                bracketDepth = 0;
                quoteDepth = 0;
                continue;
            }
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int termEnd = i + 1;
            while (termEnd < to && isTerminator(text.charAt(termEnd))) {
                termEnd++;
            }
            int closeEnd = termEnd;
            boolean quoteOpen = quoteDepth > 0;
            while (closeEnd < to && isCloser(text.charAt(closeEnd))) {
                char closer = text.charAt(closeEnd);
                if (closer == '”' || closer == '"') {
                    quoteDepth = 0;
                } else if (closer == ')' || closer == ']') {
                    bracketDepth = Math.max(0, bracketDepth - 1);
                }
                closeEnd++;
            }
            int glued = ScrapedGlue.boundary(text, i, termEnd, closeEnd, to, quoteOpen);
            if (glued > 0) {
                emit(text, sentenceStart, glued, out);
                sentenceStart = glued;
                quoteDepth = 0;
                bracketDepth = 0;
                i = closeEnd - 1;
                continue;
            }
            if (closeEnd >= to || !isSpace(text.charAt(closeEnd))) {
                i = closeEnd - 1;
                continue;
            }
            int next = closeEnd;
            while (next < to && isSpace(text.charAt(next))) {
                next++;
            }
            if (next < to && isBoundary(text, i, termEnd, closeEnd, next, to, quoteDepth > 0, bracketDepth > 0)) {
                emit(text, sentenceStart, closeEnd, out);
                sentenceStart = next;
                quoteDepth = 0;
                bracketDepth = 0;
            }
            i = closeEnd - 1;
        }
        emit(text, sentenceStart, to, out);
    }

    private static boolean isBoundary(String text, int termStart, int termEnd, int closeEnd, int next, int to,
                                      boolean insideQuote, boolean insideBrackets) {
        char nc = text.charAt(next);
        if (Character.isLowerCase(nc) || nc == ',' || nc == ';' || nc == ':' || nc == ')' || nc == ']') {
            return false;
        }
        if (insideBrackets && text.indexOf(')', next) >= 0 && text.indexOf(')', next) < to) {
            return false;
        }
        if (insideQuote && quoteEndsInAttribution(text, next, to)) {
            return false;
        }
        boolean singleStop = termEnd - termStart == 1 && text.charAt(termStart) == '.';
        if (!singleStop || closeEnd > termEnd) {
            // "?", "!", "...", or a stop followed by a closing quote/bracket: the next capital decides.
            return !Character.isLowerCase(nc);
        }
        String word = wordBefore(text, termStart);
        String nextWord = wordAt(text, next, to);
        if (word.isEmpty()) {
            return true;
        }
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        if (!initial && Abbreviations.isNumberPrefix(word)) {
            return !Character.isDigit(nc);
        }
        if (Abbreviations.isPrefix(word)) {
            return false;
        }
        if (Abbreviations.isClockSuffix(word)) {
            // "at 8 p.m. EST on Tuesday", "at 5 p.m. (2200 GMT)": the zone or the bracketed time continues it
            return !Character.isDigit(nc) && !Abbreviations.isTimeZone(nextWord)
                    && !(nc == '(' && next + 1 < to && Character.isDigit(text.charAt(next + 1)));
        }
        if (initial || isDottedAcronym(word) || Abbreviations.isAmbiguous(word)) {
            return isOpening(nc) || Abbreviations.isSentenceOpener(nextWord);
        }
        return true;
    }

    /** "U.S", "Ph.D", "e.g": letters in groups of one or two joined by stops (not "example.com", "3.2"). */
    private static boolean isDottedAcronym(String word) {
        if (word.indexOf('.') <= 0) {
            return false;
        }
        int group = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '.') {
                group = 0;
            } else if (!Character.isLetter(c) || ++group > 2) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the quotation open at {@code from} closes with a comma or is followed by a
     * lower-case attribution ("… we saw," he said): such a quotation is one sentence with its cue.
     */
    private static boolean quoteEndsInAttribution(String text, int from, int to) {
        for (int q = from; q < to; q++) {
            char c = text.charAt(q);
            if (c == '”' || c == '"') {
                char before = text.charAt(q - 1);
                if (before == ',') {
                    return true;
                }
                int after = q + 1;
                while (after < to && isSpace(text.charAt(after))) {
                    after++;
                }
                return after < to && Character.isLowerCase(text.charAt(after)) && before != '.';
            }
            if (c == '“') {
                return false;
            }
        }
        return false;
    }

    /** A straight double quote opens a quotation when it is not right after a word character. */
    private static boolean opensQuote(String text, int i, int from) {
        if (i == from) {
            return true;
        }
        char before = text.charAt(i - 1);
        return isSpace(before) || before == '(' || before == '[' || before == '—' || before == '-';
    }

    /** The word that ends at the stop at {@code stop}, without that stop ("U.S", "Dr", "J"). */
    static String wordBefore(String text, int stop) {
        int start = stop;
        while (start > 0) {
            char c = text.charAt(start - 1);
            if (Character.isLetterOrDigit(c) || c == '.' || c == '\'' || c == '’' || c == '-') {
                start--;
            } else {
                break;
            }
        }
        return text.substring(start, stop);
    }

    private static String wordAt(String text, int from, int to) {
        int start = from;
        while (start < to && isOpening(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < to && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '\'')) {
            end++;
        }
        return text.substring(start, end);
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '[';
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00a0' || c == '\u2009'
                || c == '\u202f' || c == '\f';
    }

    /** Adds the trimmed range {@code [from, to)} as sentences, cutting over-long ones at white space. */
    private static void emit(String text, int from, int to, List<Sentence> out) {
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        while (to - from > MAX_SENTENCE_CHARS) {
            int cut = from + MAX_SENTENCE_CHARS;
            while (cut > from + MAX_SENTENCE_CHARS / 2 && !isSpace(text.charAt(cut))) {
                cut--;
            }
            if (!isSpace(text.charAt(cut))) {
                cut = from + MAX_SENTENCE_CHARS;
            }
            addIfWordy(text, from, cut, out);
            from = cut;
            while (from < to && isSpace(text.charAt(from))) {
                from++;
            }
        }
        int heading = ScrapedGlue.headingEnd(text, from, to);
        if (heading > from) {
            addIfWordy(text, from, heading, out);
            from = heading;
            while (from < to && isSpace(text.charAt(from))) {
                from++;
            }
        }
        int headline = ScrapedGlue.headlineEnd(text, from, to);
        if (headline > from) {
            addIfWordy(text, from, headline, out);
            from = headline;
            while (from < to && isSpace(text.charAt(from))) {
                from++;
            }
        }
        addIfWordy(text, from, to, out);
    }

    private static void addIfWordy(String text, int from, int to, List<Sentence> out) {
        int end = to;
        while (end > from && isSpace(text.charAt(end - 1))) {
            end--;
        }
        for (int i = from; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                out.add(new Sentence(out.size(), new TextRange(from, end)));
                return;
            }
        }
    }
}
