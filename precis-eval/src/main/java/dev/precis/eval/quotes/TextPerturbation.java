package dev.precis.eval.quotes;

import java.util.Locale;

/**
 * Rewrites an article's layout the way other outlets and feeds print the same words, keeping a map from
 * every original offset to the rewritten text so gold spans move with their words. Used by
 * {@code precis eval quotes --perturb} to find which text formats lose quotes: PolNeAR is US newspaper copy
 * with curly or straight double marks and paragraphs separated by blank lines, while news from elsewhere
 * comes with British single marks, hard-wrapped lines, CRLF line ends, no-break spaces or paragraphs run
 * together. Each form changes layout only, never a word. Stateless and thread-safe.
 */
public enum TextPerturbation {
    /** No change. */
    NONE,
    /** Curly double and single marks become ASCII {@code "} and {@code '} (wire and plain-text copy). */
    STRAIGHT,
    /**
     * Double quotation marks become British single ones: “ and an opening {@code "} become ‘, ” and a
     * closing {@code "} become ’ (a straight mark opens after white space, a bracket or a dash, as typesetters
     * curl them); apostrophes and single marks already there are left as they are.
     */
    SINGLE,
    /** Each paragraph hard-wrapped at 72 columns (a space becomes a line break); paragraphs stay apart by a blank line. */
    WRAP,
    /** Every line end becomes CRLF. */
    CRLF,
    /** No-break spaces: every space after a word of at most four characters ("Mr.", "said", "told") or next to a quotation mark. */
    NBSP,
    /** Paragraphs run together into one block: each run of line breaks becomes one space. */
    JOINED;

    /** The rewritten text and, for every offset {@code 0..original.length()}, its offset in {@code text}. */
    public record Perturbed(String text, int[] map) {

        /** The span {@code [start, end)} of the original text in the rewritten one. */
        public int[] span(int[] original) {
            return original == null ? null : new int[] {map[original[0]], map[original[1]]};
        }
    }

    /** Parses a command-line name ("straight", "crlf", …). */
    public static TextPerturbation parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--perturb: '" + name + "' is not one of none, straight, single, wrap, crlf, nbsp, joined");
        }
    }

    /** Rewrites {@code text}. */
    public Perturbed apply(String text) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n + n / 8);
        int[] map = new int[n + 1];
        int column = 0;
        for (int i = 0; i < n; i++) {
            map[i] = out.length();
            char c = text.charAt(i);
            switch (this) {
                case STRAIGHT -> out.append(c == '“' || c == '”' ? '"' : c == '‘' || c == '’' ? '\'' : c);
                case SINGLE -> out.append(c == '“' ? '‘' : c == '”' ? '’' : c == '"' ? (opensByShape(text, i) ? '‘' : '’') : c);
                case WRAP -> {
                    if (c == '\n') {
                        column = 0;
                        out.append(c);
                    } else if (c == ' ' && column > 0 && column + wordLength(text, i + 1) >= 72) {
                        out.append('\n');
                        column = 0;
                    } else {
                        out.append(c);
                        column++;
                    }
                }
                case CRLF -> out.append(c == '\n' ? "\r\n" : String.valueOf(c));
                case NBSP -> out.append(c == ' ' && (shortWordBefore(text, i) || isMark(text, i - 1) || isMark(text, i + 1)) ? '\u00a0' : c);
                case JOINED -> {
                    if (c == '\n') {
                        boolean first = i == 0 || text.charAt(i - 1) != '\n';
                        if (first && i > 0 && text.charAt(i - 1) != ' ') {
                            out.append(' ');
                        }
                    } else {
                        out.append(c);
                    }
                }
                default -> out.append(c);
            }
        }
        map[n] = out.length();
        return new Perturbed(out.toString(), map);
    }

    /** A straight mark opens when it starts the text or follows white space, a bracket or a dash (as typesetters curl them). */
    private static boolean opensByShape(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || before == '(' || before == '[' || before == '—' || before == '–' || before == '-';
    }

    private static int wordLength(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != ' ' && text.charAt(i) != '\n') {
            i++;
        }
        return i - from + 1;
    }

    private static boolean shortWordBefore(String text, int space) {
        int i = space - 1;
        while (i >= 0 && !Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        int length = space - 1 - i;
        return length > 0 && length <= 4;
    }

    private static boolean isMark(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '"' || c == '“' || c == '”';
    }
}
