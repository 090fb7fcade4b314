package dev.precis.summarize;

import dev.precis.model.StandAloneSentences;
import dev.precis.model.SummaryLength;
import java.util.regex.Pattern;

/**
 * What makes a sentence read badly in a summary: a caption, photo credit or byline; a fragment of
 * page furniture; an opening pronoun or connective that points to a sentence the reader will not
 * see; half of a quotation; a list's lead or item standing alone. The tests the story summaries share (a
 * dangling opening, a list fragment) are in {@link StandAloneSentences}. Stateless.
 */
public final class SentenceShape {

    private static final Pattern SPEECH_VERB = Pattern.compile(
            "\\b(said|says|told|added|explained|according to|stated|announced|insisted|claimed|warned|wrote)\\b");

    private static final Pattern PRONOUN_SPEAKER = Pattern.compile(
            "(?:[,\"”]|[,.!?]['’])\\s+(he|she|they|it) (said|says|added|told|explained|insisted|claimed|warned)\\b"
            + "|^\\W*(he|she|they) (said|says|added|told)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|I'm|I've|we|We|my|My|our|Our|me|us)\\b");

    /**
     * What a sentence is made of, for the summary model: the share of its characters inside quotation
     * marks, whether it opens with one, names a speech act, holds a number, the share of its words that
     * are capitalised (names), whether it asks a question, speaks in the first person outside quotes,
     * or credits a quotation to a bare pronoun ("…," he said).
     */
    record Traits(double quoteShare, boolean opensWithQuote, boolean speech, boolean number,
                  double capitalised, boolean question, boolean firstPerson, boolean pronounSpeaker) {
    }

    static Traits traits(String s) {
        int quoted = 0;
        boolean inside = false;
        StringBuilder outside = new StringBuilder(s.length());
        boolean digit = false;
        boolean[] single = hasDoubleMarks(s) ? null : singleQuoted(s);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                inside = c == '“' || c != '”' && !inside;
                continue;
            }
            if (inside || single != null && single[i]) {
                quoted++;
            } else {
                outside.append(c);
            }
            digit |= Character.isDigit(c);
        }
        int words = 0;
        int capitals = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetter(s.charAt(i));
            if (letter && !inWord) {
                words++;
                if (Character.isUpperCase(s.charAt(i)) && i > 0) {
                    capitals++;
                }
            }
            inWord = letter || inWord && (s.charAt(i) == '\'' || s.charAt(i) == '-');
        }
        String trimmed = s.strip();
        int first = 0;
        while (first < trimmed.length() && !Character.isLetterOrDigit(trimmed.charAt(first))
                && trimmed.charAt(first) != '"' && trimmed.charAt(first) != '“') {
            first++;
        }
        boolean opensWithQuote = first < trimmed.length() && (trimmed.charAt(first) == '"' || trimmed.charAt(first) == '“')
                || single != null && opensWithSingleQuote(s, single);
        return new Traits(s.isEmpty() ? 0 : quoted / (double) s.length(), opensWithQuote,
                SPEECH_VERB.matcher(s).find(), digit, words <= 1 ? 0 : capitals / (double) (words - 1),
                trimmed.endsWith("?") || trimmed.endsWith("?\"") || trimmed.endsWith("?”"),
                FIRST_PERSON.matcher(outside).find(), PRONOUN_SPEAKER.matcher(s).find());
    }

    static boolean hasDoubleMarks(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                return true;
            }
        }
        return false;
    }

    /**
     * The characters inside quotations in single marks ('…' or ‘…’), the house style of British and
     * Commonwealth copy, in a sentence without double marks. A mark opens at the sentence's start or after
     * a space or bracket before a letter or digit, and closes after a letter, digit or stop before a
     * space, stop or the end; a quotation that does not close in the sentence counts nothing, so an
     * apostrophe ("don't", "the Joneses' house", "the '90s") is never taken for one.
     */
    static boolean[] singleQuoted(String s) {
        boolean[] in = new boolean[s.length()];
        int open = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\'' && c != '‘' && c != '’') {
                continue;
            }
            char before = i == 0 ? ' ' : s.charAt(i - 1);
            char after = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            if (open < 0 && c != '’' && (Character.isWhitespace(before) || before == '(' || before == '[')
                    && Character.isLetterOrDigit(after)) {
                open = i;
            } else if (open >= 0 && c != '‘' && (Character.isLetterOrDigit(before) || ",.!?".indexOf(before) >= 0)
                    && (Character.isWhitespace(after) || ".,;:!?)".indexOf(after) >= 0)) {
                java.util.Arrays.fill(in, open + 1, i, true);
                open = -1;
            }
        }
        return in;
    }

    /** The sentence's first visible character is a single mark that opens a quotation ({@code single} marks its inside). */
    private static boolean opensWithSingleQuote(String s, boolean[] single) {
        int f = 0;
        while (f < s.length() && Character.isWhitespace(s.charAt(f))) {
            f++;
        }
        return f + 1 < s.length() && (s.charAt(f) == '\'' || s.charAt(f) == '‘') && single[f + 1];
    }

    private SentenceShape() {
    }

    /** Words as the budget counts them ({@link SummaryLength#wordCount}: as a reader counts). */
    static int wordCount(String s) {
        return SummaryLength.wordCount(s);
    }

    /**
     * Runs of letters or digits ("don't" is two, "US-led" two): the count the junk and trim thresholds
     * were set on, kept for them so that counting the budget as a reader does changes only the budget.
     */
    static int letterRuns(String s) {
        int count = 0;
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !inRun) {
                count++;
            }
            inRun = w;
        }
        return count;
    }

    /**
     * True when the sentence reads well only after the one before it: it opens with a pronoun or
     * connective ({@link StandAloneSentences#opensWithDanglingReference}) or credits a quotation to a bare pronoun.
     */
    static boolean needsAntecedent(String s) {
        return StandAloneSentences.opensWithDanglingReference(s) || PRONOUN_SPEAKER.matcher(s).find()
                || Demonstratives.pointsBack(s);
    }

    /** True when the sentence holds an odd number of quotation marks: it is half of a quotation. */
    static boolean isPartialQuote(String s) {
        int straight = 0;
        int open = 0;
        int close = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '“') {
                open++;
            } else if (c == '”') {
                close++;
            }
        }
        return straight % 2 != 0 || open != close;
    }
}
