package dev.precis.nlp.entity;

import java.util.List;

/**
 * "Bollywood actor Akshay Kumar", "Jakarta governor Anies Baswedan": after a lower-case role noun the model often
 * takes only the surname of a name it has not seen, leaving the given name outside the person. One capitalised word
 * between a lower-case word and a person, in no mention and no place, title, role, month or listed non-person name,
 * is the person's given name. Stateless.
 */
final class GivenNamesAfterRoles {

    private GivenNamesAfterRoles() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        for (MentionDraft m : mentions) {
            int g = m.start - 1;
            if (!m.type.equals(EntityTypes.PERSON) || m.length() > 2 || g < 1 || !lowerCaseWord(tokens[g - 1])
                    || !givenName(tokens[g], gazetteer) || gazetteer.placeAt(tokens, g) > 0
                    || HeadWordJoins.covered(mentions, g)) {
                continue;
            }
            m.start = g;
            m.canonical = null;
        }
    }

    /**
     * No party member's word ("Republican") and no title in the plural ("Generals") either. An ordinary word is a
     * given name only when the first-name list holds it ("Dance teacher Eve Trew", "chief executive Mark Hale").
     */
    private static boolean givenName(String t, Gazetteer gazetteer) {
        String singular = t.endsWith("s") ? t.substring(0, t.length() - 1) : t;
        return t.length() > 1 && !Gazetteer.isUpper(t) && t.chars().allMatch(Character::isLetter)
                && ListAndRulePass.nameToken(gazetteer, t) && ListAndRulePass.nameToken(gazetteer, singular)
                && (!gazetteer.isCommonWord(t) || gazetteer.isFirstName(t)) && !ListAndRulePass.noNameAlone(t) && !DocumentLinker.PARTY_MEMBERS.contains(t);
    }

    /** A role noun or verb before the name: lower-case letters only ("actor", "governor", "told"). */
    private static boolean lowerCaseWord(String t) {
        return t.length() > 2 && t.chars().allMatch(Character::isLowerCase);
    }
}
