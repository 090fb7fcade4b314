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

    static final boolean SHOUTED = !System.getProperty("names58.off", "").contains("shout,"); // TEMP: measuring switch
    static final boolean RUN = !System.getProperty("names58.off", "").contains("run"); // TEMP: measuring switch

    static void apply(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        mentions.removeIf(m -> m.length() == 1 && m.type.equals(EntityTypes.ORGANIZATION)
                && (NOT_BODIES.contains(tokens[m.start]) || SHOUTED && shouted(tokens, m.start, gazetteer)));
    }

    /**
     * Shouted text, not an acronym: a closed-class word in capitals ("3 TO 4 DAYS"), or a common word in capitals
     * inside a run of three or more common words in capitals ("ALTERNATIVE HOME CURES"). A common word in capitals
     * beside one other ("WHO CHIEF") is left to the model, and so is a body the lists hold ("READ THE WHO REPORT",
     * "APPLE UNVEILS NEW PHONE"): a headline in capitals still names bodies.
     */
    private static boolean shouted(String[] tokens, int i, Gazetteer gazetteer) {
        String t = tokens[i];
        if (!shoutedWord(t, gazetteer)) {
            return false;
        }
        if (FUNCTION_WORDS.contains(t)) {
            return true;
        }
        if (!RUN) {
            return false;
        }
        Gazetteer.Entry listed = gazetteer.lookup(t);
        if (listed != null && listed.kind() == Gazetteer.Kind.ORGANIZATION) {
            return false;
        }
        int from = i;
        while (from > 0 && shoutedWord(tokens[from - 1], gazetteer)) {
            from--;
        }
        int to = i + 1;
        while (to < tokens.length && shoutedWord(tokens[to], gazetteer)) {
            to++;
        }
        return to - from >= 3;
    }

    /** A common word of two letters or more, all in capitals. */
    private static boolean shoutedWord(String t, Gazetteer gazetteer) {
        return t.length() >= 2 && Gazetteer.isUpper(t) && t.chars().allMatch(Character::isLetter) && gazetteer.isCommonWord(t);
    }

    /** Closed-class words, in capitals; none names a body. */
    private static final Set<String> FUNCTION_WORDS = Set.of("TO", "OF", "IN", "ON", "AT", "BY", "FOR", "AND", "OR",
            "THE", "FROM", "WITH", "INTO", "ARE", "WAS", "BE", "IF", "SO", "BUT", "NOT", "NO", "YOU", "WE",
            "THEY", "HE", "SHE", "MY", "YOUR", "OUR", "THEIR", "HIS", "HER");
}
