package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * Types the words of a name settle, whatever the model said: a "person" ending in a company's word or holding
 * an ampersand is a company ("Nordwerk Boerse", "Lopes Pinto & Associates"); a peer's or knight's title before one
 * name makes a person, not an organisation ("Lord Ashgrove"); "States" alone is no place (the rest of "United
 * States" cut off, or a sentence's first word) unless the lists know it as one. Two places joined by "&" are a
 * place (a seat named after its towns), and a lone plural title ("Lords") is a house or bench, never a person.
 * Stateless.
 */
final class NameTypeCues {

    /** Last words of companies' names that are no one's surname: legal forms, exchanges, trades. */
    static final Set<String> COMPANY_WORDS = Set.of("Boerse", "Börse", "Bourse", "Exchange", "Associates", "Inc",
            "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "plc", "Plc", "PLC", "GmbH", "Holdings", "Airlines", "Airways",
            "Motors", "Bancorp", "Group");
    /** Titles of peers and knights, written before a name. */
    private static final Set<String> PEERS = Set.of("Lord", "Lady", "Baron", "Baroness", "Sir", "Dame");

    private NameTypeCues() {
    }

    static void apply(TokenizedText doc, List<MentionDraft> mentions, Gazetteer gazetteer) {
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (m.type.equals(EntityTypes.PERSON) && placePair(tokens, m, gazetteer)) {
                m.type = EntityTypes.LOCATION;
            } else if (m.type.equals(EntityTypes.PERSON) && companyShaped(tokens, m, gazetteer)) {
                m.type = EntityTypes.ORGANIZATION;
            } else if (!m.type.equals(EntityTypes.PERSON) && peer(tokens, m, gazetteer)) {
                m.type = EntityTypes.PERSON;
            }
        }
        boolean[][] covered = DocumentLinker.covered(doc, mentions);
        mentions.removeIf(m -> loneStates(doc.sentence(m.sentence), covered[m.sentence], m, gazetteer)
                || plurals(doc.sentence(m.sentence), covered[m.sentence], m, gazetteer));
        PluralRoleFronts.apply(doc, mentions, gazetteer);
    }

    /** "Folkestone & Hythe": each side of the ampersand a whole listed place. */
    private static boolean placePair(String[] tokens, MentionDraft m, Gazetteer gazetteer) {
        int k = ampersand(tokens, m);
        return k > 0 && gazetteer.placeAt(tokens, m.start) == k - m.start
                && gazetteer.placeAt(tokens, k + 1) == m.end - k - 1;
    }

    /** The index of the first "&" inside the name (not at either end), or -1. */
    private static int ampersand(String[] tokens, MentionDraft m) {
        for (int k = m.start + 1; k < m.end - 1; k++) {
            if (tokens[k].equals("&")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A lone plural "person" that is a title ("Lords") or, after "the", an ordinary word ("the Commons"): no one's
     * name. After "the" it is a house, and after an untagged capitalised word the bench it names ("Law Lords"),
     * both organisations; otherwise the mention is dropped (true).
     */
    private static boolean plurals(String[] tokens, boolean[] covered, MentionDraft m, Gazetteer gazetteer) {
        if (m.length() != 1 || !m.type.equals(EntityTypes.PERSON)) {
            return false;
        }
        String word = tokens[m.start];
        boolean afterThe = m.start > 0 && tokens[m.start - 1].equalsIgnoreCase("the");
        boolean ordinary = word.endsWith("s") && gazetteer.isCommonWord(word.substring(0, word.length() - 1));
        if (!GluedFrontWords.pluralTitle(word, gazetteer) && !(afterThe && ordinary)) {
            return false;
        }
        // the word before is capitalised, untagged and not a sentence's first word
        boolean benchName = m.start > 1 && !covered[m.start - 1]
                && Character.isUpperCase(tokens[m.start - 1].charAt(0));
        if (!afterThe && !benchName) {
            return true;
        }
        m.start -= benchName ? 1 : 0;
        m.type = EntityTypes.ORGANIZATION;
        m.canonical = null;
        return false;
    }

    private static boolean companyShaped(String[] tokens, MentionDraft m, Gazetteer gazetteer) {
        if (gazetteer.isFirstName(tokens[m.start]) && m.length() > 1) {
            return false; // "Jane Exchange" would be a person whatever her surname
        }
        return ampersand(tokens, m) > 0 || COMPANY_WORDS.contains(tokens[m.end - 1]);
    }

    /** "Lord Ashgrove": a peer's title and one capitalised word that is no title ("Lord Chancellor", "Lord Mayor"). */
    private static boolean peer(String[] tokens, MentionDraft m, Gazetteer gazetteer) {
        if (m.length() != 2 || !PEERS.contains(tokens[m.start])) {
            return false;
        }
        String name = tokens[m.start + 1];
        return Character.isUpperCase(name.charAt(0)) && !PersonNames.isTitle(name) && !gazetteer.isTitleWord(name)
                && !gazetteer.isCommonWord(name);
    }

    /** "States" alone as a place: after "United" the place is extended to "United States", else dropped. */
    private static boolean loneStates(String[] tokens, boolean[] covered, MentionDraft m, Gazetteer gazetteer) {
        if (m.length() != 1 || !m.type.equals(EntityTypes.LOCATION) || !tokens[m.start].equals("States")
                || gazetteer.placeAt(tokens, m.start) > 0 || gazetteer.lookup("States") != null) {
            return false;
        }
        if (m.start > 0 && tokens[m.start - 1].equals("United") && !covered[m.start - 1]) {
            m.start--;
            return false;
        }
        return true;
    }
}
