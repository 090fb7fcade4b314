package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * Organisations the model cut where a body's head word closes the name, joined after the other sentence rules:
 * <ul>
 *   <li>a place or organisation followed by capitalised words ending in a body's head word ("Dubai" +
 *       "Financial Market", "National Energy" + "Regulator of South Africa") is one organisation;</li>
 *   <li>ordinary capitalised words before "and" and an organisation whose name opens with an ordinary word are
 *       its portfolio ("Securities and" + "Commodities Authority", "Energy and" + "Petroleum Regulatory
 *       Authority"); two organisations around "and" whose touching words are both trades ("Kenya Power" and
 *       "Lighting Company") are one name;</li>
 *   <li>"Air" and the capitalised word after it name an airline ("Air Arabia", read as a person).</li>
 * </ul>
 * Head words are {@link ProperNameRule#ORG_WORDS}, the list derived from the training data
 * ({@code organisation-heads.txt}) and {@link #MORE_HEADS}. Written by hand: each case needs the model's pieces
 * and closed word lists; a title-case headline is left alone (its capitals say nothing). Stateless.
 */
final class HeadWordJoins {

    /** Body words closing a name that the other lists lack. */
    static final Set<String> MORE_HEADS = WordSet.of("Market", "Regulator", "Commission", "Tribunal", "Board",
            "Directorate", "Secretariat", "Inspectorate", "Ombudsman", "Registry", "Agency", "Centre", "Center",
            "Council", "Corporation", "Company", "Airways", "Airlines", "Exchange", "Utility", "Utilities",
            "Cooperative", "Co-operative", "Chemical", "Petrochemical", "Petrochemicals", "Fertilizers", "Fertilisers",
            "Confederation");
    /**
     * Trades and portfolios: the words on both sides of "and" inside one body's name ("Power and Lighting",
     * "Securities and Commodities", "Ports and Harbours").
     */
    static final Set<String> TRADES = WordSet.of("Power", "Light", "Lighting", "Water", "Sewerage", "Sanitation", "Gas",
            "Oil", "Electricity", "Electric", "Energy", "Petroleum", "Mining", "Minerals", "Mines", "Steel", "Iron",
            "Telecommunications", "Communications", "Transport", "Shipping", "Aviation", "Ports", "Harbours",
            "Harbors", "Railways", "Highways", "Roads", "Housing", "Fisheries", "Agriculture", "Livestock", "Forestry",
            "Tourism", "Trade", "Industry", "Commerce", "Finance", "Investment", "Investments", "Securities",
            "Commodities", "Insurance", "Banking", "Broadcasting", "Information", "Irrigation", "Drainage", "Cement",
            "Chemicals", "Fertilizer", "Fertiliser", "Textiles", "Exchange", "Development", "Planning", "Research");
    /** Words after "Air" that make a title or a service, not an airline ("Air Force", "Air Marshal"). */
    private static final Set<String> NOT_AIRLINES = WordSet.of("Force", "Forces", "Marshal", "Chief", "Vice", "Commodore",
            "Corps", "Command", "Defence", "Defense", "Staff", "Quality", "Traffic", "Show", "Base", "Station",
            "Ministry", "Minister", "Wing", "Officer", "Commander", "Pollution", "Conditioning", "Jordan");

    private HeadWordJoins() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer,
            TitleCaseHeadlines headlines) {
        if (headlines.titleCase(tokens) || upperCaseLine(tokens)) {
            return;
        }
        mentions.sort(null);
        bodyAfterName(tokens, mentions, sentence, gazetteer);
        portfolioBeforeAnd(tokens, mentions, gazetteer);
        airlines(tokens, mentions, sentence, gazetteer);
        leadingBank(tokens, mentions);
        adjectiveBeforeBody(tokens, mentions);
        openingCompany(tokens, mentions, sentence, gazetteer);
        directorates(tokens, mentions, sentence);
        headOfBody(tokens, mentions, sentence);
        // "Union Home Minister Amit Shah": India's "Union" opens a minister's title, no organisation
        mentions.removeIf(m -> m.length() == 1 && tokens[m.start].equals("Union") && m.end + 1 < tokens.length
                && ListAndRulePass.capitalised(tokens[m.end]) && (tokens[m.end + 1].equals("Minister")
                        || tokens[m.end].equals("Minister") || tokens[m.end + 1].equals("Secretary")));
        SportsNames.apply(tokens, mentions, gazetteer);
        mentions.sort(null);
        NameEdgeRepairs.apply(tokens, mentions, gazetteer);
    }

    /** Heads that open a state body's name before "of" ("the Presidency of Defence Industries"). */
    private static final Set<String> OPENING_HEADS = WordSet.of("Presidency", "Ministry", "Department", "Office",
            "Secretariat", "Directorate", "Bureau", "Council", "Board", "Commission", "Authority", "Agency", "Institute");

    /**
     * "the Presidency of" + "Defence Industries": an untagged head and "of" after "the" open the organisation the
     * model found after them.
     */
    private static void headOfBody(String[] tokens, List<MentionDraft> mentions, int sentence) {
        listedBodies(tokens, mentions, sentence);
        for (MentionDraft m : mentions) {
            int head = m.start - 2;
            if (m.type.equals(EntityTypes.ORGANIZATION) && head >= 1 && tokens[m.start - 1].equals("of")
                    && OPENING_HEADS.contains(tokens[head]) && !covered(mentions, head)
                    && (tokens[head - 1].equals("the") || tokens[head - 1].equals("The"))) {
                m.start = head;
                m.canonical = null;
            }
        }
    }

    /**
     * "Zenith Bank, First Bank and GTBank": in a list of organisations, an untagged ordinary word and a body's word
     * after a comma or "and" is the next organisation (the pattern rule drops a capitalised common word after a
     * comma as a clause's opening).
     */
    private static void listedBodies(String[] tokens, List<MentionDraft> mentions, int sentence) {
        for (int i = 2; i + 1 < tokens.length; i++) {
            if (!(tokens[i - 1].equals(",") || tokens[i - 1].equals("and")) || covered(mentions, i)
                    || !ListAndRulePass.capitalised(tokens[i]) || ListAndRulePass.noNameAlone(tokens[i])) {
                continue;
            }
            MentionDraft before = null;
            for (MentionDraft o : mentions) {
                before = o.end == i - 1 ? o : before;
            }
            if (before == null || !before.type.equals(EntityTypes.ORGANIZATION)) {
                continue;
            }
            int end = i;
            while (end < tokens.length && end - i < 3 && ListAndRulePass.capitalised(tokens[end])
                    && !ListAndRulePass.isPunct(tokens[end]) && !covered(mentions, end)) {
                end++;
            }
            if (end - i >= 2 && (ProperNameRule.ORG_WORDS.contains(tokens[end - 1]) || MORE_HEADS.contains(tokens[end - 1]))
                    && (end == tokens.length || !ListAndRulePass.capitalised(tokens[end]))) {
                mentions.add(new MentionDraft(sentence, i, end, EntityTypes.ORGANIZATION, true));
            }
            i = end;
        }
    }

    /**
     * "the Directorate General of Civil Aviation", "Directorate-General for Trade": the model reads "General"
     * as a title and leaves the name; the head, "of" or "for", and the capitalised words (and "and") after it.
     */
    private static void directorates(String[] tokens, List<MentionDraft> mentions, int sentence) {
        for (int i = 0; i + 3 < tokens.length; i++) {
            boolean twoWords = tokens[i].equals("Directorate") && tokens[i + 1].equals("General");
            if (!twoWords && !tokens[i].equals("Directorate-General")) {
                continue;
            }
            int of = i + (twoWords ? 2 : 1);
            if (of + 1 >= tokens.length || !(tokens[of].equals("of") || tokens[of].equals("for"))
                    || !ListAndRulePass.capitalised(tokens[of + 1])) {
                continue;
            }
            int end = of + 1;
            while (end < tokens.length && (ListAndRulePass.capitalised(tokens[end]) && !ListAndRulePass.isPunct(tokens[end])
                    || tokens[end].equals("and") && end + 1 < tokens.length && ListAndRulePass.capitalised(tokens[end + 1]))) {
                end++;
            }
            MentionDraft name = new MentionDraft(sentence, i, end, EntityTypes.ORGANIZATION, true);
            mentions.removeIf(o -> o.overlaps(name));
            mentions.add(name);
            i = end;
        }
    }

    /**
     * "Bank Dhofar", "Bank Mandiri": "Bank" opening the name as Malay, Indonesian and Gulf banks write it; the
     * model tagged "Bank" alone.
     */
    private static void leadingBank(String[] tokens, List<MentionDraft> mentions) {
        for (MentionDraft m : mentions) {
            int next = m.end;
            if (m.type.equals(EntityTypes.ORGANIZATION) && m.length() == 1 && tokens[m.start].equals("Bank")
                    && next < tokens.length && ListAndRulePass.capitalised(tokens[next]) && !ListAndRulePass.isPunct(tokens[next])
                    && !covered(mentions, next) && (next + 1 == tokens.length || !ListAndRulePass.capitalised(tokens[next + 1]))) {
                m.end = next + 1;
                m.canonical = null;
            }
        }
    }

    /** Adjectives of rank that open a state body's name: "the General Authority for Statistics". */
    private static final Set<String> RANKS = WordSet.of("General", "Supreme", "Higher", "High", "Grand", "Federal", "Central");

    /**
     * "the General" + "Authority for Statistics": a rank before an organisation the model opened with its head
     * word, after "the", belongs to the name ("General" is a title word, so the model left it out).
     */
    private static void adjectiveBeforeBody(String[] tokens, List<MentionDraft> mentions) {
        for (MentionDraft m : mentions) {
            int a = m.start - 1;
            if (m.type.equals(EntityTypes.ORGANIZATION) && a >= 1 && RANKS.contains(tokens[a]) && !covered(mentions, a)
                    && (tokens[a - 1].equals("the") || tokens[a - 1].equals("The"))
                    && (ProperNameRule.ORG_WORDS.contains(tokens[m.start]) || MORE_HEADS.contains(tokens[m.start]))) {
                m.start = a;
                m.canonical = null;
            }
        }
    }

    /** Words after a sentence-opening company that say it acts or is joined to another. */
    private static final Set<String> ACTS = WordSet.of("said", "says", "reported", "posted", "announced", "and", "shares",
            "'s", "’s", "rose", "fell", "gained", "jumped", "slipped", "led");
    /** Last words of a company's name (not of a state body: "Foreign Ministry said" is left to the model). */
    static final Set<String> COMPANY_ENDS = WordSet.of("Cement", "Bank", "Group", "Holdings", "Holding",
            "Industries", "Airways", "Airlines", "Motors", "Breweries", "Foods", "Steel", "Textiles", "Fertilizers",
            "Telecom", "Energy", "Petroleum", "Insurance", "Properties", "Pharmaceuticals", "Chemicals", "Mills",
            "Corporation", "Company", "Limited", "Ltd", "Plc", "Construction", "Engineering", "Developments",
            "Technologies", "Systems", "Resources", "Mining", "Logistics", "Shipping", "Investments", "Capital", "Minerals",
            "Metals", "Mines");

    /**
     * "Lucky Cement and Engro Fertilizers led losses": two or three capitalised words opening the sentence,
     * the last a company's word, the first an ordinary word the pattern rule dropped as the sentence's capital,
     * and a company's verb or "and" after — one company.
     */
    private static void openingCompany(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        int end = 0;
        while (end < tokens.length && end < 3 && plainCapitalised(tokens[end], gazetteer) && !covered(mentions, end)) {
            end++;
        }
        if (end < 1 || end >= tokens.length || !ACTS.contains(tokens[end]) || noNameStart(tokens[0])) {
            return;
        }
        int last = end - 1;
        if (last >= 1 && COMPANY_ENDS.contains(tokens[last]) && !covered(mentions, last)) {
            mentions.add(new MentionDraft(sentence, 0, end, EntityTypes.ORGANIZATION, true));
        }
    }

    private static boolean noNameStart(String t) {
        return ListAndRulePass.noNameAlone(t) || t.equals("Its") || t.equals("His") || t.equals("Her") || t.equals("Their");
    }

    static boolean head(String word, Gazetteer gazetteer) {
        return ProperNameRule.ORG_WORDS.contains(word) || MORE_HEADS.contains(word) || gazetteer.isOrganisationHead(word);
    }

    /** "Dubai" + "Financial Market", "National Energy" + "Regulator of South Africa". */
    private static void bodyAfterName(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        for (int j = 0; j < mentions.size(); j++) {
            MentionDraft m = mentions.get(j);
            // "Asian" + "Football Confederation": a nationality opens a body's name when nothing after it was tagged
            if (m.type.equals(EntityTypes.PERSON) || m.type.equals(EntityTypes.MISC) && m.length() > 1) {
                continue;
            }
            int end = m.end;
            while (end < tokens.length && end - m.end < 3 && plainCapitalised(tokens[end], gazetteer)
                    && !covered(mentions, end)) {
                end++;
            }
            if (end == m.end || !head(tokens[end - 1], gazetteer)
                    || end < tokens.length && ListAndRulePass.capitalised(tokens[end]) && !tokens[end].equals("of")) {
                continue;
            }
            // "… Regulator of South Africa": "of" and a place the model found
            if (end + 1 < tokens.length && tokens[end].equals("of")) {
                for (MentionDraft p : mentions) {
                    if (p.start == end + 1 && p.type.equals(EntityTypes.LOCATION)) {
                        end = p.end;
                    }
                }
            }
            int to = end;
            mentions.removeIf(o -> o != m && o.start >= m.end && o.end <= to);
            m.end = to;
            m.type = EntityTypes.ORGANIZATION;
            m.canonical = null;
            j = mentions.indexOf(m);
        }
    }

    /** A capitalised word that may stand inside a body's name: no title, month, place word or punctuation. */
    private static boolean plainCapitalised(String t, Gazetteer gazetteer) {
        return ListAndRulePass.capitalised(t) && !ListAndRulePass.isPunct(t) && !gazetteer.isTitleWord(t)
                && !TitleFinder.ROLE_WORDS.contains(ListAndRulePass.lower(t)) && !ProperNameRule.CALENDAR.contains(t)
                && !Gazetteer.isUpper(t) && !ListAndRulePass.POSSESSIVE.contains(t);
    }

    static boolean covered(List<MentionDraft> mentions, int token) {
        for (MentionDraft o : mentions) {
            if (o.start <= token && token < o.end) {
                return true;
            }
        }
        return false;
    }

    /** "Securities and" + "Commodities Authority"; "Kenya Power" and "Lighting Company". */
    private static void portfolioBeforeAnd(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        for (int j = 0; j < mentions.size(); j++) {
            MentionDraft b = mentions.get(j);
            int and = b.start - 1;
            if (!b.type.equals(EntityTypes.ORGANIZATION) || and < 1 || !tokens[and].equals("and")
                    || !head(tokens[b.end - 1], gazetteer) || !ordinary(tokens[b.start], gazetteer)) {
                continue;
            }
            MentionDraft a = j > 0 ? mentions.get(j - 1) : null;
            if (a != null && a.end == and) {
                if (a.type.equals(EntityTypes.ORGANIZATION) && TRADES.contains(tokens[and - 1])
                        && TRADES.contains(tokens[b.start]) && !CoordinatedNames.WHOLE_ENDS.contains(tokens[and - 1])) {
                    a.end = b.end;
                    a.canonical = null;
                    mentions.remove(j);
                    j--;
                }
                continue;
            }
            int start = and;
            // a portfolio word may be a role's too ("Energy" in "energy minister"), so only titles stop the run
            while (start > 0 && and - start < 2 && !covered(mentions, start - 1) && ListAndRulePass.capitalised(tokens[start - 1])
                    && !gazetteer.isTitleWord(tokens[start - 1]) && !ProperNameRule.CALENDAR.contains(tokens[start - 1])
                    && ordinary(tokens[start - 1], gazetteer)) {
                start--;
            }
            boolean opens = start == 0 || !ListAndRulePass.capitalised(tokens[start - 1])
                    || tokens[start - 1].equals("The") || ListAndRulePass.isPunct(tokens[start - 1]);
            if (start < and && opens && (TRADES.contains(tokens[and - 1]) || TRADES.contains(tokens[b.start]))) {
                b.start = start;
                b.canonical = null;
            }
        }
    }

    /** An ordinary word written with a capital: a common word or a trade, no first name, no listed name. */
    private static boolean ordinary(String t, Gazetteer gazetteer) {
        return (gazetteer.isCommonWord(t) || TRADES.contains(t)) && !gazetteer.isFirstName(t) && gazetteer.lookup(t) == null
                && !ListAndRulePass.noNameAlone(t);
    }

    /** "Air Arabia", "Air Peace": "Air" and one capitalised word, the model's person or place or nothing. */
    private static void airlines(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        for (int i = 0; i + 1 < tokens.length; i++) {
            if (!tokens[i].equals("Air") || covered(mentions, i) || NOT_AIRLINES.contains(tokens[i + 1])
                    || !plainCapitalised(tokens[i + 1], gazetteer)
                    || i + 2 < tokens.length && ListAndRulePass.capitalised(tokens[i + 2]) && !ListAndRulePass.isPunct(tokens[i + 2])
                    || i > 0 && ListAndRulePass.capitalised(tokens[i - 1]) && !tokens[i - 1].equals("The")) {
                continue;
            }
            MentionDraft next = null;
            for (MentionDraft o : mentions) {
                if (o.start <= i + 1 && i + 1 < o.end) {
                    next = o;
                }
            }
            if (next != null && (next.start != i + 1 || next.end != i + 2)) {
                continue;
            }
            mentions.remove(next);
            mentions.add(new MentionDraft(sentence, i, i + 2, EntityTypes.ORGANIZATION, true));
        }
    }

    /** A line in capitals (CoNLL's headlines): its capitals say nothing either. */
    static boolean upperCaseLine(String[] tokens) {
        int upper = 0;
        int words = 0;
        for (String t : tokens) {
            if (!ListAndRulePass.isPunct(t)) {
                words++;
                upper += Gazetteer.isUpper(t) ? 1 : 0;
            }
        }
        return words > 0 && upper * 2 > words;
    }
}
