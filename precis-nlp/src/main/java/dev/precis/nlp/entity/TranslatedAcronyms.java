package dev.precis.nlp.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A body named in English before the acronym of its name in its own language, as outlets in Latin America,
 * francophone Africa or the Arab world write it: "the National Unit for Disaster Risk Management (UNGRD)", whose
 * letters follow the Spanish word order. The capitals of the English words are then the acronym's letters in another
 * order, one of them missing or changed. A run of capitalised words (with "of", "for", "and" … between them)
 * straight before the bracket is the long form when it has about as many capitalised words as the acronym has
 * letters (one more or fewer), their initials share all but one of the acronym's letters, and one of its words is a
 * body's word ("Unit", "Commission", "Institute", "Office"; see
 * {@link GazetteerFeatureGenerator#ORG_WORDS}). Used by {@link AcronymIntroductions} only when the letters in order
 * found nothing. Stateless.
 */
final class TranslatedAcronyms {

    private static final Set<String> INSIDE = WordSet.of("of", "for", "and", "the", "on", "in", "de", "del", "des", "du",
            "la", "pour", "et", "&");

    /** Body words beside {@link GazetteerFeatureGenerator#ORG_WORDS} that public bodies' English names end in. */
    private static final Set<String> MORE_BODIES = WordSet.of("Unit", "Centre", "Center", "Network", "Confederation",
            "Society", "Institution", "Registry", "Observatory", "Mission", "Platform");

    private TranslatedAcronyms() {
    }

    /** The first token of the long form ending at {@code bracket - 1}, or -1. */
    static int longFormStart(String[] tokens, int bracket, String letters, int maxWords) {
        if (letters.length() < 3) {
            return -1;
        }
        int start = bracket;
        while (start > 0 && bracket - start < maxWords) {
            String t = tokens[start - 1];
            if (!(ListAndRulePass.capitalised(t) && DocumentLinker.letters(t) || INSIDE.contains(t))) {
                break;
            }
            start--;
        }
        while (start < bracket && (INSIDE.contains(tokens[start]) || tokens[start].equals("The"))) {
            start++;
        }
        if (start == bracket || !ListAndRulePass.capitalised(tokens[bracket - 1])) {
            return -1;
        }
        int best = -1;
        int bestScore = Integer.MIN_VALUE;
        for (int k = bracket - 1; k >= start; k--) {
            if (!ListAndRulePass.capitalised(tokens[k])) {
                continue;
            }
            int score = score(tokens, k, bracket, letters);
            if (score > bestScore) { // ties keep the shorter run: "Officials of the Congolese Agency …" loses
                best = k;
                bestScore = score;
            }
        }
        return bestScore == Integer.MIN_VALUE ? -1 : best;
    }

    /**
     * How well tokens [from, bracket) spell the acronym out of order: the letters shared with the words' initials less
     * the difference in count; {@link Integer#MIN_VALUE} when they fail the tests.
     */
    private static int score(String[] tokens, int from, int bracket, String letters) {
        Map<Character, Integer> initials = new HashMap<>();
        int words = 0;
        boolean body = false;
        for (int k = from; k < bracket; k++) {
            if (ListAndRulePass.capitalised(tokens[k])) {
                words++;
                initials.merge(tokens[k].charAt(0), 1, Integer::sum);
                body |= GazetteerFeatureGenerator.ORG_WORDS.contains(tokens[k]) || MORE_BODIES.contains(tokens[k]);
            }
        }
        int diff = Math.abs(words - letters.length());
        if (!body || words < 2 || diff > 1) {
            return Integer.MIN_VALUE;
        }
        int shared = 0;
        for (char c : letters.toCharArray()) {
            Integer n = initials.get(c);
            if (n != null && n > 0) {
                shared++;
                initials.put(c, n - 1);
            }
        }
        return shared >= letters.length() - 1 ? shared - diff : Integer.MIN_VALUE;
    }
}
