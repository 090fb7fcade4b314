package dev.precis.nlp.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Shapes of names in wire copy from anywhere that the model and the earlier rules miss, run after them:
 * <ul>
 *   <li>a dateline's place in capitals ("THIMPHU, June 12 -"): the model knows the big capitals' datelines
 *       from CoNLL-style training text, not the less common ones; the words, written in title case, must be a
 *       GeoNames place, or be followed by a month and a day;</li>
 *   <li>a body's name closed by "for X in" a country or continent ("Board of Control for Cricket in India",
 *       "Organization for Security and Co-operation in Europe"), which the model cut at "in";</li>
 *   <li>a place followed by the words of a trading house ("Kuwait" + "Finance House");</li>
 *   <li>a "place" of a place and a word that is no place's word, acting as a company does or listed with an
 *       organisation ("Dubai World has repaid", "Ayala Land and SM Prime Holdings");</li>
 *   <li>an untagged one-word name listed with an organisation by "and" or a comma ("talks with Maersk and
 *       MSC"), and a party's or body's acronym joined by a hyphen ("CPN-UML");</li>
 *   <li>two companies the model joined over "and" where the first ends in a country ("MTN Nigeria and Zenith
 *       Bank").</li>
 * </ul>
 * Written by hand: each needs the model's pieces and closed word lists. Each rule looks at the sentence's
 * mentions or at one token shape first, so its cost is a few comparisons per sentence. Stateless.
 */
final class WireBodyShapes {

    private static final Pattern MONTH_DAY = Pattern.compile("(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?");
    private static final Set<String> DASHES = WordSet.of("-", "--", "–", "—", "―", ":");
    /** Words after a place that still name a place, a region or a site, never a company. */
    private static final Set<String> PLACE_WORDS = WordSet.of("City", "Province", "Region", "District", "County", "State",
            "Island", "Islands", "Valley", "Strip", "Bay", "Gulf", "Sea", "River", "Lake", "Mountains", "Hills", "Square",
            "Airport", "Port", "Peninsula", "Delta", "Desert", "Plateau", "Coast", "Highlands", "Basin", "Town",
            "Governorate", "Territory", "Territories", "Emirate", "Municipality", "Metropolitan", "Capital", "Camp",
            "Road", "Street", "Avenue", "Bridge", "Dam", "Park", "Zone", "Corridor", "Border", "Central", "North",
            "South", "East", "West", "Proper", "Old", "New", "Upper", "Lower", "Greater");
    /** Verbs and words after which a name acts as a company, not as a place. */
    private static final Set<String> COMPANY_ACTS = WordSet.of("has", "had", "posted", "reported", "repaid", "raised",
            "cut", "shares", "sold", "bought", "signed", "won", "borrowed", "plans", "expects", "owns", "declined",
            "launched", "agreed", "listed", "issued", "hired", "ordered", "flew");
    /** Trades before "House" that make a company's name ("Finance House", "Publishing House"). */
    private static final Set<String> HOUSE_TRADES = WordSet.of("Finance", "Trading", "Publishing", "Investment", "Clearing",
            "Auction", "Brokerage", "Fashion", "Software", "Media", "Printing", "Shipping");
    /** Acronyms of places and unions that may be joined by a hyphen without naming a body ("US-China"). */
    private static final Set<String> PLACE_ACRONYMS = WordSet.of("US", "USA", "UK", "EU", "UAE", "GCC", "DRC", "UN",
            "ASEAN", "NATO", "PRC", "ROK", "DPRK", "USSR");
    private static final Pattern HYPHENED_ACRONYM = Pattern.compile("[A-Z]{2,6}(-[A-Z]{2,6})+");

    /** Endings of abstract nouns, a portfolio's words rather than a firm's ("Law and Diplomacy", "Socialism"). */
    private static final Pattern ABSTRACT_ENDINGS = Pattern.compile("(ism|acy|ity|ment|tion|sion|ics|ence|ance|ogy|ship|ness|ure|ies)$");

    private WireBodyShapes() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer,
            TitleCaseHeadlines headlines) {
        datelinePlace(tokens, mentions, sentence, gazetteer);
        if (headlines.titleCase(tokens) || HeadWordJoins.upperCaseLine(tokens)) {
            return;
        }
        mentions.sort(null);
        forSomethingIn(tokens, mentions, gazetteer);
        bodyOfCountry(tokens, mentions, gazetteer);
        tradingHouses(tokens, mentions, sentence, gazetteer);
        placeLedCompanies(tokens, mentions, gazetteer);
        listedWithBody(tokens, mentions, sentence, gazetteer);
        placeBeforeBody(tokens, mentions, gazetteer);
        hyphenedAcronyms(tokens, mentions, sentence);
        companiesAfterCountry(tokens, mentions, sentence, gazetteer);
        for (MentionDraft m : mentions) {
            if (m.length() == 2 && LANDFORMS.contains(tokens[m.start]) && gazetteer.placeAt(tokens, m.start + 1) == 1) {
                m.type = EntityTypes.LOCATION; // "Lake Malawi" read as a body after "Airtel Malawi"-style names
            }
        }
        // a body's generic word alone names nothing ("Authority chairman Osama Rabie said")
        mentions.removeIf(m -> m.length() == 1 && GENERIC_HEADS.contains(tokens[m.start]));
        mentions.sort(null);
    }

    /** Words opening the name of a lake, mountain or river, a place whatever follows. */
    private static final Set<String> LANDFORMS = WordSet.of("Lake", "Mount", "Mt", "Mt.", "River");
    /** Heads that are never a name alone. */
    private static final Set<String> GENERIC_HEADS = WordSet.of("Authority", "Agency", "Company", "Corporation",
            "Regulator", "Directorate");

    /** "MTN Nigeria and Zenith Bank" read as one: a name ending in a country, "and", a name ending in a body's word. */
    private static void companiesAfterCountry(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        int size = mentions.size();
        for (int k = 0; k < size; k++) {
            MentionDraft m = mentions.get(k);
            if (!m.type.equals(EntityTypes.ORGANIZATION) || m.length() < 5) {
                continue;
            }
            for (int j = m.start + 2; j < m.end - 2; j++) {
                if (!tokens[j].equals("and")) {
                    continue;
                }
                Gazetteer.Entry country = gazetteer.lookup(tokens, j - 1, j);
                String last = tokens[m.end - 1];
                boolean head = ProperNameRule.ORG_WORDS.contains(last) || HeadWordJoins.MORE_HEADS.contains(last);
                if (country != null && gazetteer.isCountry(country.canonical()) && head
                        && !tokens[j - 2].equals("of") && ListAndRulePass.capitalised(tokens[j + 1])) {
                    mentions.add(new MentionDraft(sentence, j + 1, m.end, EntityTypes.ORGANIZATION, true));
                    m.end = j;
                    m.canonical = null;
                    break;
                }
            }
        }
    }

    /** "THIMPHU, June 12 -", "DAR ES SALAAM (Reuters) -": the sentence's opening capitals are the dateline's place. */
    static void datelinePlace(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        if (tokens.length < 2 || !Gazetteer.isUpper(tokens[0]) || tokens[0].length() < 3) {
            return;
        }
        int k = 0;
        while (k < tokens.length && k < 4 && Gazetteer.isUpper(tokens[k]) && letters(tokens[k])) {
            k++;
        }
        if (k == 0 || k >= tokens.length || HeadWordJoins.covered(mentions, 0) || HeadWordJoins.covered(mentions, k - 1)) {
            return;
        }
        // the splitter may end a sentence after "BANDAR SERI BEGAWAN," so the place and its comma stand alone
        boolean alone = k == tokens.length - 1 && tokens[k].equals(",");
        boolean dated = tokens[k].equals(",") && k + 2 < tokens.length && MONTH_DAY.matcher(tokens[k + 1]).matches()
                && k + 2 < tokens.length && Character.isDigit(tokens[k + 2].charAt(0));
        boolean credited = tokens[k].equals("(") || DASHES.contains(tokens[k]);
        if (!dated && !credited && !alone) {
            return;
        }
        String[] titled = new String[k];
        for (int i = 0; i < k; i++) {
            String t = tokens[i];
            titled[i] = t.charAt(0) + t.substring(1).toLowerCase(Locale.ROOT);
        }
        boolean place = gazetteer.placeAt(titled, 0) == k;
        if (!place && k > 1) {
            for (int i = 1; i < k; i++) { // "Dar es Salaam", "Bandar Seri Begawan"
                titled[i] = titled[i].length() <= 3 ? titled[i].toLowerCase(Locale.ROOT) : titled[i];
            }
            place = gazetteer.placeAt(titled, 0) == k;
        }
        if (place || dated) {
            mentions.add(new MentionDraft(sentence, 0, k, EntityTypes.LOCATION, true));
        }
    }

    /** "Board of Control for Cricket" + "in" + "India": a body's "for" phrase runs on over "in" and a country. */
    private static void forSomethingIn(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        for (int k = 0; k + 1 < mentions.size(); k++) {
            MentionDraft a = mentions.get(k);
            MentionDraft b = mentions.get(k + 1);
            if (!a.type.equals(EntityTypes.ORGANIZATION) || b.start != a.end + 1 || !tokens[a.end].equals("in")
                    || !b.type.equals(EntityTypes.LOCATION) || a.length() < 3) {
                continue;
            }
            boolean forPhrase = false;
            for (int i = a.start + 1; i < a.end - 1; i++) {
                forPhrase |= tokens[i].equals("for");
            }
            Gazetteer.Entry place = gazetteer.lookup(tokens, b.start, b.end);
            boolean country = place != null && gazetteer.isCountry(place.canonical());
            boolean closed = b.end == tokens.length || !ListAndRulePass.capitalised(tokens[b.end]);
            if (forPhrase && country && closed && ListAndRulePass.capitalised(tokens[a.end - 1])) {
                a.end = b.end;
                a.canonical = null;
                mentions.remove(k + 1);
            }
        }
    }

    /** Public bodies and parties whose name may close with "of" and the country they serve (not companies). */
    private static final Set<String> PUBLIC_BODIES = WordSet.of("Party", "Commission", "Court", "Council", "Union",
            "Federation", "Congress", "Assembly", "Front", "Movement", "League", "Church", "Association", "Chamber",
            "Committee", "Authority", "Democrats", "Republicans", "Socialists", "Alliance", "Tribunal", "Institute",
            "Confederation", "Parliament", "Senate", "Conference", "Secretariat", "Board");

    /**
     * "United Democrats" + "of" + "Hong Kong", "Election Commission" + "of" + "India": a party's or public body's
     * name runs on over "of" and the country or region closing it. Companies are left split, as CoNLL marks them
     * ("Kia Motor Corp" of "South Korea").
     */
    private static void bodyOfCountry(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        for (int k = 0; k + 1 < mentions.size(); k++) {
            MentionDraft a = mentions.get(k);
            MentionDraft b = mentions.get(k + 1);
            if (!a.type.equals(EntityTypes.ORGANIZATION) || b.start != a.end + 1 || !tokens[a.end].equals("of")
                    || !b.type.equals(EntityTypes.LOCATION) || !PUBLIC_BODIES.contains(tokens[a.end - 1])) {
                continue;
            }
            Gazetteer.Entry place = gazetteer.lookup(tokens, b.start, b.end);
            boolean country = place != null && gazetteer.isCountry(place.canonical())
                    || gazetteer.placeAt(tokens, b.start) == b.length();
            boolean closed = b.end == tokens.length || !ListAndRulePass.capitalised(tokens[b.end]);
            if (country && closed) {
                a.end = b.end;
                a.canonical = null;
                mentions.remove(k + 1);
            }
        }
    }

    /** "Kuwait" + "Finance House": a place or name, then untagged trade words closed by "House", is a company. */
    private static void tradingHouses(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        for (int i = 2; i < tokens.length; i++) {
            if (!tokens[i].equals("House") || !HOUSE_TRADES.contains(tokens[i - 1]) || HeadWordJoins.covered(mentions, i)
                    || HeadWordJoins.covered(mentions, i - 1)) {
                continue;
            }
            MentionDraft before = null;
            for (MentionDraft o : mentions) {
                before = o.end == i - 1 ? o : before;
            }
            if (before != null && !before.type.equals(EntityTypes.PERSON)) {
                before.end = i + 1;
                before.type = EntityTypes.ORGANIZATION;
                before.canonical = null;
            } else if (before == null) {
                mentions.add(new MentionDraft(sentence, i - 1, i + 1, EntityTypes.ORGANIZATION, true));
            }
        }
    }

    /**
     * "Dubai World has repaid", "Ayala Land and SM Prime Holdings led": a place of the model's made of a GeoNames
     * place and words that are no place's words, that is no place as a whole, and that acts as a company or is
     * listed beside an organisation, is an organisation.
     */
    private static void placeLedCompanies(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        for (int k = 0; k < mentions.size(); k++) {
            MentionDraft m = mentions.get(k);
            if (!m.type.equals(EntityTypes.LOCATION) || m.length() < 2 || m.ruleBased || m.canonical != null) {
                continue;
            }
            int place = gazetteer.placeAt(tokens, m.start);
            if (place == 0 || place >= m.length() || gazetteer.placeAt(tokens, m.start) == m.length()) {
                continue;
            }
            boolean company = true;
            for (int i = m.start + place; i < m.end && company; i++) {
                company = ListAndRulePass.capitalised(tokens[i]) && !PLACE_WORDS.contains(tokens[i])
                        && !ListAndRulePass.isPunct(tokens[i]) && gazetteer.placeAt(tokens, i) == 0;
            }
            boolean acts = m.end < tokens.length && COMPANY_ACTS.contains(tokens[m.end]);
            boolean listedAfter = k + 1 < mentions.size() && nextIsBody(tokens, m, mentions.get(k + 1));
            boolean listedBefore = k > 0 && nextIsBody(tokens, mentions.get(k - 1), m)
                    && mentions.get(k - 1).type.equals(EntityTypes.ORGANIZATION);
            boolean house = tokens[m.end - 1].equals("House") && HOUSE_TRADES.contains(tokens[m.end - 2]);
            if (company && (acts || listedAfter || listedBefore) || house) {
                m.type = EntityTypes.ORGANIZATION;
            }
        }
    }

    /** True when {@code b} is an organisation right after {@code a} and "and" or a comma. */
    private static boolean nextIsBody(String[] tokens, MentionDraft a, MentionDraft b) {
        return b.start == a.end + 1 && (tokens[a.end].equals("and") || tokens[a.end].equals(","))
                && b.type.equals(EntityTypes.ORGANIZATION);
    }

    /** "talks with Maersk and MSC": an untagged capitalised word before "and" and an organisation is one too. */
    private static void listedWithBody(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        int size = mentions.size();
        for (int k = 0; k < size; k++) {
            MentionDraft b = mentions.get(k);
            int i = b.start - 2;
            if (i < 1 || !b.type.equals(EntityTypes.ORGANIZATION) || !tokens[b.start - 1].equals("and")
                    || !ListAndRulePass.capitalised(tokens[i]) || ListAndRulePass.isPunct(tokens[i])
                    || ListAndRulePass.capitalised(tokens[i - 1]) || ListAndRulePass.isPunct(tokens[i - 1])
                    && !tokens[i - 1].equals(",") || HeadWordJoins.covered(mentions, i)) {
                continue;
            }
            if (!unknownFirmWord(tokens, i, gazetteer)) {
                continue;
            }
            mentions.add(new MentionDraft(sentence, i, i + 1, EntityTypes.ORGANIZATION, true));
        }
        for (int k = 0; k < size; k++) { // "Bank of Maldives and Dhiraagu led"
            MentionDraft a = mentions.get(k);
            int i = a.end + 1;
            if (i + 1 >= tokens.length || !a.type.equals(EntityTypes.ORGANIZATION) || !tokens[a.end].equals("and")
                    || !ListAndRulePass.capitalised(tokens[i]) || ListAndRulePass.isPunct(tokens[i])
                    || ListAndRulePass.capitalised(tokens[i + 1]) || HeadWordJoins.covered(mentions, i)
                    || ListAndRulePass.POSSESSIVE.contains(tokens[i + 1]) || tokens[i + 1].equals("of")
                    || tokens[i].length() < 3 || !Character.isLowerCase(tokens[i + 1].charAt(0)) && !tokens[i + 1].equals(",")
                    && !tokens[i + 1].equals(".")) {
                continue;
            }
            if (!unknownFirmWord(tokens, i, gazetteer)) {
                continue;
            }
            mentions.add(new MentionDraft(sentence, i, i + 1, EntityTypes.ORGANIZATION, true));
        }
    }

    /**
     * Whether the capitalised word at {@code i} could be a one-word firm beside an organisation: no abstract
     * ending, not a common, first-name or title word, no place and no listed name.
     */
    private static boolean unknownFirmWord(String[] tokens, int i, Gazetteer gazetteer) {
        String w = tokens[i];
        return !(ABSTRACT_ENDINGS.matcher(w).find() || gazetteer.isCommonWord(w) || ListAndRulePass.noNameAlone(w) || gazetteer.isFirstName(w)
                || gazetteer.isTitleWord(w) || gazetteer.placeAt(tokens, i) > 0 || gazetteer.lookup(w) != null);
    }

    /**
     * "Zambia" + "Consolidated Copper Mines said": a GeoNames place touching the organisation the model found after
     * it opens its name, when the organisation ends in a body's word and does not open with one ("Kenya" +
     * "Ministry of Health" stays two, as do "Kenya" + "Airways"-less pairs the model split at a possessive).
     */
    private static void placeBeforeBody(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        for (int k = 0; k + 1 < mentions.size(); k++) {
            MentionDraft a = mentions.get(k);
            MentionDraft b = mentions.get(k + 1);
            if (!a.type.equals(EntityTypes.LOCATION) || !b.type.equals(EntityTypes.ORGANIZATION) || a.end != b.start
                    || gazetteer.placeAt(tokens, a.start) != a.length() || b.length() < 2) {
                continue;
            }
            String first = tokens[b.start];
            String last = tokens[b.end - 1];
            boolean head = ProperNameRule.ORG_WORDS.contains(last) || HeadWordJoins.MORE_HEADS.contains(last)
                    || gazetteer.isOrganisationHead(last) || HeadWordJoins.TRADES.contains(last);
            boolean opensWithHead = ProperNameRule.ORG_WORDS.contains(first) || HeadWordJoins.MORE_HEADS.contains(first)
                    || gazetteer.isTitleWord(first) || Gazetteer.isUpper(first);
            if (head && !opensWithHead && ListAndRulePass.capitalised(first)) {
                a.end = b.end;
                a.type = EntityTypes.ORGANIZATION;
                a.canonical = null;
                mentions.remove(k + 1);
            }
        }
    }

    /** "CPN-UML", "PML-N": capitals joined by hyphens, in a sentence not in capitals, name a body. */
    private static void hyphenedAcronyms(String[] tokens, List<MentionDraft> mentions, int sentence) {
        for (int i = 1; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.length() < 5 || !Character.isUpperCase(t.charAt(0)) || t.indexOf('-') < 0
                    || !HYPHENED_ACRONYM.matcher(t).matches() || HeadWordJoins.covered(mentions, i)
                    || Gazetteer.isUpper(tokens[i - 1]) && !ListAndRulePass.isPunct(tokens[i - 1])) {
                continue;
            }
            boolean placeParts = false;
            for (String part : t.split("-")) {
                placeParts |= PLACE_ACRONYMS.contains(part);
            }
            if (!placeParts) {
                mentions.add(new MentionDraft(sentence, i, i + 1, EntityTypes.ORGANIZATION, true));
            }
        }
    }

    private static boolean letters(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isLetter(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
