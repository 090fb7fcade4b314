package dev.precis.nlp.quote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotation marks set with a space inside them, as some copy and every tokenised text sets them ("“ We will stay , ”
 * she said", "„ … “", "« … »", and straight ones: "\" We will stay , \" she said"): the space moves outside the mark,
 * one character for one so ranges hold, and the quotation then reads as one typed tight — its words open right after
 * the mark and its comma closes right before it, where the credits look. A straight mark with a space on both sides
 * opens or closes by its place among the straight marks of its paragraph, and only in a text that sets its straight
 * marks spaced (two in three at least). That place is read with the words around each mark ({@link #straightOpens}): a
 * quote left open where the next one opens (the news convention for a quote running over paragraphs, whose breaks a
 * joined text has lost) turns no count for the rest of the text.
 * Stateless.
 */
final class SpacedMarks {

    private SpacedMarks() {
    }

    /** The text with a space inside an opening mark moved before it and one inside a closing mark moved after it. */
    static String tightened(String text) {
        char[] out = null;
        int n = text.length();
        boolean straightSpaced = straightMarksSpaced(text);
        boolean[] opens = straightSpaced ? straightOpens(text) : null;
        boolean low = false; // a „ open in the paragraph, which “ closes
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    low = false;
                }
                continue;
            }
            boolean opening;
            if (c == '"') {
                if (!straightSpaced) {
                    continue;
                }
                if (!(i == 0 || Character.isWhitespace(text.charAt(i - 1))) || !(i + 1 == n || Character.isWhitespace(text.charAt(i + 1)))
                        || !spaced(text, i - 1) && !spaced(text, i + 1)) {
                    continue; // a straight mark is spaced when white space stands on both sides and a space on one
                }
                opening = opens[i];
            } else if (c == '“' && low) {
                // „…“: the high mark closes after the low one (German and Central European copy)
                low = false;
                opening = false;
            } else if (c == '“' || c == '„' || c == '«') {
                low = c == '„';
                opening = true;
            } else if (c == '”' || c == '»') {
                opening = false;
            } else {
                continue;
            }
            if (opening && spaced(text, i + 1) && i + 2 < n && Character.isLetterOrDigit(text.charAt(i + 2))
                    && (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-:".indexOf(text.charAt(i - 1)) >= 0)) {
                out = out == null ? text.toCharArray() : out;
                out[i] = text.charAt(i + 1);
                out[i + 1] = c;
                i++;
            } else if (!opening && spaced(text, i - 1) && i >= 2 && !Character.isWhitespace(text.charAt(i - 2))
                    && (i + 1 >= n || Character.isWhitespace(text.charAt(i + 1)) || ".,;:!?)".indexOf(text.charAt(i + 1)) >= 0)
                    && (out == null || out[i - 1] == ' ' || out[i - 1] == '\u00a0')) {
                out = out == null ? text.toCharArray() : out;
                out[i] = text.charAt(i - 1);
                out[i - 1] = c;
            }
        }
        return out == null ? text : new String(out);
    }

    /** A reporting verb as a whole word. */
    private static final Pattern VERB = Pattern.compile("(?i)" + SpeechCues.VERB + "(?![\\p{L}\\p{N}])");

    /** One to three capitalised words and a reporting verb after a closing mark: "\" Amnesty writes", "\" Ann Reed said". */
    private static final Pattern NAME_VERB = Pattern.compile("(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}" + SpeechCues.VERB
            + "(?![\\p{L}\\p{N}])");

    /** Articles, determiners and prepositions, on which a quotation does not end. */
    private static final Pattern FUNCTION_WORD = Pattern.compile("(?i)a|an|the|of|to|for|with|by|from|as|his|her|their|its"
            + "|our|my|your|this|these|those");

    /** Evidence against a mark's reading; a strong cue outweighs a turned count. */
    private static final int STRONG = 3;
    private static final int WEAK = 1;

    /**
     * For each straight mark of the text (at its offset), whether it opens a quotation. Each paragraph's marks are read
     * as one path through "outside" and "inside" a quotation (a best path, Viterbi): a mark outside opens; one inside
     * closes, or opens the next quotation with the first left unclosed — the news convention for a quote running on
     * into a new paragraph, cheap only after a sentence's stop — and a mark may be left as a stray at a price. The
     * words around a mark weigh each reading: a comma, question or exclamation mark before it and a lower-case word
     * after it ("… , \" he said"), a reporting verb or a name and one after it ("\" said Ann Reed", "\" Amnesty writes")
     * or the text's end close; the paragraph's start, a colon or a reporting verb before it ("Amnesty writes , \" …")
     * open, and an article or preposition before it leans to opening ("with a \" …"); a tight mark opens or closes by
     * its shape. With no cue, the path keeps the plain alternation.
     */
    static boolean[] straightOpens(String text) {
        int n = text.length();
        boolean[] out = new boolean[n];
        int from = 0;
        while (from < n) {
            int end = text.indexOf("\n\n", from);
            end = end < 0 ? n : end;
            int count = 0;
            for (int i = text.indexOf('"', from); i >= 0 && i < end; i = text.indexOf('"', i + 1)) {
                count++;
            }
            if (count > 0) {
                paragraph(text, from, end, count, out);
            }
            from = end + 2;
        }
        return out;
    }

    /** The best reading of the {@code count} straight marks of the paragraph {@code [from, end)}, written into {@code out}. */
    private static void paragraph(String text, int from, int end, int count, boolean[] out) {
        int[] at = new int[count];
        int k = 0;
        for (int i = text.indexOf('"', from); i >= 0 && i < end; i = text.indexOf('"', i + 1)) {
            at[k++] = i;
        }
        // cost[s]: the best path's price with the marks so far, s = 0 outside a quotation, 1 inside; back[j][s]: the
        // state before mark j on the best path to s after it; act[j][s]: whether mark j opened on that path
        int[] cost = {0, Integer.MAX_VALUE / 2};
        int[][] back = new int[count][2];
        boolean[][] act = new boolean[count][2];
        for (int j = 0; j < count; j++) {
            int cue = cue(text, from, end, at[j]);
            int openCost = cue < 0 ? -cue : 0;
            int closeCost = cue > 0 ? cue : 0;
            int reopen = openCost + (afterStop(text, from, at[j]) ? WEAK : STRONG);
            int[] next = new int[2];
            // to inside: open from outside, or open anew from inside
            if (cost[0] + openCost <= cost[1] + reopen) {
                next[1] = cost[0] + openCost;
                back[j][1] = 0;
            } else {
                next[1] = cost[1] + reopen;
                back[j][1] = 1;
            }
            act[j][1] = true;
            // to outside: close from inside, or a stray mark outside
            int stray = cost[0] + 2 * WEAK + closeCost;
            if (cost[1] + closeCost <= stray) {
                next[0] = cost[1] + closeCost;
                back[j][0] = 1;
            } else {
                next[0] = stray;
                back[j][0] = 0;
            }
            act[j][0] = false;
            cost = next;
        }
        int s = cost[0] <= cost[1] + WEAK ? 0 : 1; // a quotation left open at the paragraph's end costs a little
        for (int j = count - 1; j >= 0; j--) {
            out[at[j]] = act[j][s];
            s = back[j][s];
        }
    }

    /**
     * The words' weight for the straight mark at {@code i} opening (above 0) or closing (below 0), within its
     * paragraph {@code [from, end)}.
     */
    private static int cue(String text, int from, int end, int i) {
        boolean spaceBefore = i == from || Character.isWhitespace(text.charAt(i - 1));
        boolean spaceAfter = i + 1 == end || Character.isWhitespace(text.charAt(i + 1));
        if (spaceBefore != spaceAfter) {
            return spaceBefore ? STRONG : -STRONG; // a tight mark: its shape says it
        }
        int before = i - 1;
        while (before >= from && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        int after = i + 1;
        while (after < end && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        if (before < from || before >= from && text.charAt(before) == ':') {
            return STRONG;
        }
        if (after >= end) {
            return -STRONG;
        }
        char prev = text.charAt(before);
        char next = text.charAt(after);
        if (verbBefore(text, from, prev == ',' || prev == '.' ? before : before + 1)) {
            return STRONG; // "Amnesty writes , \" Despite …", "he said . \" I …"
        }
        if (Character.isLetter(prev) && FUNCTION_WORD.matcher(text).region(wordStart(text, from, before + 1), before + 1).matches()) {
            return WEAK; // "seating with a \" protection \"": a quotation ends on no article or preposition
        }
        if (",?!".indexOf(prev) >= 0 && Character.isLowerCase(next)) {
            return -STRONG;
        }
        Matcher verb = VERB.matcher(text).region(after, Math.min(end, after + 40));
        if (verb.lookingAt() || NAME_VERB.matcher(text).region(after, Math.min(end, after + 80)).lookingAt()
                && ".,?!".indexOf(prev) >= 0) {
            return -STRONG;
        }
        return prev == ',' ? -WEAK : 0;
    }

    /** Whether a reporting verb ends right before {@code at} (after white space). */
    private static boolean verbBefore(String text, int from, int at) {
        int end = at;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = wordStart(text, from, end);
        return end - start >= 3 && VERB.matcher(text).region(start, end).matches();
    }

    /** Where the word of letters ending at {@code end} starts. */
    private static int wordStart(String text, int from, int end) {
        int start = end;
        while (start > from && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** Whether a sentence's stop (and maybe a closing single mark) stands before the mark at {@code i}, after white space. */
    private static boolean afterStop(String text, int from, int i) {
        int b = i - 1;
        while (b >= from && (Character.isWhitespace(text.charAt(b)) || text.charAt(b) == '\'' || text.charAt(b) == '’')) {
            b--;
        }
        return b >= from && ".!?…".indexOf(text.charAt(b)) >= 0;
    }

    /**
     * Whether the text sets its straight marks spaced: two or more, and at least two in three of them with white space
     * (or the text's edge) on both sides. Only then is a straight mark's direction read from its place among the others;
     * in a text that types them tight, a spaced one is left as it is (a stray or an unclosed mark earlier would turn the
     * count inside out).
     */
    private static boolean straightMarksSpaced(String text) {
        int count = 0;
        int spaced = 0;
        for (int i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
            count++;
            spaced += (i == 0 || Character.isWhitespace(text.charAt(i - 1))) && (i + 1 == text.length()
                    || Character.isWhitespace(text.charAt(i + 1))) ? 1 : 0;
        }
        return spaced >= 2 && 3 * spaced >= 2 * count;
    }

    /** Whether the character at {@code i} is a space (plain or no-break) inside the text. */
    private static boolean spaced(String text, int i) {
        return i >= 0 && i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0');
    }
}
