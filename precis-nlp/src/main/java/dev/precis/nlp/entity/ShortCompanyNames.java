package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A company named in full once and by its own words later: "Access Bank said…; Access, which operates in 20
 * countries, …", "Equity Bank … Equity said", "Flour Mills of Nigeria Plc … Flour Mills said it would pay a
 * dividend". The words before the company's ending ("Bank", "Group", a legal form, or "of" a place closed by a
 * legal form) are its short name; each mention of exactly those words is the organisation, and an untagged one is
 * found where the company acts right after it (says, reports, its shares, ", which"); the short name takes the full
 * name as its canonical one when one company of the article has it, so the company has one page. Part of the document-level
 * pass ({@link DocumentLinker}); written by hand, since the model sees one sentence and the short name is often an
 * ordinary word ("Access", "Equity"). Stateless.
 */
final class ShortCompanyNames {

    /** Words ending a company's name after its own words. */
    private static final Set<String> ENDINGS = Set.of("Bank", "Group", "Holdings", "Holding", "Properties", "Ventures",
            "Industries", "Corporation", "Company", "Motors", "Telecom", "Airways", "Airlines", "Energy", "Petroleum",
            "Cement", "Breweries", "Foods", "Insurance", "Capital", "Securities", "Power", "Partners", "Investments",
            "Resources", "Mining", "Minerals", "Logistics", "Technologies", "Communications", "Pharmaceuticals");
    /**
     * Words ending a company's name after two words of its own, and no ending alone: "Punjab Sugar Mills Limited" is
     * "Punjab Sugar", but "Flour Mills" of "Flour Mills of Nigeria Plc" is the short name itself.
     */
    private static final Set<String> TRAILING = Set.of("Mills", "Estates", "Plantations", "Textiles", "Fisheries");
    /** Words that open many bodies' names and are no company's short name ("Central Bank", "First Bank"). */
    private static final Set<String> GENERIC = Set.of("National", "First", "Central", "United", "General",
            "International", "Federal", "State", "Standard", "Commercial", "Development", "Islamic", "Royal", "New",
            "Reserve", "Investment", "Union", "People", "Peoples", "Public", "Export", "Agricultural", "Merchant",
            "Global", "World", "Asian", "African", "Arab", "European", "Eastern", "Western", "Northern", "Southern");
    /** What a company does right after its short name. */
    private static final Set<String> ACTS = Set.of("said", "says", "reported", "posted", "announced", "shares", "'s", "’s");

    /** What a company owns, spoken of before its short name: "shares of Access", "a stake in Equity". */
    private static final Set<String> OWNED_BEFORE = Set.of("shares", "stake", "stock", "shareholders", "subsidiary");

    /**
     * What a company does right after a short name that is no ordinary word ("Kwanza will report", "Meridia has
     * agreed"); after an ordinary word ("Access will be limited") these read as the word's own sentence.
     */
    private static final Set<String> ACTS_OF_NAMES = Set.of("will", "would", "has", "had", "is", "was", "plans",
            "expects", "agreed", "also", "could", "may", "declined", "did", "does", "to",
            // a market report's verbs: "Ramaco rose 4 percent", "Ramaco fell"
            "rose", "fell", "gained", "slipped", "jumped", "dropped", "climbed", "surged", "tumbled",
            // what a company tells or does in a business report: "Zamrock blamed the weak currency"
            "blamed", "denied", "warned", "added", "confirmed", "cited", "attributed", "forecast", "estimated",
            "owns", "operates", "employs", "produces", "sells", "bought", "sold", "acquired", "raised", "cut");

    private ShortCompanyNames() {
    }

