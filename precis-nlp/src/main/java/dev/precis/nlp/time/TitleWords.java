package dev.precis.nlp.time;

import java.util.Set;

/**
 * Capitalised time words that belong to a name rather than a date: newspapers and programmes ("China
 * Daily", "USA Today", "BBC Radio 4's Today programme", "the Sunday Times") and events ("the Arab
 * Spring", "the Winter Olympics"). In running text a time word is capitalised only when it opens its
 * sentence or is a weekday or month; a headline in title case capitalises every word, so there
 * nothing is read as a name. Stateless.
 */
final class TitleWords {

    /** Prepositions of four letters or more that some title-case styles leave in lower case. */
    private static final Set<String> SMALL_WORDS = Set.of("with", "from", "into", "onto", "over", "upon", "amid", "than",
            "near", "after", "about", "under", "until", "before", "during", "against", "between", "without");

    private TitleWords() {
    }

    /** Whether the word at {@code start} is capitalised though a word or comma stands before it in its sentence. */
    static boolean capitalisedInside(String text, int start, int sentenceStart) {
        if (start >= text.length() || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        int i = start - 1;
        while (i >= sentenceStart && " \t\"“‘'(«[".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < sentenceStart) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isLetterOrDigit(c) || c == ',';
    }

    /** Whether the word right after {@code end} (past spaces) opens with a capital letter. */
    static boolean capitalisedAfter(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i > end && i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    /** Whether the word right before {@code start} (past spaces) opens with a capital letter. */
    static boolean capitalisedBefore(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i == start - 1) {
            return false;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return end > i + 1 && Character.isUpperCase(text.charAt(i + 1));
    }

    /**
     * Whether {@code [from, to)} reads as a title-case headline: no word of four letters or more in it
     * opens in lower case but the prepositions some title styles keep small ("Markets Rally Today As Oil
     * Falls", "Talks Resume with Rebels"; running text has verbs and nouns in lower case, "The Arab
     * Spring began in 2010").
     */
    static boolean headline(String text, int from, int to) {
        int i = Math.max(0, from);
        int limit = Math.min(text.length(), to);
        while (i < limit) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < limit && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - s >= 4 && Character.isLowerCase(text.charAt(s)) && !SMALL_WORDS.contains(text.substring(s, i))) {
                return false;
            }
        }
        return true;
    }
}
