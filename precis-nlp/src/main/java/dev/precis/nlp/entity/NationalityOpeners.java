package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.ListAndRulePass.PARTY_PLURALS;
import static dev.precis.nlp.entity.ListAndRulePass.capitalised;

import java.util.List;
import java.util.Set;

/**
 * A nationality or a region's adjective opening a name, part of {@link ListAndRulePass}: before a party's plural
 * name it opens the one organisation ("the Scottish Conservatives"); before a state body it only says whose the
 * body is ("the Kenyan Foreign Ministry") and is cut off. Stateless and thread-safe.
 */
final class NationalityOpeners {

    private final Gazetteer gazetteer;

    NationalityOpeners(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Adjectives of a faith, listed with the nationalities: "Christian Democrats" names a movement, not a party. */
    private static final Set<String> FAITHS = WordSet.of("Christian", "Muslim", "Islamic", "Catholic", "Jewish",
            "Protestant", "Orthodox", "Hindu", "Buddhist");

    /**
     * "the English Democrats", "the Scottish Conservatives", "Swedish Social Democrats": a nationality or a
     * region's adjective before a party's plural name (perhaps with one or two capitalised words between) is
     * the one organisation, unless a longer mention holds it; the model and the list cut it to "Democrats", whose listed canonical name is the US
     * party's, a wrong identity. The whole phrase replaces what overlapped it and keeps no listed canonical name
     * (the document pass gives it its own). CrossNER politics tags these whole ("Australian Greens",
     * "Italian Socialists"); a faith's adjective ("Christian Democrats") opens no such name.
     */
    void nationalParties(String[] tokens, List<MentionDraft> mentions, int sentence) {
        for (int i = 0; i + 1 < tokens.length; i++) {
            if (!nationality(tokens, i) || FAITHS.contains(tokens[i])) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.length && j <= i + 3 && capitalised(tokens[j]) && !PARTY_PLURALS.contains(tokens[j])
                    && !nationality(tokens, j)) {
                j++;
            }
            if (j >= tokens.length || j > i + 3 || !PARTY_PLURALS.contains(tokens[j])) {
                continue;
            }
            MentionDraft party = new MentionDraft(sentence, i, j + 1, EntityTypes.ORGANIZATION, true);
            boolean inLonger = false;
            for (MentionDraft m : mentions) {
                inLonger |= m.start <= i && m.end >= j + 1 && m.length() > party.length();
            }
            if (inLonger) {
                i = j; // "Australian Greens Victoria", "Council of Asian Liberals and Democrats": the longer name stands
                continue;
            }
            mentions.removeIf(m -> m.overlaps(party));
            mentions.add(party);
            i = j;
        }
    }

    /** Bodies every state has, named after a nationality only to say whose they are ("the Kenyan Foreign Ministry"). */
    private static final Set<String> STATE_BODIES = WordSet.of("Ministry", "Ministries", "Embassy", "Consulate",
            "Government", "Office");

    /**
     * "Chinese Foreign Ministry", "Ethiopian Ministry of Water and Energy": the nationality says whose the
     * ministry is and is no part of its name (CoNLL and OntoNotes tag it apart); the mention keeps the whole
     * phrase as its canonical name, so the article's entity still says which country's ministry it is.
     * Names of their own that open with a nationality keep it ("Indian National Congress", "Chinese Academy
     * of Sciences", "Scottish Parliament"): only a state body, after ordinary capitalised words ("Foreign",
     * "Defence"), is cut, and never "European" (the European Union's bodies: "European Commission").
     */
    void dropNationality(String[] tokens, MentionDraft m) {
        if (!m.type.equals(EntityTypes.ORGANIZATION) || m.length() < 2 || !nationality(tokens, m.start)
                || tokens[m.start].equals("European")) {
            return;
        }
        for (int k = m.start + 1; k < m.end; k++) {
            if (STATE_BODIES.contains(tokens[k])) {
                if (m.canonical == null) {
                    m.canonical = Gazetteer.join(tokens, m.start, m.end);
                }
                m.start++;
                return;
            }
            if (!gazetteer.isCommonWord(tokens[k]) || !capitalised(tokens[k])) {
                return;
            }
        }
    }

    boolean nationality(String[] tokens, int i) {
        Gazetteer.Entry e = gazetteer.lookup(tokens, i, i + 1);
        return e != null && e.kind() == Gazetteer.Kind.NATIONALITY;
    }
}
