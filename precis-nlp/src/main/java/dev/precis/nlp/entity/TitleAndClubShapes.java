package dev.precis.nlp.entity;

import java.util.List;

/**
 * Two repairs of the model's organisations that run before the document pass of {@link DocumentLinker}:
 * a title and a given name are a person ("Crown Princess Victoria"), and an acronym with a club's
 * nickname is one name ("AFC Leopards"). Immutable and thread-safe.
 */
final class TitleAndClubShapes {

    private final Gazetteer gazetteer;

    TitleAndClubShapes(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * "Crown Princess Victoria", "Sheikh Tamim" tagged as an organisation: titles followed by a listed given name
     * (and at most two more capitalised words) are a person; {@link PersonNames#clean} then cuts the titles off.
     * A name ending in an organisation word ("King Abdullah University", "Queen Elizabeth Hospital") or listed
     * as a whole ("Prince Edward Island") is left as it is.
     */
    void titledPersons(TokenizedText doc, List<MentionDraft> mentions) {
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.ORGANIZATION) || m.length() < 2 || m.canonical != null) {
                continue;
            }
            String[] tokens = doc.sentence(m.sentence);
            int k = m.start;
            while (k < m.end && PersonNames.isTitle(tokens[k])) {
                k++;
            }
            if (k == m.start || k == m.end || m.end - k > 3 || !gazetteer.isFirstName(tokens[k])
                    || gazetteer.lookup(tokens, m.start, m.end) != null || listedOrganisation(tokens, k, m.end)) {
                continue;
            }
            boolean plain = true;
            for (int j = k; j < m.end; j++) {
                plain &= ListAndRulePass.capitalised(tokens[j]) && !ProperNameRule.ORG_WORDS.contains(tokens[j])
                        && !gazetteer.isOrganisationHead(tokens[j]);
            }
            if (plain) {
                m.type = EntityTypes.PERSON;
            }
        }
    }

    /**
     * "AFC Leopards", "KCB Lions": an organisation's acronym followed by an untagged capitalised plural that is no
     * ordinary word is one name (a club's letters and its nickname), not the acronym alone.
     */
    void acronymClubs(TokenizedText doc, List<MentionDraft> mentions) {
        boolean[][] coveredAll = null;
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (!m.type.equals(EntityTypes.ORGANIZATION) || m.length() != 1 || m.end >= tokens.length
                    || !capitalsOnly(tokens[m.start]) || DocumentLinker.headline(tokens)) {
                continue;
            }
            String next = tokens[m.end];
            if (next.length() < 4 || !next.endsWith("s") || next.endsWith("ss") || !Character.isUpperCase(next.charAt(0))
                    || !DocumentLinker.letters(next) || Gazetteer.isUpper(next) || gazetteer.isCommonWord(next) || gazetteer.lookup(next) != null) {
                continue;
            }
            if (coveredAll == null) {
                coveredAll = DocumentLinker.covered(doc, mentions);
            }
            if (!coveredAll[m.sentence][m.end]) {
                m.end++;
                m.canonical = null;
                coveredAll[m.sentence][m.end - 1] = true;
            }
        }
    }

    private boolean listedOrganisation(String[] tokens, int from, int to) {
        Gazetteer.Entry e = gazetteer.lookup(tokens, from, to);
        return e != null && e.kind() == Gazetteer.Kind.ORGANIZATION;
    }

    private static boolean capitalsOnly(String t) {
        if (t.length() < 2 || t.length() > 5) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            if (!Character.isUpperCase(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
