package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Organisation names recognisable by their shape, which win over the places and demonyms inside
 * them: a run of capitalised words ending in an organisation word ("Palestine Liberation
 * Organisation", "British Airways Plc", "U.S. Treasury") or an organisation word followed by "of …"
 * ("Department of Transport"); a team after a player in parentheses ("Robbie Fowler ( Liverpool )");
 * a name followed by "( Country ) 9" or "( 1 ) v" in results; both sides of "PHOENIX AT NEW JERSEY". Then
 * {@link CountryNamedCompanies} and {@link DescribedBodies}. Stateless and thread-safe.
 */
final class OrganisationPatternRule {

    private final Gazetteer gazetteer;
    private final DescribedBodies described;
    private final CountryNamedCompanies countryNamed;

    OrganisationPatternRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.described = new DescribedBodies(gazetteer);
        this.countryNamed = new CountryNamedCompanies(gazetteer);
    }

    static final java.util.Set<String> ARTICLES = java.util.Set.of("The", "A", "An");

    /** Company suffixes: they close a name, so one followed by "and" or a comma ends it. */
    static final java.util.Set<String> SUFFIXES = java.util.Set.of("Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd",
            "Ltd.", "Plc", "PLC", "plc", "LLC", "Bhd", "Berhad", "Tbk", "AG", "SA", "NV", "GmbH", "Limited", "Pvt",
            "JSC", "PJSC", "OJSC", "Pte", "Sdn", "SpA", "Pty", "LLP", "Oyj", "ASA", "SAE", "SAOG", "QSC", "SOC",
            "S.A.", "N.V.", "S.p.A.", "A.G.", "B.V.", "S.A.B.", "Bhd.", "Pvt.", "Pte.");

    /**
     * A listed organisation's name of two words or more opens at {@code from} and ends by {@code to} ("Amnesty
     * International" of "Amnesty International and Human Rights Watch" at a sentence's start): its common first
     * word is the name's.
     */
    private boolean listedFrom(String[] tokens, int from, int to) {
        for (int e = from + 2; e <= to && e - from <= 6; e++) {
            Gazetteer.Entry listed = gazetteer.lookup(tokens, from, e);
            if (listed != null && listed.kind() == Gazetteer.Kind.ORGANIZATION) {
                return true;
            }
        }
        return false;
    }

    void apply(String[] tokens, List<MentionDraft> mentions, int sentence) {
        splitAfterSuffixes(tokens, mentions);
        for (int i = 0; i < tokens.length; i++) {
            if (!ProperNameRule.ORG_WORDS.contains(tokens[i])) {
                continue;
            }
            int start = i;
            // back over capitalised words ("St. Louis-based" and other "-based" words stay out), and over
            // "of" after an organisation word ("Bank of Tokyo-Mitsubishi UFJ Ltd"), not after a person's
            // name ("Lynn Reaser of Barnett Banks Inc.")
            while (start > 0 && i - start < 5 && (ListAndRulePass.capitalised(tokens[start - 1])
                    && !ProperNameRule.CALENDAR.contains(tokens[start - 1]) && !gazetteer.isTitleWord(tokens[start - 1])
                    && !tokens[start - 1].contains("-based")
                    || (tokens[start - 1].equals("of") && start - 2 >= 0 && ListAndRulePass.capitalised(tokens[start - 2])
                            && (ProperNameRule.ORG_WORDS.contains(tokens[start - 2]) || gazetteer.isOrganisationHead(tokens[start - 2])))
                    || andBetweenDescriptors(tokens, start))) {
                start--;
            }
            // a capitalised common word opening the run is part of the name after a lower-case word ("the
            // Election Commission", "said Reserve Bank"), not at the start of a sentence or a clause
            while (start < i && (gazetteer.isCommonWord(tokens[start]) && !tokens[start].equals("National")
                    && !listedFrom(tokens, start, i + 1)
                    && !tokens[start].equals("International") && !tokens[start].equals("Central")
                    && (start == 0 || ListAndRulePass.capitalised(tokens[start - 1]) && !ARTICLES.contains(tokens[start - 1])
                            || ListAndRulePass.isPunct(tokens[start - 1]))
                    || tokens[start].equals("of") || tokens[start].equals("and"))) {
                start++;
            }
            int end = i + 1;
            boolean grew = true;
            while (grew) { // "Reserve Bank of India", "Ministry of Foreign Affairs Office"
                grew = false;
                while (end + 1 < tokens.length && (tokens[end].equals("of") || tokens[end].equals("for")
                        || onAfterBody(tokens, end, i)) && ListAndRulePass.capitalised(tokens[end + 1])
                        || ofThe(tokens, end)) {
                    end += tokens[end + 1].equals("the") ? 3 : 2;
                    while (end < tokens.length && ListAndRulePass.capitalised(tokens[end]) && end - i < 7) {
                        end++;
                    }
                    end = descriptorsAfterAnd(tokens, end, i);
                    grew = true;
                }
                while (end < tokens.length && ProperNameRule.ORG_WORDS.contains(tokens[end])) {
                    end++;
                    grew = true;
                }
            }
            Gazetteer.Entry listed = gazetteer.lookup(tokens, start, end);
            // "Culture and Communications Minister Lily Munro": a minister's portfolio, no organisation
            boolean portfolio = end < tokens.length && (tokens[end].equals("Minister") || tokens[end].equals("Secretary"))
                    && SECTORS.contains(tokens[end - 1]);
            if (end - start >= 2 && !portfolio && (listed == null || listed.kind() == Gazetteer.Kind.ORGANIZATION)) {
                replace(mentions, new MentionDraft(sentence, start, end, EntityTypes.ORGANIZATION, true));
                i = end - 1;
            }
        }
        List<MentionDraft> added = new ArrayList<>();
        for (MentionDraft m : mentions) {
            int close = m.end + 1;
            // "Cibona Zagreb ( Croatia ) 9", "Vicenza ( 1 ) v"
            while (close < tokens.length && close - m.end < 4 && !tokens[close].equals(")")) {
                close++;
            }
            if (m.end < tokens.length && tokens[m.end].equals("(") && close + 1 < tokens.length
                    && tokens[close].equals(")") && (integer(tokens[close + 1]) || tokens[close + 1].equals("v"))
                    && !m.type.equals(EntityTypes.PERSON) && !gazetteer.isCountry(orEmpty(m.canonical))) {
                m.type = EntityTypes.ORGANIZATION;
            }
            // "Robbie Fowler ( Liverpool )"
            if (m.type.equals(EntityTypes.PERSON) && m.end + 2 < tokens.length && tokens[m.end].equals("(")) {
                for (MentionDraft n : mentions) {
                    if (n.sentence == m.sentence && n.start == m.end + 1 && n.end < tokens.length
                            && tokens[n.end].equals(")") && !gazetteer.isCountry(orEmpty(n.canonical))
                            && !n.type.equals(EntityTypes.PERSON)) {
                        n.type = EntityTypes.ORGANIZATION;
                    }
                }
            }
        }
        mentions.addAll(added);
        LeadingHeadNames.apply(tokens, mentions, sentence);
        countryNamed.apply(tokens, mentions, sentence);
        schedule(tokens, mentions, sentence);
        described.apply(tokens, mentions, sentence);
        mentions.sort(null);
    }

    /**
     * "Johnson Controls Inc and Lear Corp" is two companies: a mention holding a company suffix followed
     * by "and", "&" or a comma is cut after the suffix, and the rest, when it holds a capitalised word
     * after the joiner, becomes a mention of the same type.
     */
    private static void splitAfterSuffixes(String[] tokens, List<MentionDraft> mentions) {
        List<MentionDraft> added = new ArrayList<>();
        for (MentionDraft m : mentions) {
            for (int k = m.start + 1; k + 2 < m.end; k++) {
                if (SUFFIXES.contains(tokens[k]) && (tokens[k + 1].equals("and") || tokens[k + 1].equals(",")
                        || tokens[k + 1].equals("&")) && ListAndRulePass.capitalised(tokens[k + 2])) {
                    added.add(new MentionDraft(m.sentence, k + 2, m.end, m.type, m.ruleBased));
                    m.end = k + 1;
                    break;
                }
            }
        }
        mentions.addAll(added);
        mentions.sort(null);
    }

    /** Organisation words that also name a minister's portfolio ("Energy Minister", "Communications Secretary"). */
    private static final java.util.Set<String> SECTORS = java.util.Set.of("Energy", "Oil", "Petroleum", "Power",
            "Communications", "Telecommunications", "Telecom", "Railways", "Shipping", "Steel", "Textiles", "Insurance",
            "Industries", "Services", "Treasury", "Electronics", "Logistics", "Cement", "Foods");

    /** "PHOENIX AT NEW JERSEY": an all-capitals fixture line. */
    private void schedule(String[] tokens, List<MentionDraft> mentions, int sentence) {
        int at = -1;
        for (int i = 1; i + 1 < tokens.length; i++) {
            if (tokens[i].equals("AT")) {
                at = i;
            }
        }
        if (at < 0 || tokens.length > 8) {
            return;
        }
        for (String t : tokens) {
            if (!Gazetteer.isUpper(t) && !ListAndRulePass.isPunct(t)) {
                return;
            }
        }
        replace(mentions, new MentionDraft(sentence, 0, at, EntityTypes.ORGANIZATION, true));
        replace(mentions, new MentionDraft(sentence, at + 1, tokens.length - (ListAndRulePass.isPunct(tokens[tokens.length - 1]) ? 1 : 0),
                EntityTypes.ORGANIZATION, true));
    }

    /**
     * "Ministry of Petroleum and Natural Resources", "Ministry of Industry and Trade": after "of …", "and"
     * (or a comma) followed by capitalised ordinary words that end the run belongs to the name; a name
     * after it ("the Ministry of Finance and Pakistan State Oil") does not. Returns the new end.
     */
    private int descriptorsAfterAnd(String[] tokens, int end, int head) {
        if (end + 1 >= tokens.length || !(tokens[end].equals("and") || tokens[end].equals("&"))) {
            return end;
        }
        int j = end + 1;
        while (j < tokens.length && j - head < 10 && ListAndRulePass.capitalised(tokens[j])
                && ordinary(tokens[j]) && (!ProperNameRule.ORG_WORDS.contains(tokens[j]) || portfolioSector(tokens, j, head))) {
            j++;
        }
        boolean endsRun = j == tokens.length || !ListAndRulePass.capitalised(tokens[j]);
        return j > end + 1 && endsRun ? j : end;
    }

    /**
     * "Ministry of Mines and Energy halted": a sector's word that also ends companies' names ("Energy", "Power")
     * is still the portfolio's last word after a ministry's or department's "of … and", when the run ends there.
     */
    private static boolean portfolioSector(String[] tokens, int j, int head) {
        return SECTORS.contains(tokens[j]) && (tokens[head].equals("Ministry") || tokens[head].equals("Department"))
                && (j + 1 == tokens.length || !ListAndRulePass.capitalised(tokens[j + 1]));
    }

    /** Bodies named for their subject with "on": "Commission on Elections", "Council on Foreign Relations". */
    private static final java.util.Set<String> ON_HEADS = java.util.Set.of("Commission", "Committee", "Council",
            "Conference", "Institute", "Centre", "Center", "Panel", "Forum");

    /**
     * "Commission on Elections", "Committee on Foreign Affairs": "on" after such a body's word, before a
     * capitalised word that is no weekday, month or place ("the Commission on Monday", "the Council on Cyprus").
     */
    private boolean onAfterBody(String[] tokens, int end, int head) {
        if (!tokens[end].equals("on") || end != head + 1 || !ON_HEADS.contains(tokens[head]) || end + 1 >= tokens.length) {
            return false;
        }
        String next = tokens[end + 1];
        return !ListAndRulePass.calendar(next) && gazetteer.placeAt(tokens, end + 1) == 0 && gazetteer.lookup(next) == null;
    }

    /**
     * "Central Bank of the Argentine Republic", "Bank of the Philippine Islands": "of the" and capitalised words
     * after a body's word run on as "of" does; "of the" and one word that is a listed place or an ordinary word
     * alone does not ("Council of the EU" is kept by the list; "the Court of the Appeal" is rare).
     */
    private boolean ofThe(String[] tokens, int end) {
        // "Commission for the Investigation of Abuse of Authority": "for the" after a body's own word
        boolean forThe = end + 2 < tokens.length && tokens[end].equals("for") && (ProperNameRule.ORG_WORDS.contains(tokens[end - 1])
                || gazetteer.isOrganisationHead(tokens[end - 1]));
        if (end + 2 >= tokens.length || !tokens[end].equals("of") && !forThe || !tokens[end + 1].equals("the")
                || SUFFIXES.contains(tokens[end - 1]) // "The Dow Chemical Co of the United States": a company and a place
                || !ListAndRulePass.capitalised(tokens[end + 2]) || ListAndRulePass.calendar(tokens[end + 2])) {
            return false;
        }
        boolean two = end + 3 < tokens.length && ListAndRulePass.capitalised(tokens[end + 3]);
        boolean chain = forThe && end + 4 < tokens.length && tokens[end + 3].equals("of")
                && ListAndRulePass.capitalised(tokens[end + 4]); // "for the Investigation of Abuse …"
        return two || chain || !gazetteer.isCommonWord(tokens[end + 2]);
    }

    /**
     * An ordinary word or the plural of one ("Minerals", "Highways", "Fisheries"): the list of ordinary words
     * holds singulars mostly, and portfolios are named in the plural.
     */
    private boolean ordinary(String word) {
        if (gazetteer.isCommonWord(word)) {
            return true;
        }
        int n = word.length();
        return n > 4 && (word.endsWith("ies") && gazetteer.isCommonWord(word.substring(0, n - 3) + "y")
                || word.endsWith("s") && !word.endsWith("ss") && gazetteer.isCommonWord(word.substring(0, n - 1)));
    }

    /** "Economic and Financial Crimes Commission": "and" between a descriptive word and the name. */
    private boolean andBetweenDescriptors(String[] tokens, int start) {
        return start >= 2 && (tokens[start - 1].equals("and") || tokens[start - 1].equals("&"))
                && ListAndRulePass.capitalised(tokens[start - 2]) && ListAndRulePass.capitalised(tokens[start])
                && gazetteer.isCommonWord(tokens[start - 2]) && gazetteer.isCommonWord(tokens[start]);
    }

    private static void replace(List<MentionDraft> mentions, MentionDraft m) {
        if (m.end <= m.start) {
            return;
        }
        if (mentions.stream().anyMatch(o -> o.overlaps(m) && o.length() > m.length())) {
            return;
        }
        mentions.removeIf(o -> o.overlaps(m));
        mentions.add(m);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static boolean integer(String t) {
        return !t.isEmpty() && t.length() <= 4 && t.chars().allMatch(Character::isDigit);
    }
}
