package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parties the model cannot know, decided by the article's own wording before {@link DocumentLinker} settles
 * names: a party named as such ("his new party, Veritas") is an organisation wherever its name stands, and a
 * national party's name without its nationality ("The Democrats" after "the English Democrats") is that party,
 * not the listed US one. Immutable and thread-safe.
 */
final class PartyNames {

    private final Gazetteer gazetteer;

    PartyNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * "The English Democrats won … The Democrats said": the party's name without its nationality, later in the
     * article, is the same party, not the listed US "Democratic Party" that "Democrats" alone would be. Only
     * when one such party of the article ends in those words (an article naming two leaves them as listed).
     */
    void shortNationalParties(TokenizedText doc, List<MentionDraft> mentions) {
        Map<String, String> byTail = new HashMap<>();
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            Gazetteer.Entry first = gazetteer.lookup(tokens[m.start]);
            if (!m.type.equals(EntityTypes.ORGANIZATION) || m.length() < 2 || first == null
                    || first.kind() != Gazetteer.Kind.NATIONALITY || !ListAndRulePass.PARTY_PLURALS.contains(tokens[m.end - 1])) {
                continue;
            }
            String name = DocumentLinker.text(doc, m);
            for (int k = m.start + 1; k < m.end; k++) {
                String tail = Gazetteer.join(tokens, k, m.end);
                String before = byTail.putIfAbsent(tail, name);
                if (before != null && !before.equals(name)) {
                    byTail.put(tail, ""); // two parties end so: neither is meant
                }
            }
        }
        if (byTail.isEmpty()) {
            return;
        }
        for (MentionDraft m : mentions) {
            String party = m.type.equals(EntityTypes.ORGANIZATION) ? byTail.get(DocumentLinker.text(doc, m)) : null;
            if (party != null && !party.isEmpty()) {
                m.canonical = party;
            }
        }
    }

    /** Lower-case words that say a name after or before them is a party's or a movement's. */
    private static final Set<String> PARTY_NOUNS = WordSet.of("party", "movement");
    /** Words before a "the X party" name that open it: an article or a possessive. */
    private static final Set<String> PARTY_DETERMINERS = WordSet.of("the", "a", "his", "her", "their", "its", "new");

    /**
     * A party or movement named as such in the text ("launched his new party, Veritas", "a party called
     * Veritas", "the Veritas party") is an organisation wherever its name stands in the article: the model reads
     * an unseen party's one word as a person ("Veritas won three seats"). The name is one to three capitalised
     * words, none an ordinary word, month, nationality or listed name (those keep what the list says); before
     * "party" it is no adjective ("the Democratic party leader", "the Valencianist party": CrossNER test tags
     * neither), and "the X movement" is left alone ("the PutinTeam movement" is no organisation there).
     */
    void namedParties(TokenizedText doc, List<MentionDraft> mentions) {
        Set<String> parties = new java.util.HashSet<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            for (int k = 1; k < tokens.length; k++) {
                if (!PARTY_NOUNS.contains(tokens[k])) {
                    continue;
                }
                int from = -1;
                if (k + 2 < tokens.length && tokens[k + 1].equals(",") && (tokens[k - 1].equals("new") || tokens[k - 1].equals("own"))) {
                    from = k + 2; // "his new party, Veritas,"
                } else if (k + 2 < tokens.length && (tokens[k + 1].equals("called") || tokens[k + 1].equals("named"))) {
                    from = k + 2; // "a party called Veritas"
                }
                if (from >= 0) {
                    int to = from;
                    while (to < tokens.length && to - from < 3 && partyWord(tokens[to])) {
                        to++;
                    }
                    if (to > from && (to == tokens.length || !ListAndRulePass.capitalised(tokens[to]))) {
                        addParty(parties, tokens, from, to);
                    }
                    continue;
                }
                int to = k; // "the Veritas party"
                int start = k;
                while (start > 0 && k - start < 3 && partyWord(tokens[start - 1])) {
                    start--;
                }
                if (start < to && start > 0 && PARTY_DETERMINERS.contains(tokens[start - 1]) && tokens[k].equals("party")
                        && !adjective(tokens[to - 1])) {
                    addParty(parties, tokens, start, to);
                }
            }
        }
        if (parties.isEmpty()) {
            return;
        }
        for (MentionDraft m : mentions) {
            if (parties.contains(DocumentLinker.text(doc, m)) && !m.type.equals(EntityTypes.ORGANIZATION)) {
                m.type = EntityTypes.ORGANIZATION;
                m.canonical = null;
            }
        }
        boolean[][] coveredAll = DocumentLinker.covered(doc, mentions);
        List<MentionDraft> added = new ArrayList<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            for (int i = 0; i < tokens.length; i++) {
                for (int len = Math.min(3, tokens.length - i); len >= 1; len--) {
                    boolean free = true;
                    for (int k = i; k < i + len; k++) {
                        free &= !coveredAll[s][k];
                    }
                    boolean whole = i + len == tokens.length || !ListAndRulePass.capitalised(tokens[i + len]);
                    if (free && whole && (i == 0 || !ListAndRulePass.capitalised(tokens[i - 1]) || tokens[i - 1].equals("The"))
                            && parties.contains(Gazetteer.join(tokens, i, i + len))) {
                        added.add(new MentionDraft(s, i, i + len, EntityTypes.ORGANIZATION, true));
                        i += len - 1;
                        break;
                    }
                }
            }
        }
        if (!added.isEmpty()) {
            mentions.addAll(added);
            mentions.sort(null);
        }
    }

    /** A word that may be part of a newly named party's name: capitalised, no ordinary, calendar or listed word. */
    private boolean partyWord(String t) {
        return ListAndRulePass.capitalised(t) && DocumentLinker.letters(t) && !gazetteer.isCommonWord(t) && gazetteer.lookup(t) == null
                && !ListAndRulePass.noNameAlone(t) && !gazetteer.isTitleWord(t);
    }

    /** Endings of adjectives: "the Democratic party", "the Valencianist party" say what kind, not which. */
    private static final List<String> ADJECTIVE_ENDINGS = List.of("ic", "ist", "an", "ish", "ese", "ive", "al", "ary");

    private static boolean adjective(String t) {
        if (DocumentLinker.PARTY_MEMBERS.contains(t)) {
            return true;
        }
        for (String ending : ADJECTIVE_ENDINGS) {
            if (t.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private void addParty(Set<String> parties, String[] tokens, int from, int to) {
        if (gazetteer.lookup(tokens, from, to) == null) {
            parties.add(Gazetteer.join(tokens, from, to));
        }
    }
}
