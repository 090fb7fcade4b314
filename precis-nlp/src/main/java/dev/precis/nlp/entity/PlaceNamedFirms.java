package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * Companies named with a place that the model reads as the place: "Bidco Africa said it would build a plant"
 * (an unknown word and the continent), "Bahrain's Gulf Air said" (the gulf and the word "Air"). Sentence level,
 * after the model; written by hand because each needs the company's own verbs around the name, which the
 * model's window does not hold. Stateless.
 */
final class PlaceNamedFirms {

    /** Continents and regions that companies add to their names for a regional arm ("Bidco Africa"). */
    private static final Set<String> REGIONS = WordSet.of("Africa", "Asia", "Europe", "Arabia", "Americas", "Pacific",
            "International", "Global", "Gulf", "MENA");
    /** Words after "X Air" that say the name is over: it acts or owns ("Gulf Air said", "Gulf Air's fleet"). */
    private static final Set<String> AFTER_AIR = WordSet.of("said", "says", "will", "would", "has", "had", "is", "was",
            "flights", "flight", "jets", "planes", "plans", "'s", "’s", ",", ".", "announced", "reported", "cancelled",
            "suspended", "resumed");

    private PlaceNamedFirms() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        regionalArms(tokens, mentions, sentence, gazetteer);
        countryArms(tokens, mentions, gazetteer);
        airlines(tokens, mentions, sentence);
        mentions.sort(null);
    }

    /**
     * "Bidco Africa said it would…", "Bidco Africa reported a rise in profit": an unknown capitalised word
     * (no ordinary, listed, given or title word) opening a clause, then the model's place that is a country or a
     * region word, then the company's own statement ("said it", results) is one company. A town and its country
     * ("Thika Kenya") does not speak of itself as "it" reporting, and "SKR China" style pairs without the
     * statement stay as they were.
     */
    private static void regionalArms(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        for (MentionDraft m : mentions) {
            int w = m.start - 1;
            if (!m.type.equals(EntityTypes.LOCATION) || m.length() != 1 || w < 0 || m.end >= tokens.length
                    || at(mentions, w) != null) {
                continue;
            }
            String place = tokens[m.start];
            boolean region = REGIONS.contains(place) || gazetteer.isCountry(m.canonical == null ? place : m.canonical);
            String word = tokens[w];
            boolean opens = w == 0 || !ListAndRulePass.capitalised(tokens[w - 1]) && !tokens[w - 1].equals("in")
                    && !tokens[w - 1].equals("of") && !tokens[w - 1].equals("from");
            if (!region || !opens || !unknownWord(word, gazetteer) || gazetteer.placeAt(tokens, w) > 0) {
                continue;
            }
            int said = m.end;
            if (CompanyNames.saysItself(tokens, said - 1) || CompanyNames.reportsResults(tokens, said - 1)) {
                m.start = w;
                m.type = EntityTypes.ORGANIZATION;
                m.canonical = null;
            }
        }
    }

    /** Words after a company's country arm that say it acts or is owned ("MTN Uganda said", "Airtel Kenya shares"). */
    private static final Set<String> ARM_ACTS = WordSet.of("said", "says", "reported", "posted", "announced", "shares",
            "'s", "’s", "plans", "will", "has");

    /**
     * "MTN Uganda said subscribers grew", "Airtel Kenya's revenue": the model's one-word organisation (no body's
     * word: "Bank of Uganda" is no arm) touching a country it read as a place, the pair acting as a company, is
     * the company's arm in that country.
     */
    private static void countryArms(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        for (int k = mentions.size() - 1; k > 0; k--) {
            MentionDraft a = mentions.get(k - 1);
            MentionDraft b = mentions.get(k);
            if (a.end != b.start || !a.type.equals(EntityTypes.ORGANIZATION) || a.length() != 1 || b.length() != 1
                    || !b.type.equals(EntityTypes.LOCATION) || b.end >= tokens.length || !ARM_ACTS.contains(tokens[b.end])
                    || ProperNameRule.ORG_WORDS.contains(tokens[a.start])
                    || !gazetteer.isCountry(b.canonical == null ? tokens[b.start] : b.canonical)) {
                continue;
            }
            a.end = b.end;
            a.canonical = null;
            mentions.remove(k);
        }
    }

    /**
     * "Gulf Air said", "Kenya's Jambo Air will": "Air" after the model's place or organisation, closing the run
     * and followed by a verb, a possessive or a stop, ends an airline's name ("Royal Air Force" runs on).
     */
    private static void airlines(String[] tokens, List<MentionDraft> mentions, int sentence) {
        for (MentionDraft m : mentions) {
            int air = m.end;
            if (m.type.equals(EntityTypes.PERSON) || air + 1 >= tokens.length || !tokens[air].equals("Air")
                    || !AFTER_AIR.contains(tokens[air + 1])) {
                continue;
            }
            m.end = air + 1;
            m.type = EntityTypes.ORGANIZATION;
            m.canonical = null;
        }
    }

    /** A capitalised word of letters that is no ordinary, listed, given-name or title word. */
    private static boolean unknownWord(String t, Gazetteer gazetteer) {
        return t.length() > 2 && Character.isUpperCase(t.charAt(0)) && DocumentLinker.letters(t) && !Gazetteer.isUpper(t)
                && !gazetteer.isCommonWord(t) && gazetteer.lookup(t) == null && !gazetteer.isFirstName(t)
                && !gazetteer.isTitleWord(t) && !ListAndRulePass.noNameAlone(t);
    }

    private static MentionDraft at(List<MentionDraft> mentions, int token) {
        for (MentionDraft o : mentions) {
            if (o.start <= token && token < o.end) {
                return o;
            }
        }
        return null;
    }
}
