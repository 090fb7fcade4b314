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
    JOINED,
    /**
     * British single marks typed on a plain keyboard: double marks become {@code '} and curly single marks and
     * apostrophes become {@code '} too, so apostrophes ("won't", "the '90s", "Jones'") and quotation marks look alike.
     */
    SINGLEASCII,
    /** The typewriter marks of wire copy and the Penn Treebank: {@code ``…''} for double marks (straight ones by shape). */
    PTB,
    /** Guillemets: {@code «…»} for double marks (straight ones by shape), as in copy from French, Swiss or Russian outlets. */
    GUILLEMETS,
    /**
     * Dialogue set with dashes: a paragraph that opens with a double mark opens with "— " instead and that
     * quotation's closing mark is dropped ("— We will rebuild it, Ann Reed said."); other marks are kept.
     */
    DASH,
    /** One sentence a line: a line break after each sentence's stop (not after "Mr." or "U.S."), paragraphs without blank lines. */
    SENTLINES,
    /** Paragraphs on lines of their own with no blank line between them: each run of line breaks becomes one. */
    LINES,
    /**
     * Marks left HTML-escaped, as a scraper that does not decode entities gives them: {@code “ ” ‘ ’} become
     * {@code &ldquo; &rdquo; &lsquo; &rsquo;}, {@code "} becomes {@code &quot;}, {@code '} {@code &#39;} and {@code &} {@code &amp;}.
     */
    HTMLESC,
    /** German-style low-high marks: an opening double mark becomes „ and a closing one “ (straight ones by shape). */
    LOWHIGH,
    /** A space inside each double mark, as some copy sets them: {@code “ We will … May, ” Ann Reed said}. */
    SPACED;

    /** The rewritten text and, for every offset {@code 0..original.length()}, its offset in {@code text}. */
    public record Perturbed(String text, int[] map, boolean aligned) {

        /** A rewrite that keeps every character (each offset maps). */
        public Perturbed(String text, int[] map) {
            this(text, map, false);
        }

        /**
         * The span {@code [start, end)} of the original text in the rewritten one. For an {@code aligned} text
         * (a {@link TextAlignment}, where unfound characters map to -1): from its first found character to just
         * after its last, or {@code {-1, -1}} (which overlaps nothing) when none was found.
         */
        public int[] span(int[] original) {
            if (original == null) {
                return null;
            }
            if (!aligned) {
                return new int[] {map[original[0]], map[original[1]]};
            }
            int first = -1;
            int last = -1;
            for (int i = original[0]; i < original[1]; i++) {
                if (map[i] >= 0) {
                    first = first < 0 ? map[i] : first;
                    last = map[i];
                }
            }
            return first < 0 ? new int[] {-1, -1} : new int[] {first, last + 1};
        }
    }

    /** Parses a command-line name ("straight", "crlf", …). */
    public static TextPerturbation parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--perturb: '" + name + "' is not one of none, straight, single, wrap, crlf, nbsp, joined,"
                    + " singleascii, ptb, guillemets, dash, sentlines, lines, htmlesc, lowhigh, spaced");
        }
    }

    /** Rewrites {@code text}. */
    public Perturbed apply(String text) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n + n / 8);
        int[] map = new int[n + 1];
        int column = 0;
        boolean[] dashed = this == DASH ? dashed(text) : null;
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
                case SINGLEASCII -> out.append(c == '“' || c == '”' || c == '"' || c == '‘' || c == '’' ? '\'' : c);
                case PTB -> out.append(c == '“' ? "``" : c == '”' ? "''" : c == '"' ? (opensByShape(text, i) ? "``" : "''") : String.valueOf(c));
                case GUILLEMETS -> out.append(c == '“' ? '«' : c == '”' ? '»' : c == '"' ? (opensByShape(text, i) ? '«' : '»') : c);
                case DASH -> {
                    if (dashed[i] && (c == '“' || c == '"' && opensByShape(text, i))) {
                        out.append("— ");
                    } else if (!dashed[i]) {
                        out.append(c);
                    }
                }
                case SENTLINES -> {
                    if (c == '\n' && i > 0 && text.charAt(i - 1) == '\n') {
                        // a blank line goes: every line is a sentence
                    } else {
                        out.append(c == ' ' && sentenceEndsBefore(text, i) ? '\n' : c);
                    }
                }
                case LINES -> {
                    if (c != '\n' || i == 0 || text.charAt(i - 1) != '\n') {
                        out.append(c);
                    }
                }
                case HTMLESC -> out.append(switch (c) {
                    case '“' -> "&ldquo;";
                    case '”' -> "&rdquo;";
                    case '‘' -> "&lsquo;";
                    case '’' -> "&rsquo;";
                    case '"' -> "&quot;";
                    case '\'' -> "&#39;";
                    case '&' -> "&amp;";
                    default -> String.valueOf(c);
                });
                case LOWHIGH -> out.append(c == '“' ? '„' : c == '”' ? '“' : c == '"' ? (opensByShape(text, i) ? '„' : '“') : c);
                case SPACED -> {
                    boolean opens = c == '“' || c == '"' && opensByShape(text, i);
                    boolean closes = c == '”' || c == '"' && !opens;
                    out.append(opens ? c + " " : closes ? " " + c : String.valueOf(c));
                }
                default -> out.append(c);
            }
        }
        map[n] = out.length();
        return new Perturbed(out.toString(), map);
    }

    /**
     * The marks DASH rewrites: the opening mark of each paragraph that opens with a double mark, and the first
     * closing mark after it in that paragraph.
     */
    private static boolean[] dashed(String text) {
        boolean[] out = new boolean[text.length()];
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            int first = at;
            while (first < end && text.charAt(first) == ' ') {
                first++;
            }
            if (first < end && (text.charAt(first) == '“' || text.charAt(first) == '"')) {
                for (int i = first + 1; i < end; i++) {
                    char c = text.charAt(i);
                    if (c == '”' || c == '"' && !opensByShape(text, i)) {
                        out[first] = true;
                        out[i] = true;
                        break;
                    }
                    if (c == '“' || c == '"') {
                        break;
                    }
                }
            }
            at = end + 1;
        }
        return out;
    }

    /**
     * Whether the space at {@code i} follows a sentence's stop (and perhaps a closing mark) and precedes a capital
     * or an opening mark; a stop after a short capitalised word or an initialism ("Mr.", "U.S.") ends no sentence.
     */
    private static boolean sentenceEndsBefore(String text, int i) {
        if (i < 2 || i + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(i + 1);
        if (!Character.isUpperCase(next) && next != '“' && next != '"' && next != '‘') {
            return false;
        }
        int stop = i - 1;
        if ("”\"’'".indexOf(text.charAt(stop)) >= 0) {
            stop--;
        }
        if (stop < 1 || ".!?".indexOf(text.charAt(stop)) < 0) {
            return false;
        }
        if (text.charAt(stop) != '.') {
            return true;
        }
        int w = stop;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, stop);
        return !(word.contains(".") || word.length() <= 3 && !word.isEmpty() && Character.isUpperCase(word.charAt(0)));
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
