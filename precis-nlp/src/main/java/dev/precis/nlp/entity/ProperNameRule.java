package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * Names the model and the lists missed: a run of capitalised words that are not ordinary words
 * ("Joost van der Westhuizen", "Kengo wa Dondo") is a name. A run ending in an organisation word
 * ("… Bank", "… Party") is an organisation, one ending in a place word ("… River") a location;
 * other runs of two or more words, or a single word next to "said", are people (the commonest
 * unknown name in news). Sentence-initial single words and all-capital headlines are left alone.
 * Stateless and thread-safe.
 */
final class ProperNameRule {

    private static final Set<String> PARTICLES = WordSet.of("van", "de", "der", "von", "wa", "bin", "ibn", "al", "di",
            "da", "du", "le", "la", "del", "dos", "den", "ter", "ten", "el", "for", "of", "in", "&");
    static final Set<String> ORG_WORDS = WordSet.of("Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.",
            "Co", "Co.", "Group", "Bank", "Party", "Ministry", "Council", "Committee", "Association", "Union",
            "Federation", "Airlines", "Airways", "Motors", "Holdings", "Fund", "Agency", "Institute", "University",
            "College", "Club", "United", "Rovers", "Athletic", "Department", "Commission", "Court", "Police", "Army",
            "Navy", "Times", "News", "Post", "Journal", "Television", "Radio", "Press", "Exchange", "Industries",
            "Systems", "Technologies", "Foundation", "Organisation", "Organization", "Service", "Services",
            "Authority", "Board", "Office", "Assembly", "Parliament", "Senate", "Front", "Movement", "League",
            "Church", "Company", "Corps", "Brigade", "Force", "Forces", "Guard", "Reserve", "Trust", "Society",
            "Network", "Energy", "Oil", "Petroleum", "Telecom", "Airport", "Hospital", "School", "Partners",
            "Capital", "Securities", "Investments", "Insurance", "International", "Worldwide", "Enterprises", "AG",
            "SA", "NV", "plc", "PLC", "GmbH", "Bancorp", "Chemicals", "Pharmaceuticals", "Steel", "Electric",
            "Foods", "Records", "Plc", "Newsroom", "Desk", "Bhd", "Berhad", "Limited", "Treasury", "Cabinet", "Studios", "Pictures", "Magazine", "Gazette", "Herald", "Tribune", "Daily",
            "Congress", "Bureau", "Tribunal", "Directorate", "Secretariat", "Alliance", "Coalition", "Unions",
            // company suffixes of other countries and business words that end companies' names
            "Tbk", "JSC", "PJSC", "OJSC", "Pte", "Sdn", "SpA", "Pty", "LLP", "Oyj", "ASA", "SAE", "SAOG", "QSC",
            "S.A.", "N.V.", "S.p.A.", "A.G.", "B.V.", "S.A.B.", "Bhd.", "Pvt.", "Pte.",
            "Electronics", "Power", "Railways", "Shipping", "Logistics", "Cement", "Textiles", "Breweries",
            "Telecommunications", "Communications", "Semiconductor", "Refinery", "Conglomerate",
            // Indian and Turkish words that end parties' and movements' names ("Rashtriya Janata Dal", "Shiv
            // Sena", "Jharkhand Mukti Morcha", "Bharat Rashtra Samiti", "Cumhuriyet Halk Partisi")
            "Dal", "Sena", "Sangh", "Morcha", "Kazhagam", "Samiti", "Samithi", "Parishad", "Mahasabha", "Partisi",
            // business words ending the names of Gulf and Asian groups ("Emaar Properties", "Dubai Holding", "Aboitiz
            // Equity Ventures") and chambers ("Karachi Chamber of Commerce")
            "Holding", "Properties", "Ventures", "Chamber",
            // watchdogs and regulators named in Latin American and African copy ("Corruption Watch", "Financial
            // Superintendency", "National Jury of Elections")
            "Watch", "Superintendency", "Superintendence", "Jury");
    private static final Set<String> PLACE_WORDS = WordSet.of("River", "Island", "Islands", "Mountains", "Mountain",
            "Valley", "Province", "Region", "County", "Street", "Square", "Bay", "Lake", "Sea", "Ocean", "Coast",
            "Peninsula", "Desert", "Heights", "Strait", "Park", "Stadium", "Bridge", "Canal", "Hills", "Beach",
            "Avenue", "Road", "District", "State", "City");
    private static final Set<String> SPEECH = WordSet.of("said", "says", "told", "added", "explained", "wrote");
    private static final Set<String> OPENERS = WordSet.of("\"", "“", "‘", "'", "(", "-", "--", ":", "–", "—", "``", "[");

    static final Set<String> CALENDAR = WordSet.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
            "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "Christmas", "Easter", "Ramadan");

