package dev.precis.nlp.entity;

import java.util.Locale;
import java.util.Set;

/**
 * Acronyms that take a letter from a small word of the long form as well as from its capitals: "U.N. Interim Force
 * in Lebanon (UNIFIL)" (the "I" of "in"), "al-Qaida in the Islamic Maghreb (AQIM)" (the "A" of the Arabic article).
 * Every capital of the long form is still spelled, in order; a small word ("in", "of", "and", "for", "on", "the")
 * or an Arabic article ("al-", "el-") may give its first letter or none. Tried only when the capitals alone spell no
 * long form, so the acronyms {@link AcronymIntroductions} matched before keep their long forms. Stateless.
 */
final class SmallWordLetters {

    /** Small words that may lend their first letter to an acronym. */
    private static final Set<String> LENDERS = WordSet.of("in", "of", "and", "for", "on", "the", "al", "el");

    private SmallWordLetters() {
    }

    /**
     * The nearest start of a run ending before {@code bracket} (capitalised words, the small words of {@code inside}
     * between them, and words with an Arabic article) that spells {@code letters} this way and opens with a letter of
     * the acronym; -1 when there is none.
     */
    static int longFormStart(String[] tokens, int bracket, String letters, int maxWords, Set<String> inside) {
        for (int j = bracket - 1; j >= 0 && bracket - j <= maxWords; j--) {
            String t = tokens[j];
            boolean article = articleWord(t);
            if (!ListAndRulePass.capitalised(t) && !inside.contains(t) && !article && !t.equals("-")) {
                return -1;
            }
            if (bracket - j >= 2 && (ListAndRulePass.capitalised(t) || article) && spells(tokens, j, bracket, letters, 0)) {
                return j;
            }
        }
        return -1;
    }

    /** "al-Qaida", "al-", "al" (the tokenizer's ways of writing the Arabic article before a name). */
    private static boolean articleWord(String t) {
        String head = t.indexOf('-') == 2 ? t.substring(0, 2) : t;
        return (head.equals("al") || head.equals("el")) && (t.length() == 2 || t.charAt(2) == '-');
    }

    /** Whether the tokens {@code [k, end)} spell {@code letters} from {@code at} on. */
    private static boolean spells(String[] tokens, int k, int end, String letters, int at) {
        if (k == end) {
            return at == letters.length();
        }
        String t = tokens[k];
        String caps = t.indexOf('.') > 0 ? t.replaceAll("[^\\p{Lu}]", "") : AcronymIntroductions.capitals(t); // "U.N."
        String lent = lent(t);
        if (lent != null && at < letters.length() && letters.charAt(at) == lent.charAt(0)
                && letters.startsWith(caps, at + 1) && spells(tokens, k + 1, end, letters, at + 1 + caps.length())) {
            return true;
        }
        return letters.startsWith(caps, at) && spells(tokens, k + 1, end, letters, at + caps.length());
    }

    /** The letter a small word or an article may lend, in capitals, or null. */
    private static String lent(String t) {
        String head = t.indexOf('-') > 0 ? t.substring(0, t.indexOf('-')) : t;
        return LENDERS.contains(head) ? head.substring(0, 1).toUpperCase(Locale.ROOT) : null;
    }
}
