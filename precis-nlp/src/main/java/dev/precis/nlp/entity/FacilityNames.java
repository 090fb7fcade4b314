package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * A named facility is a place. Newswire NER schemes that keep to four classes file built things under
 * LOCATION: MUC-7's and the LDC's simple guidelines list "airports, highways, streets, factories and
 * monuments" as locations, and Stanford's four-class reduction of its worldwide newswire set (facility →
 * LOC, with bridges and hospitals among the facilities) does the same. The model, trained mostly on
 * CoNLL-style text where such names are rare, reads "Kotoka International Airport" or "Kenyatta National
 * Hospital" as an organisation because "International" and "National" open so many bodies' names. A
 * mention of two or more words whose last word is a facility's head ("Airport", "Stadium", "Bridge",
 * "Hospital", "Mosque" …) is retyped as a location, unless the word before that head makes it a body
 * ("Airports Authority" ends in no head; "Radio Station" is a broadcaster) or it is listed beside a company
 * ("Kansai Electric Power and Kansai International Airport", the operator). A place the model stopped before
 * its own word ("Gobi" + "Desert", "Adiala" + "Jail") or before a possessive inside a GeoNames name ("Cox's
 * Bazar") takes it in. Stateless; a few set lookups per mention.
 */
final class FacilityNames {

    /**
     * Last words of the names of built things. Left out because corpora split on them (CoNLL marks them
     * as organisations as often as places): "Palace" ("Buckingham Palace said"), "Market" ("Common
     * Market"), "Hotel", "Museum", "Centre", "Hall", "Tower", "Prison", "Refinery".
     */
    static final Set<String> HEADS = WordSet.of("Airport", "Airfield", "Airbase", "Stadium", "Bridge", "Road", "Street",
            "Avenue", "Highway", "Expressway", "Motorway", "Boulevard", "Square", "Hospital", "Mosque", "Cathedral",
            "Basilica", "Temple", "Shrine", "Landfill", "Terminal", "Dam", "Tunnel", "Harbour", "Harbor", "Barracks",
            "Cemetery", "Interchange", "Junction", "Roundabout", "Plaza", "Gate", "Mall", "Building", "Jail");
    /** Words after a place's name that name the place with it ("Gobi" + "Desert", "Kaduna" + "State"). */
    private static final Set<String> PLACE_TAILS = WordSet.of("Desert", "River", "Mountains", "Valley", "Province",
            "Region", "District", "County", "State", "Island", "Islands", "Peninsula", "Plateau", "Basin", "Delta",
            "Highlands", "Jail", "Airport", "Stadium", "Bridge", "Dam", "Road", "Street", "Avenue", "Highway");
    /** Words before a head that make the name a body's ("Radio Station", "Bridge Authority" ends otherwise). */
    private static final Set<String> BODY_BEFORE = WordSet.of("Radio", "Television", "TV", "FM", "Authority", "Ministry");

    private FacilityNames() {
    }

    /**
     * "Kansai Electric Power and Kansai International Airport are likely to…", "Walmart, and Interior Mall":
     * listed by "and" or a comma beside an organisation, the facility's name is its operating company's.
     */
    private static boolean listedWithBody(String[] tokens, List<MentionDraft> mentions, int k) {
        MentionDraft m = mentions.get(k);
        for (MentionDraft o : mentions) {
            if (o == m || !o.type.equals(EntityTypes.ORGANIZATION) || o.sentence != m.sentence) {
                continue;
            }
            int gapStart = o.end <= m.start ? o.end : m.end;
            int gapEnd = o.end <= m.start ? m.start : o.start;
            if (gapEnd - gapStart >= 1 && gapEnd - gapStart <= 2 && joiner(tokens, gapStart, gapEnd)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(List<MentionDraft> mentions, int token) {
        for (MentionDraft o : mentions) {
            if (o.start == token) {
                return true;
            }
        }
        return false;
    }

    private static boolean joiner(String[] tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tokens[i].equals("and") && !tokens[i].equals(",") && !tokens[i].equals("or")) {
                return false;
            }
        }
        return true;
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        for (int k = 0; k < mentions.size(); k++) {
            MentionDraft m = mentions.get(k);
            // "Cox's Bazar": a GeoNames place whose name holds a possessive, cut at it by the tokenizer and the model
            if (m.type.equals(EntityTypes.LOCATION) && m.end + 1 < tokens.length
                    && ListAndRulePass.POSSESSIVE.contains(tokens[m.end])
                    && gazetteer.placeAt(tokens, m.start) == m.length() + 2 && !startsAt(mentions, m.end + 1)) {
                m.end += 2;
                m.canonical = null;
                continue;
            }
            // "the Gobi Desert", "Adiala Jail", "Kaduna State": the model stopped before the place's own word
            if (m.type.equals(EntityTypes.LOCATION) && m.end < tokens.length && PLACE_TAILS.contains(tokens[m.end])
                    && (m.end + 1 == tokens.length || !ListAndRulePass.capitalised(tokens[m.end + 1]))
                    && !startsAt(mentions, m.end)) {
                m.end++;
                continue;
            }
            if (m.type.equals(EntityTypes.LOCATION) || m.length() < 2 || !HEADS.contains(tokens[m.end - 1])) {
                continue;
            }
            if (BODY_BEFORE.contains(tokens[m.end - 2]) || listedWithBody(tokens, mentions, k)) {
                continue;
            }
            m.type = EntityTypes.LOCATION;
        }
    }
}
