package dev.precis.nlp.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "i am from mexico traveling to san francisco", "houseboats in kerala": in a sentence written all in lower case
 * (forum posts, messages; no capital after its first word but "I"), a GeoNames place name right after "in", "from",
 * "to", "near" or "visiting", lower case as the rest, is the place — the name model keys on capitals and misses it.
 * A frequent ordinary word ("in turkey", "in reading") is never taken, nor a one-word name of fewer than four
 * letters. Newswire, which capitalises its places, is untouched: a sentence with a capital inside is skipped.
 * Stateless.
 */
final class LowerCasePlaces {

    private static final Set<String> CUES = Set.of("in", "from", "to", "near", "visiting", "around", "outside");

    private LowerCasePlaces() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, boolean[] covered, int sentence, Gazetteer gazetteer) {
        if (!lowerCaseSentence(tokens)) {
            return;
        }
        // cheap tests first (a cue before, a lower-case word, not a frequent one); then the first word alone is
        // title-cased and checked against GeoNames's first-word index; only a word that opens a place name has the
        // words after it title-cased for the look-up — nothing is built for the sentence as a whole
        for (int i = 1; i < tokens.length; i++) {
            if (covered[i] || !cue(tokens, i - 1) || !lowerWord(tokens[i]) || gazetteer.isCommonWord(tokens[i])) {
                continue;
            }
            String first = titled(tokens[i]);
            int bound = Math.min(gazetteer.placeWordsStartingWith(first), tokens.length - i);
            if (bound == 0) {
                continue;
            }
            String[] words = new String[bound];
            words[0] = first;
            for (int k = 1; k < bound; k++) {
                words[k] = titled(tokens[i + k]);
            }
            int len = gazetteer.placeAt(words, 0);
            if (len == 0 || len == 1 && tokens[i].length() < 4) {
                continue;
            }
            boolean free = true;
            for (int k = i; k < i + len; k++) {
                free &= !covered[k] && lowerWord(tokens[k]);
            }
            if (free) {
                MentionDraft m = new MentionDraft(sentence, i, i + len, EntityTypes.LOCATION, true);
                mentions.add(m);
                ListAndRulePass.mark(covered, m);
                i += len - 1;
            }
        }
    }

    /**
     * A cue word at {@code k}: inside a lower-case sentence any word but the first is lower case already (or "I…",
     * no cue), so only the first is lower-cased.
     */
    private static boolean cue(String[] tokens, int k) {
        return CUES.contains(k == 0 ? ListAndRulePass.lower(tokens[0]) : tokens[k]);
    }

    /** "san" → "San" for the look-up; a word not all letters and hyphens stays as it is. */
    private static String titled(String t) {
        return lowerWord(t) ? t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1) : t;
    }

    /** No capitalised word after the first but "I" and its contractions, and at least four words. */
    static boolean lowerCaseSentence(String[] tokens) {
        if (tokens.length < 4) {
            return false;
        }
        for (int k = 1; k < tokens.length; k++) {
            String t = tokens[k];
            if (!t.isEmpty() && Character.isUpperCase(t.charAt(0)) && !t.equals("I") && !t.startsWith("I'") && !t.startsWith("I’")) {
                return false;
            }
        }
        return true;
    }

    private static boolean lowerWord(String t) {
        if (t.isEmpty() || !Character.isLowerCase(t.charAt(0))) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (!Character.isLetter(c) && c != '-') {
                return false;
            }
        }
        return true;
    }
}
