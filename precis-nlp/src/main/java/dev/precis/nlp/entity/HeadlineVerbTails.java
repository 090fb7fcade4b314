package dev.precis.nlp.entity;

import java.util.List;
import java.util.Locale;

/**
 * "Aamir Khan Opens Up About His Film", "Kiran Rao Gets Candid": in a title-case headline the model runs a person
 * on over the capitalised verb after the name. A word of the person after two or more name words (capitalised,
 * none a frequent word) that is an ordinary verb in the third person (lower-cased it ends in "s" and without the
 * "s" is a frequent word: "Opens", "Gets", "Debuts") ends the name before it. A two-word name is kept whole
 * ("Tyra Banks"), and so is a body's name ("Departments of Motor Vehicles" has frequent words). Stateless.
 */
final class HeadlineVerbTails {

    private HeadlineVerbTails() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.PERSON) || m.length() < 3) {
                continue;
            }
            for (int k = m.start + 2; k < m.end; k++) {
                if (verb(tokens[k], gazetteer) && namesBefore(tokens, m.start, k, gazetteer)) {
                    m.end = k;
                    m.canonical = null;
                    break;
                }
            }
        }
    }

    /** The words left are a name: capitalised, none a frequent word ("Departments of Motor Vehicles" is none). */
    private static boolean namesBefore(String[] tokens, int from, int to, Gazetteer gazetteer) {
        for (int k = from; k < to; k++) {
            if (!ListAndRulePass.capitalised(tokens[k]) || gazetteer.isCommonWord(tokens[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean verb(String t, Gazetteer gazetteer) {
        String lower = t.toLowerCase(Locale.ROOT);
        return ListAndRulePass.capitalised(t) && !Gazetteer.isUpper(t) && lower.length() > 3 && lower.endsWith("s")
                && !lower.endsWith("ss") && gazetteer.isCommonWord(lower) && gazetteer.isCommonWord(lower.substring(0, lower.length() - 1));
    }
}