    static void apply(TokenizedText doc, List<MentionDraft> mentions, Gazetteer gazetteer) {
        Set<List<String>> stems = new HashSet<>();
        Set<List<String>> placeStems = new HashSet<>(); // "Andes Copper": a place and a word, a name as a pair
        Map<List<String>, String> fullNames = new HashMap<>(); // stem → the full name, "" when two companies share it
        Set<String> personWords = new HashSet<>();
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (m.type.equals(EntityTypes.ORGANIZATION) && m.length() >= 2 && m.length() <= 6) {
                List<String> stem = stem(tokens, m.start, m.end, gazetteer);
                if (stem != null) {
                    stems.add(stem);
                    if (stem.size() == 2 && placeOpened(tokens, m.start, gazetteer)) {
                        placeStems.add(stem);
                    }
                    String full = m.canonical != null ? m.canonical : DocumentLinker.text(doc, m);
                    // a newspaper's group is named after the paper, which "Telegraph" alone still names
                    boolean paper = PublicationNames.PAPER_WORDS.contains(stem.get(stem.size() - 1));
                    fullNames.merge(stem, paper ? "" : full, (a, b) -> a.equals(b) ? a : "");
                }
            }
        }
        for (MentionDraft m : mentions) { // the words of the article's people, other than a short name read as one
            String[] tokens = doc.sentence(m.sentence);
            if (m.type.equals(EntityTypes.PERSON) && m.length() > 1 && !stems.contains(words(tokens, m.start, m.end))) {
                for (int k = m.start; k < m.end; k++) {
                    personWords.add(tokens[k]);
                }
            }
        }
        stems.removeIf(stem -> stem.stream().anyMatch(personWords::contains)); // "Dangote Industries" and Aliko Dangote
        if (stems.isEmpty()) {
            return;
        }
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.ORGANIZATION) && !m.type.equals(EntityTypes.MISC)
                    && stems.contains(words(doc.sentence(m.sentence), m.start, m.end)) && !afterAmpersand(doc.sentence(m.sentence), m.start)) {
                m.type = EntityTypes.ORGANIZATION;
                m.canonical = null;
            }
        }
        boolean[][] covered = DocumentLinker.covered(doc, mentions);
        List<MentionDraft> added = new ArrayList<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            for (List<String> stem : stems) {
                int n = stem.size();
                for (int i = 0; i + n < tokens.length; i++) {
                    if (!tokens[i].equals(stem.get(0)) || !words(tokens, i, i + n).equals(stem)
                            || i > 0 && ListAndRulePass.capitalised(tokens[i - 1])
                            || !acts(tokens, i, i + n)
                            && !(ACTS_OF_NAMES.contains(tokens[i + n]) && (unusual(stem, gazetteer) || placeStems.contains(stem)))
                            || afterAmpersand(tokens, i)) {
                        continue;
                    }
                    boolean free = true;
                    for (int k = i; k < i + n; k++) {
                        free &= !covered[s][k];
                    }
                    if (free) {
                        added.add(new MentionDraft(s, i, i + n, EntityTypes.ORGANIZATION, true));
                    } else if (n > 1 && piecesInside(mentions, s, i, i + n, placeStems.contains(stem))) {
                        // "Sahel" (a place) and "Mining" (a person) where the two words are the company's short name
                        final int from = i;
                        final int sentence = s;
                        mentions.removeIf(m -> m.sentence == sentence && m.start >= from && m.end <= from + n);
                        added.add(new MentionDraft(s, i, i + n, EntityTypes.ORGANIZATION, true));
                    }
                }
            }
        }
        if (!added.isEmpty()) {
            mentions.addAll(added);
            mentions.sort(null);
        }
        for (MentionDraft m : mentions) { // one page for the company: "Kwanza" is "Kwanza Holdings"
            String[] tokens = doc.sentence(m.sentence);
            List<String> stem = words(tokens, m.start, m.end);
            String full = fullNames.get(stem);
            // "the Kwanza group" is the wider group of companies, not the one named in full
            boolean group = m.end < tokens.length && tokens[m.end].equals("group");
            if (m.type.equals(EntityTypes.ORGANIZATION) && full != null && !full.isEmpty() && stems.contains(stem) && !group) {
                m.canonical = full;
            }
        }
    }

    private static boolean unusual(List<String> stem, Gazetteer gazetteer) {
        return stem.stream().noneMatch(gazetteer::isCommonWord);
    }

    /** "Douglas & Lomason": a word after "&" is the end of a longer firm's name, not the short name. */
    private static boolean afterAmpersand(String[] tokens, int i) {
        return i > 0 && (tokens[i - 1].equals("&") || tokens[i - 1].equals("and"));
    }

    /** "Access, which operates…", "Equity said", "Flour Mills shares", "shares of Access". */
    private static boolean acts(String[] tokens, int start, int after) {
        if (start >= 2 && (tokens[start - 1].equals("of") || tokens[start - 1].equals("in"))
                && OWNED_BEFORE.contains(ListAndRulePass.lower(tokens[start - 2]))) {
            return true;
        }
        return ACTS.contains(tokens[after]) || tokens[after].equals(",") && after + 1 < tokens.length
                && tokens[after + 1].equals("which");
    }

    /**
     * The company's own words at the start of its name ("Access" of "Access Bank", "Flour Mills" of "Flour Mills of
     * Nigeria Plc"), one or two capitalised words that are no place, nationality, title or generic word; null when
     * the name has none.
     */
    private static List<String> stem(String[] tokens, int start, int end, Gazetteer gazetteer) {
        for (int j = start + 1; j <= start + 2 && j < end; j++) {
            boolean ends = true;
            for (int k = j; k < end; k++) {
                ends &= ENDINGS.contains(tokens[k]) || LegalFormNames.FORMS.contains(tokens[k])
                        || k > start + 1 && TRAILING.contains(tokens[k])
                        || OrganisationPatternRule.SUFFIXES.contains(tokens[k]);
            }
            boolean ofPlace = tokens[j].equals("of") && (LegalFormNames.FORMS.contains(tokens[end - 1])
                    || OrganisationPatternRule.SUFFIXES.contains(tokens[end - 1]));
            if (!ends && !ofPlace) {
                continue;
            }
            if (j == start + 1 && end - start >= 3 && ENDINGS.contains(tokens[start + 1]) && placeOpened(tokens, start, gazetteer)) {
                continue; // "Sahel Mining Corporation": "Sahel" is a place, "Sahel Mining" the company's own words
            }
            if (j == start + 2 && placeOpened(tokens, start, gazetteer) && (ENDINGS.contains(tokens[start + 1])
                    || tradeWord(tokens[start + 1], gazetteer))) {
                // "Sahel Mining Corporation", "Andes Copper Corporation": the place and the trade are the short name
                return words(tokens, start, j);
            }
            for (int k = start; k < j; k++) {
                String t = tokens[k];
                Gazetteer.Entry e = gazetteer.lookup(t);
                if (!ListAndRulePass.capitalised(t) || !DocumentLinker.letters(t) || GENERIC.contains(t) || t.equals("The")
                        || ENDINGS.contains(t) || ProperNameRule.ORG_WORDS.contains(t) || gazetteer.isTitleWord(t)
                        || e != null && (e.kind() == Gazetteer.Kind.LOCATION || e.kind() == Gazetteer.Kind.NATIONALITY)
                        || Gazetteer.isUpper(t) && t.length() <= 2) {
                    return null;
                }
            }
            if (gazetteer.placeAt(tokens, start) > 0 || gazetteer.isFirstName(tokens[start]) && j - start == 1) {
                return null;
            }
            return words(tokens, start, j);
        }
        return null;
    }

    /**
     * The second word of a company's name opened by a place, before its ending ("Copper" of "Andes Copper
     * Corporation"): a capitalised word of letters that is no place, title, generic or body's word.
     */
    private static boolean tradeWord(String t, Gazetteer gazetteer) {
        Gazetteer.Entry e = gazetteer.lookup(t);
        return ListAndRulePass.capitalised(t) && DocumentLinker.letters(t) && t.length() > 2 && !Gazetteer.isUpper(t)
                && !GENERIC.contains(t) && !ProperNameRule.ORG_WORDS.contains(t) && !gazetteer.isTitleWord(t)
                && !(e != null && (e.kind() == Gazetteer.Kind.LOCATION || e.kind() == Gazetteer.Kind.NATIONALITY));
    }

    /**
     * The words at [from, to) are held by two or more mentions, none an organisation and none past their edges; or,
     * for a short name opened by a place, by the place alone ("Andes" of "Andes Copper expects").
     */
    private static boolean piecesInside(List<MentionDraft> mentions, int sentence, int from, int to, boolean placeOpened) {
        int inside = 0;
        boolean placeFirst = false;
        for (MentionDraft m : mentions) {
            if (m.sentence != sentence || m.end <= from || m.start >= to) {
                continue;
            }
            if (m.start < from || m.end > to || m.type.equals(EntityTypes.ORGANIZATION)) {
                return false;
            }
            inside++;
            placeFirst = m.start == from && m.end == from + 1 && m.type.equals(EntityTypes.LOCATION);
        }
        return inside >= 2 || inside == 1 && placeFirst && placeOpened;
    }

    /** A one-word place opening a company's name ("Sahel" of "Sahel Mining Corporation"). */
    private static boolean placeOpened(String[] tokens, int start, Gazetteer gazetteer) {
        Gazetteer.Entry e = gazetteer.lookup(tokens[start]);
        return ListAndRulePass.capitalised(tokens[start]) && DocumentLinker.letters(tokens[start])
                && (e != null && e.kind() == Gazetteer.Kind.LOCATION || gazetteer.placeAt(tokens, start) == 1);
    }

    private static List<String> words(String[] tokens, int from, int to) {
        return List.of(tokens).subList(from, to);
    }
}
