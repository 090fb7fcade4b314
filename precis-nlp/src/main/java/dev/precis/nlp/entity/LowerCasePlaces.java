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
        String[] titled = null;
        for (int i = 1; i < tokens.length; i++) {
            if (covered[i] || !CUES.contains(ListAndRulePass.lower(tokens[i - 1])) || !lowerWord(tokens[i])
                    || gazetteer.isCommonWord(tokens[i])) {
                continue;
            }
            if (titled == null) {
                titled = new String[tokens.length];
                for (int k = 0; k < tokens.length; k++) {
                    titled[k] = lowerWord(tokens[k]) ? tokens[k].substring(0, 1).toUpperCase(Locale.ROOT) + tokens[k].substring(1)
                            : tokens[k];
                }
            }
            int len = gazetteer.placeAt(titled, i);
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