    /** Capital-letter abbreviations that are not names. */
    private static final Set<String> NOT_NAMES = WordSet.of("AIDS", "HIV", "GDP", "GNP", "CEO", "CFO", "COO", "TV", "PM",
            "AM", "OK", "AD", "BC", "UTC", "GMT", "EST", "PC", "DNA", "MP", "MPS", "VAT", "IPO", "CD", "DVD", "SUV",
            "ID", "IQ", "UFO", "USD", "EUR", "GBP", "JPY", "DM", "CPI", "PPI", "RBI", "ET", "PST", "EDT", "PDT",
            "CET", "FM", "AC", "DC", "LNG", "LPG", "ATM", "SMS", "PR", "HQ", "VIP", "RSVP", "NB", "PS", "II", "III",
            "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "NOTE", "TOP", "NEWS", "UPDATE", "FACTBOX", "WRAPUP",
            "ANALYSIS", "PREVIEW", "RESULTS", "STANDINGS", "SCORES", "SUMMARY", "TABLE", "CORRECTED", "REPEAT",
            "OPEC+", "KG", "KM", "MW", "GW", "BPD", "FOB", "CIF", "YR", "PCT", "MLN", "BLN", "NET", "EPS", "OTC");
    private final Gazetteer gazetteer;

    ProperNameRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void apply(String[] tokens, List<MentionDraft> mentions, boolean[] covered, int sentence) {
        addAcronyms(tokens, mentions, covered, sentence);
        int i = 0;
        while (i < tokens.length) {
            if (covered[i] || !candidate(tokens[i])) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.length && !covered[end] && end - i < 6) {
                if (candidate(tokens[end])) {
                    end++;
                } else if (PARTICLES.contains(tokens[end]) && end + 1 < tokens.length && !covered[end + 1]
                        && candidate(tokens[end + 1])) {
                    end += 2;
                } else {
                    break;
                }
            }
            String type = classify(tokens, i, end);
            MentionDraft before = EntityTypes.PERSON.equals(type) ? personEndingAt(mentions, sentence, i) : null;
            if (before != null && before.length() + end - i <= 4) {
                before.end = end; // "Sri Mulyani" + "Indrawati said": the model's person runs on, one name
                for (int k = i; k < end; k++) {
                    covered[k] = true;
                }
            } else if (type != null) {
                MentionDraft m = new MentionDraft(sentence, i, end, type, true);
                mentions.add(m);
                for (int k = i; k < end; k++) {
                    covered[k] = true;
                }
            }
            i = end;
        }
    }

    /** The model's person ending right before token {@code i} (no title, no listed name), or null. */
    private static MentionDraft personEndingAt(List<MentionDraft> mentions, int sentence, int i) {
        for (MentionDraft m : mentions) {
            if (m.sentence == sentence && m.end == i && m.type.equals(EntityTypes.PERSON) && !m.ruleBased
                    && m.canonical == null) {
                return m;
            }
        }
        return null;
    }

    /** "USDA said", "the NYMEX": an unlisted capital-letter abbreviation in ordinary text is an organisation. */
    private void addAcronyms(String[] tokens, List<MentionDraft> mentions, boolean[] covered, int sentence) {
        int lower = 0;
        for (String t : tokens) {
            if (!t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
                lower++;
            }
        }
        if (lower * 3 < tokens.length) {
            return; // a headline or a table, where capitals mean nothing
        }
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (covered[i] || t.length() < 3 || t.length() > 6 || NOT_NAMES.contains(t) || !letters(t)
                    || !Gazetteer.isUpper(t) || gazetteer.lookup(t) != null || ListAndRulePass.shouted(t, gazetteer)
                    || ListAndRulePass.era(tokens, i)) {
                continue;
            }
            mentions.add(new MentionDraft(sentence, i, i + 1, EntityTypes.ORGANIZATION, true));
            covered[i] = true;
        }
    }

    private static boolean letters(String t) {
        for (int k = 0; k < t.length(); k++) {
            if (!Character.isLetter(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private String classify(String[] tokens, int start, int end) {
        String last = tokens[end - 1];
        boolean initial = start == 0 || OPENERS.contains(tokens[start - 1]);
        if (ORG_WORDS.contains(last) && end - start > 1) {
            return EntityTypes.ORGANIZATION;
        }
        if (PLACE_WORDS.contains(last) && end - start > 1) {
            return EntityTypes.LOCATION;
        }
        if (end - start > 1) {
            return initial && !gazetteer.isFirstName(tokens[start]) && gazetteer.isCommonWord(tokens[start])
                    ? null : EntityTypes.PERSON;
        }
        boolean cue = (end < tokens.length && SPEECH.contains(tokens[end]))
                || (start > 0 && SPEECH.contains(tokens[start - 1]))
                || (start > 0 && (tokens[start - 1].equals("(") || tokens[start - 1].equals(",")) && end < tokens.length
                        && tokens[end].matches("\\d{1,3}(st|nd|rd|th)?")); // a scorer: "( Kirsten 18th , Ramelow 56th )"
        return !initial && cue ? EntityTypes.PERSON : null;
    }

    private boolean candidate(String t) {
        if (t.length() < 2 || !Character.isUpperCase(t.charAt(0)) || Gazetteer.isUpper(t)) {
            return false;
        }
        for (int k = 1; k < t.length(); k++) {
            char c = t.charAt(k);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '.') {
                return false;
            }
        }
        return !CALENDAR.contains(t) && !gazetteer.isCommonWord(t) && !gazetteer.isTitleWord(t) && gazetteer.lookup(t) == null;
    }
}
