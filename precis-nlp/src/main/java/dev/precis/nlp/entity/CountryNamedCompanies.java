package dev.precis.nlp.entity;

import java.util.List;

/**
 * Organisations named with their country at the end ("Bursa Malaysia", "Airtel Nigeria") that the model read
 * as places; run by {@link OrganisationPatternRule}. Stateless and thread-safe.
 */
final class CountryNamedCompanies {

    private final Gazetteer gazetteer;

    CountryNamedCompanies(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Words after a name that say it acts or is owned, as an organisation does. */
    private static final java.util.Set<String> ACTS_AFTER = WordSet.of("said", "says", "announced", "reported",
            "'s", "’s", "shares", "chief", "chairman", "spokesman", "spokeswoman", "index", "data", "filing");

    /** First words that make a name ending in a country a region of it ("South Africa", "Latin America"). */
    private static final java.util.Set<String> REGION_WORDS = WordSet.of("North", "South", "East", "West",
            "Central", "Northern", "Southern", "Eastern", "Western", "Southeast", "Northeast", "Southwest", "Northwest",
            "South-East", "North-East", "South-West", "North-West", "Sub-Saharan", "Latin", "Greater", "Upper", "Lower",
            "New", "Old", "Mainland", "Continental", "Inner", "Outer", "Middle", "Far", "Near", "Anglophone",
            "Francophone", "Lusophone", "Equatorial", "Occupied", "Rural", "Coastal", "Metropolitan", "Peninsular",
            "Insular", "Republic", "Kingdom", "Commonwealth", "Federation", "State", "Colony", "Protectorate",
            "Emirate", "Sultanate", "Principality", "Islamic", "Democratic", "Federal", "Free", "Imperial", "Soviet",
            "Nazi", "Fascist", "Vichy", "Weimar", "Tsarist", "Ottoman", "Byzantine", "Roman", "Postwar", "Wartime");

    /**
     * A place name the model found that is no listed place and ends in a country after a word that is
     * no region of it names an organisation of that country: "Bursa Malaysia", "Telekom Malaysia", "Bank
     * Negara Malaysia", "Airtel Nigeria" — exchanges, banks and companies are named so, places are not
     * ("South Africa", "Papua New Guinea" and the like are listed or open with a region word).
     */
    void apply(String[] tokens, List<MentionDraft> mentions, int sentence) {
        for (int j = 0; j < mentions.size(); j++) {
            MentionDraft m = mentions.get(j);
            if (!m.type.equals(EntityTypes.LOCATION) || m.length() < 2 || REGION_WORDS.contains(tokens[m.start])
                    || Gazetteer.isUpper(tokens[m.start]) || gazetteer.lookup(tokens, m.start, m.end) != null
                    || gazetteer.placeAt(tokens, m.start) >= m.length()) {
                continue;
            }
            boolean allCapitalised = true; // "Republic of Korea", "Colony of Singapore" are places
            for (int k = m.start; k < m.end; k++) {
                allCapitalised &= ListAndRulePass.capitalised(tokens[k]);
            }
            if (!allCapitalised) {
                continue;
            }
            if (gazetteer.isCommonWord(tokens[m.start]) && !ProperNameRule.ORG_WORDS.contains(tokens[m.start])) {
                continue; // "Ancient Iran", "Modern Greece": an ordinary adjective before the country
            }
            Gazetteer.Entry last = gazetteer.lookup(tokens[m.end - 1]);
            Gazetteer.Entry first = gazetteer.lookup(tokens[m.start]);
            // a town before its country ("Ramadi Iraq") is a place; one acting ("Bursa Malaysia said") is not
            boolean town = gazetteer.placeAt(tokens, m.start) > 0 || first != null && first.kind() == Gazetteer.Kind.LOCATION;
            boolean acts = m.end < tokens.length && ACTS_AFTER.contains(tokens[m.end]);
            if (last != null && last.kind() == Gazetteer.Kind.LOCATION && gazetteer.isCountry(last.canonical())
                    && (first == null || first.kind() != Gazetteer.Kind.NATIONALITY) && (!town || acts)) {
                // a rule's finding, so the article's other mentions of the name follow it (DocumentLinker)
                mentions.set(j, new MentionDraft(sentence, m.start, m.end, EntityTypes.ORGANIZATION, true));
            }
        }
    }
}
