package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * Abbreviations of common nouns that the model reads as organisations because they are written in capitals like
 * "NDMA" or "FBR": "a GDP figure", "the RFP", "send it ASAP", "ISO 800", "ADHD", "XML". Part of
 * {@link ListAndRulePass}: such a one-word organisation is dropped. The list holds only abbreviations that name no
 * body anywhere (titles, units, time zones, documents, conditions, formats); acronyms that are also bodies ("WHO",
 * "AP", "ISO" of the standards body) are left to the model. Written by hand. Stateless.
 */
final class CommonAbbreviations {

    private static final Set<String> NOT_BODIES = Set.of("ASAP", "FYI", "FAQ", "RFP", "RFQ", "SEO", "ROI", "IRR",
            "NPV", "KPI", "ADHD", "PTSD", "VHS", "ASCII", "USB", "PDF", "HTML", "URL", "XML", "RSS", "DIY", "SVP",
            "EVP", "CEO", "CFO", "COO", "CTO", "GDP", "GNP", "CPI", "IPO", "CDT", "CST", "MST", "PST", "EST", "EDT",
            "PDT", "GMT", "UTC", "LOL", "BTW", "IMO", "TBA", "TBD", "RSVP", "SMS", "GPS", "LCD", "DVD", "SUV", "ATM",
            "VAT", "HIV", "AIDS", "DNA", "MRI", "ICU", "MMOG", "MMORPG", "SIM", "UFO", "IQ");

    private CommonAbbreviations() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        mentions.removeIf(m -> m.length() == 1 && m.type.equals(EntityTypes.ORGANIZATION)
                && (NOT_BODIES.contains(tokens[m.start]) || FUNCTION_WORDS.contains(tokens[m.start])));
        if (mentions.stream().filter(m -> acronymOrganisation(tokens, m, gazetteer)).count() >= 2) {
            ListOfThings list = ListOfThings.of(tokens);
            mentions.removeIf(m -> acronymOrganisation(tokens, m, gazetteer) && list.thingAt(tokens, m.start));
        }
    }

    /** A one-word organisation in capitals ("HCA", "BCAA") that no list holds and no "the" opens. */
    private static boolean acronymOrganisation(String[] tokens, MentionDraft m, Gazetteer gazetteer) {
        String t = tokens[m.start];
        return m.length() == 1 && m.type.equals(EntityTypes.ORGANIZATION) && t.length() >= 2 && t.length() <= 5
                && Gazetteer.isUpper(t) && t.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-')
                && gazetteer.lookup(tokens, m.start, m.end) == null
                && (m.start == 0 || !tokens[m.start - 1].equalsIgnoreCase("the"));
    }

    /**
     * A list of things in a sentence: items between commas, "and" and "or", where two items or more are lower-case
     * common words ("chromium", "green tea extract", "heavy metals") and no item names people or bodies ("police",
     * "local clinics", "aid groups"). An abbreviation standing alone as such an item, or before lower-case words ("MCT
     * oil"), names a thing like its neighbours ("HCA, MCT, chromium, CLA and HMB"), not a body.
     */
    private record ListOfThings(boolean[] item, boolean things) {

        static ListOfThings of(String[] tokens) {
            boolean[] item = new boolean[tokens.length];
            int lowerItems = 0;
            boolean actors = false;
            int from = 0;
            for (int k = 0; k <= tokens.length; k++) {
                if (k < tokens.length && !SEPARATORS.contains(tokens[k]) && !ListAndRulePass.isPunct(tokens[k])) {
                    continue;
                }
                boolean delimited = from > 0 && SEPARATORS.contains(tokens[from - 1])
                        || k < tokens.length && SEPARATORS.contains(tokens[k]);
                if (delimited && k > from) {
                    if (k - from <= 4) {
                        boolean lower = true;
                        for (int j = from; j < k; j++) {
                            lower &= Character.isLowerCase(tokens[j].charAt(0));
                            actors |= ACTORS.contains(tokens[j].toLowerCase(java.util.Locale.ROOT));
                        }
                        if (lower) {
                            lowerItems++;
                        }
                    }
                    // the abbreviation opens an item after a separator, or ends the run before one
                    if (from > 0 && SEPARATORS.contains(tokens[from - 1])) {
                        item[from] = true;
                    }
                    if (k < tokens.length && SEPARATORS.contains(tokens[k])) {
                        item[k - 1] = true;
                    }
                }
                from = k + 1;
            }
            return new ListOfThings(item, lowerItems >= 2 && !actors);
        }

        boolean thingAt(String[] tokens, int k) {
            return things && item[k] && (k + 1 == tokens.length || !ListAndRulePass.capitalised(tokens[k + 1]));
        }
    }

    private static final Set<String> SEPARATORS = Set.of(",", "and", "or");
    /** Words for people and bodies: a list holding one is a list of actors, whose abbreviations may be bodies. */
    private static final Set<String> ACTORS = Set.of("police", "officials", "staff", "teams", "groups", "agencies",
            "residents", "workers", "volunteers", "clinics", "hospitals", "authorities", "companies", "firms", "banks",
            "unions", "ministries", "departments", "forces", "army", "troops", "donors", "governments", "parties",
            "schools", "universities", "charities", "churches", "councils", "lawmakers", "ministers", "leaders",
            "members", "people", "farmers", "traders", "journalists", "media", "investors", "lenders", "regulators");

    /**
     * Closed-class words in capitals, which shouted text holds ("3 TO 4 DAYS", "HELP US OR CALL"); none is a body's
     * acronym. Common words in capitals otherwise are left to the model ("WHO", "the AIM index").
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("TO", "OF", "IN", "ON", "AT", "BY", "FOR", "AND", "OR",
            "THE", "FROM", "WITH", "INTO", "ARE", "WAS", "BE", "IF", "SO", "BUT", "NOT", "NO", "YOU", "WE",
            "THEY", "HE", "SHE", "MY", "YOUR", "OUR", "THEIR", "HIS", "HER");
}
