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
                            || gazetteer.lookup(tokens, m.start + 2, m.end) != null)) {
                m.start += 2;
                m.canonical = null;
            }
        }
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
