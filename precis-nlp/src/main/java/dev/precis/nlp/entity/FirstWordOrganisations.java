package dev.precis.nlp.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An organisation named in full once and by its first word elsewhere ("Brannock Textiles agreed the sale …; Brannock
 * said"): when that word is no common word, given name, place, title, acronym or listed name of its own, and opens
 * no other name of the article, the word the model read as an organisation takes the full name as its canonical one,
 * so the body has one page. A listed first word stays itself ("Sony" of "Sony Pictures" is the parent company), and so
 * does one that opens two bodies' names or ends another's ("Warner" of "Galt Warner" and "Warner Films"), and a
 * newspaper's word ("Telegraph" of its group). A two-word "person" whose first word is that organisation's word elsewhere
 * and no given name ("Brannock Fyfe" beside "Brannock said") is the organisation too. {@link ShortCompanyNames}
 * covers names closed by a company's ending; this is the rest. Part of {@link DocumentLinker}. Stateless.
 */
final class FirstWordOrganisations {

    private FirstWordOrganisations() {
    }

    static void apply(TokenizedText doc, List<MentionDraft> mentions, Gazetteer gazetteer) {
        Set<String> organisationWords = new HashSet<>();
        for (MentionDraft m : mentions) {
            if (m.length() == 1 && m.type.equals(EntityTypes.ORGANIZATION)) {
                organisationWords.add(doc.sentence(m.sentence)[m.start]);
            }
        }
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (m.type.equals(EntityTypes.PERSON) && m.length() == 2 && organisationWords.contains(tokens[m.start])
                    && own(tokens, m.start, gazetteer) && ListAndRulePass.capitalised(tokens[m.start + 1])) {
                m.type = EntityTypes.ORGANIZATION;
                m.canonical = null;
            }
        }
        Map<String, String> fullNames = new HashMap<>(); // first word → the full name, "" when two names open with it
        Set<String> otherWords = new HashSet<>(); // words of people's names and later words of organisations' names
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (m.type.equals(EntityTypes.ORGANIZATION) && m.length() >= 2 && m.length() <= 4
                    && ListAndRulePass.capitalised(tokens[m.start + 1]) && own(tokens, m.start, gazetteer)
                    && !ShortCompanyNames.ENDINGS.contains(tokens[m.end - 1])) { // a company's ending: its own pass
                String full = m.canonical != null ? m.canonical : DocumentLinker.text(doc, m);
                fullNames.merge(tokens[m.start], full, (a, b) -> a.equals(b) ? a : "");
            }
            boolean person = m.type.equals(EntityTypes.PERSON);
            if ((person || m.type.equals(EntityTypes.ORGANIZATION)) && m.length() > 1) {
                for (int k = person ? m.start : m.start + 1; k < m.end; k++) {
                    otherWords.add(tokens[k]);
                }
            }
        }
        // "Brannock" of "Brannock Fyfe" is also Mr Tom Brannock's, or the end of "Galt Brannock"'s name
        fullNames.keySet().removeAll(otherWords);
        if (fullNames.isEmpty()) {
            return;
        }
        for (MentionDraft m : mentions) {
            // only a word the model read as an organisation: "Carter" beside "the Carter Center" is mostly the man
            String full = m.length() == 1 && m.type.equals(EntityTypes.ORGANIZATION)
                    ? fullNames.get(doc.sentence(m.sentence)[m.start]) : null;
            if (full != null && !full.isEmpty()) {
                m.canonical = full;
            }
        }
    }

    /** A word that names nothing by itself but the body it opens: not common, listed, a given name, place or title. */
    private static boolean own(String[] tokens, int i, Gazetteer gazetteer) {
        String t = tokens[i];
        return t.length() >= 3 && ListAndRulePass.capitalised(t) && DocumentLinker.letters(t) && t.indexOf('-') < 0
                && !Gazetteer.isUpper(t) && !gazetteer.isCommonWord(t) && gazetteer.lookup(t) == null
                && !gazetteer.isFirstName(t) && PersonSexes.ofGivenName(t) == null && !gazetteer.isTitleWord(t)
                && gazetteer.placeAt(tokens, i) == 0 && !ProperNameRule.ORG_WORDS.contains(t) && !PublicationNames.PAPER_WORDS.contains(t);
    }
}
