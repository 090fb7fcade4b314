package dev.precis.nlp.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A plural role noun and "of"/"for" glued to the front of an organisation ("Bosses of Nordwerk Boerse", "Unions
 * for Nordwerk Boerse staff"): the people belong to the body, so the words are cut. Only when the rest is itself a
 * name the document tags alone or the lists know, so a body named that way ("Friends of the Earth", "Doctors for
 * Peace") keeps its words. Stateless.
 */
final class PluralRoleFronts {

    private PluralRoleFronts() {
    }

    static void apply(TokenizedText doc, List<MentionDraft> mentions, Gazetteer gazetteer) {
        Set<String> names = new HashSet<>();
        for (MentionDraft m : mentions) {
            names.add(Gazetteer.join(doc.sentence(m.sentence), m.start, m.end));
        }
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (m.type.equals(EntityTypes.ORGANIZATION) && m.length() >= 3 && roleNoun(tokens[m.start], gazetteer)
                    && (tokens[m.start + 1].equals("of") || tokens[m.start + 1].equals("for"))
                    && Character.isUpperCase(tokens[m.start + 2].charAt(0))
                    && (names.contains(Gazetteer.join(tokens, m.start + 2, m.end))
                            || gazetteer.lookup(tokens, m.start + 2, m.end) != null || headed(tokens, m.start + 2, m.end))) {
                m.start += 2;
                m.canonical = null;
            }
        }
    }

    /**
     * "Yeni Refah Partisi" after "Members of": two capitalised words or more closed by a word that ends bodies' names
     * ({@link ProperNameRule#ORG_WORDS}), so the rest is a body's whole name on its own.
     */
    private static boolean headed(String[] tokens, int from, int to) {
        if (to - from < 2 || !ProperNameRule.ORG_WORDS.contains(tokens[to - 1])) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!ListAndRulePass.capitalised(tokens[k]) || !Character.isLetter(tokens[k].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** "Bosses", "Unions": a capitalised plural of an ordinary word or a title. */
    private static boolean roleNoun(String word, Gazetteer gazetteer) {
        if (!Character.isUpperCase(word.charAt(0)) || !word.endsWith("s") || word.endsWith("ss")) {
            return false;
        }
        String singular = word.substring(0, word.length() - 1);
        return gazetteer.isCommonWord(singular) || GluedFrontWords.pluralTitle(word, gazetteer)
                || word.endsWith("es") && gazetteer.isCommonWord(word.substring(0, word.length() - 2));
    }
}
