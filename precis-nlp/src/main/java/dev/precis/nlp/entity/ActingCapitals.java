package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.DocumentLinker.POSSESSIVE;

import java.util.Set;

/**
 * Capitals that stand for their country, part of {@link DocumentLinker}: a capital acting or owning ("Moscow
 * said", "Washington's allies", "force Kiev") is the state; one written as a place ("in Islamabad", "Islamabad's
 * streets", "Islamabad was hit by floods") stays the city. Stateless and thread-safe.
 */
final class ActingCapitals {

    private ActingCapitals() {
    }

    private static final Set<String> ACTS = WordSet.of("said", "says", "has", "had", "is", "was", "will", "would",
            "could", "can", "must", "should", "may", "might", "plans", "planned", "intends", "intended", "wants",
            "wanted", "demanded", "demands", "insists", "insisted", "warned", "warns", "accused", "accuses",
            "claims", "claimed", "views", "viewed", "believes", "believed", "hopes", "considers", "rejected",
            "rejects", "denied", "denies", "announced", "responded", "urged", "calls", "called", "expects",
            "expected", "sees", "regards", "agreed", "refused", "threatened", "also", "clearly", "still");
    /** Prepositions of place: a capital after them is the city. */
    private static final Set<String> AT_PLACE = WordSet.of("in", "at", "near", "outside", "inside", "around", "across",
            "into", "within", "downtown", "central", "northern", "southern", "eastern", "western");
    /** The city's own things after its possessive ("Islamabad's streets"): the place, not the government. */
    private static final Set<String> CITY_THINGS = WordSet.of("streets", "street", "residents", "airport", "mayor",
            "police", "hospitals", "hospital", "markets", "market", "suburbs", "outskirts", "centre", "center",
            "downtown", "skyline", "traffic", "air", "neighbourhoods", "neighborhoods", "neighbourhood", "neighborhood",
            "population", "roads", "hotels", "mosques", "churches", "citizens", "inhabitants", "metro", "subway",
            "districts", "district", "parks", "schools", "zoo", "stadium", "university", "weather", "old");
    private static final Set<String> AUXILIARIES = WordSet.of("is", "was", "has", "had", "will", "would", "could", "can",
            "must", "should", "may", "might", "be", "been", "being", "also", "still");
    /** What is said of a city as a place after an auxiliary ("is a city", "was hit by", "has a population"). */
    private static final Set<String> CITY_PREDICATES = WordSet.of("a", "an", "the", "home", "hit", "struck", "rocked",
            "shaken", "flooded", "located", "situated", "built", "founded", "known", "famous", "one", "hot", "cold",
            "hosting", "host", "covered", "blanketed", "surrounded", "named", "designed", "shrouded");
    private static final Set<String> ACTED_ON = WordSet.of("force", "forced", "forcing", "pressure", "pressured",
            "urge", "urged", "persuade", "convince", "told", "tell", "warn", "warned", "accused", "sanction", "sanctioned");

    /** A capital acting or owning ("Moscow insists", "Washington's allies", "force Kiev"). */
    static boolean actsAsState(TokenizedText doc, MentionDraft m) {
        String[] tokens = doc.sentence(m.sentence);
        if (m.end < tokens.length && POSSESSIVE.contains(tokens[m.end])) {
            // "Islamabad's streets", "Moscow's main airport": the city's own things; "Moscow's allies": the state's
            for (int k = m.end + 1; k < tokens.length && k <= m.end + 3; k++) {
                if (CITY_THINGS.contains(tokens[k].toLowerCase(java.util.Locale.ROOT))) {
                    return false;
                }
            }
            return true; // "in Moscow's view" too
        }
        if (m.start > 0 && AT_PLACE.contains(tokens[m.start - 1])) {
            return false; // "talks in Islamabad were …": the city
        }
        if (m.end < tokens.length && ACTS.contains(tokens[m.end])) {
            // after an auxiliary, what follows says which: "Islamabad has rejected" (the state), "Islamabad is a
            // city of two million", "Islamabad was hit by floods", "Islamabad has a population" (the city)
            int k = m.end;
            while (k < tokens.length && k <= m.end + 2 && (AUXILIARIES.contains(tokens[k]) || tokens[k].equals("also")
                    || tokens[k].equals("still"))) {
                k++;
            }
            return k == m.end || k >= tokens.length || !CITY_PREDICATES.contains(tokens[k].toLowerCase(java.util.Locale.ROOT));
        }
        int before = m.start - 1;
        while (before >= 0 && (tokens[before].equals("“") || tokens[before].equals("\""))) {
            before--;
        }
        return before >= 0 && ACTED_ON.contains(tokens[before]);
    }
}
