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

    static void apply(String[] tokens, List<MentionDraft> mentions) {
        mentions.removeIf(m -> m.length() == 1 && m.type.equals(EntityTypes.ORGANIZATION)
                && (NOT_BODIES.contains(tokens[m.start]) || FUNCTION_WORDS.contains(tokens[m.start])));
    }

    /**
     * Closed-class words in capitals, which shouted text holds ("3 TO 4 DAYS", "HELP US OR CALL"); none is a body's
     * acronym. Common words in capitals otherwise are left to the model ("WHO", "the AIM index").
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("TO", "OF", "IN", "ON", "AT", "BY", "FOR", "AND", "OR",
            "THE", "FROM", "WITH", "INTO", "ARE", "WAS", "BE", "IF", "SO", "BUT", "NOT", "NO", "YOU", "WE",
            "THEY", "HE", "SHE", "MY", "YOUR", "OUR", "THEIR", "HIS", "HER");
}
