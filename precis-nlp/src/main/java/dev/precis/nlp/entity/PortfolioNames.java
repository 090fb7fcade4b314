package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names of bodies whose portfolio is a list of ordinary capitalised words, part of {@link ListAndRulePass} after
 * {@link CoordinatedNames}: the model ends such a name at an "and" or a comma, or at an adjective, and reads the
 * rest as another name or as nothing ("Center for Economic" and "Social Rights and …", "Department for
 * Environment" and a place "Rural", "Ministry of Foreign Affairs and International" without "Cooperation",
 * "European Coal and Steel" without "Community"). A body's name with a head word and "of", "for" or "on" grows
 * over a following series of ordinary capitalised words ending in one "and" item; a name cut at an adjective grows
 * over the capitalised words after it; a name holding "and" grows over a body's word right after it. And
 * "the Ombudsman", an office named alone, is a body, not a person. Written by hand: the model's training data has
 * few such names, and the evidence is a closed set of words (prepositions, conjunctions, head words) around
 * ordinary ones. Stateless.
 */
final class PortfolioNames {

    /** Prepositions between a body's head word and its portfolio ("Ministry of", "Center for", "Commission on"). */
    private static final Set<String> PORTFOLIO_PREPOSITIONS = Set.of("of", "for", "on");
    /** Words that end a body's name after "and" ("European Coal and Steel Community"), beside the whole ends. */
    private static final Set<String> TRAILING_BODIES = Set.of("Community", "Commission", "Council", "Committee",
            "Authority", "Agency", "Board", "Institute", "Centre", "Center", "Corporation", "Organisation",
            "Organization", "Union", "Association", "Federation", "Foundation", "Bank", "Fund", "Party", "Front",
            "Chamber");
    /** Suffixes of adjectives that cannot end a portfolio ("Economic", "Constitutional", "Cooperative"). */
    private static final String[] ADJECTIVE_ENDS = {"ic", "al", "ive", "ian", "ary"};
    /** Suffixes of derived nouns and adjectives, for portfolio words missing from the frequent-word list. */
    private static final String[] DERIVED_ENDS = {"al", "ic", "ive", "ance", "ence", "ment", "tion", "sion", "ity",
        "ism", "ure", "ship", "ness", "ing"};
    /** Offices named alone that are bodies, not their holders ("The Ombudsman said"). */
    private static final Set<String> OFFICES = Set.of("Ombudsman", "Ombudsperson");
    /** Longest item of a portfolio's list, in words. */
    private static final int MAX_ITEM = 3;

    private PortfolioNames() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        List<MentionDraft> organisations = new ArrayList<>();
        for (MentionDraft m : mentions) {
            if (m.type.equals(EntityTypes.ORGANIZATION)) {
                organisations.add(m);
            }
        }
        for (MentionDraft m : organisations) {
            if (!mentions.contains(m)) {
                continue;
            }
            int end = m.end;
            if (portfolio(tokens, m)) {
                boolean cut = adjective(tokens[m.end - 1]) && afterFunctionWord(tokens, m.end - 1);
                end = cut ? ordinaryRun(tokens, m.end, gazetteer) : m.end;
                end = end == m.end ? series(tokens, m.end, gazetteer, cut) : end;
            } else if (holdsAnd(tokens, m) && m.end < tokens.length && TRAILING_BODIES.contains(tokens[m.end])) {
                end = m.end + 1;
            }
            if (end > m.end) {
                grow(tokens, mentions, m, end);
            }
        }
        offices(tokens, mentions, sentence);
        mentions.sort(null);
    }

    /** A head word followed by a portfolio preposition inside the mention ("Ministry of", "Center for"). */
    private static boolean portfolio(String[] tokens, MentionDraft m) {
        for (int k = m.start + 1; k < m.end - 1; k++) {
            if (PORTFOLIO_PREPOSITIONS.contains(tokens[k]) && ListAndRulePass.capitalised(tokens[k - 1])
                    && (CoordinatedNames.WHOLE_ENDS.contains(tokens[k - 1]) || TRAILING_BODIES.contains(tokens[k - 1]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsAnd(String[] tokens, MentionDraft m) {
        for (int k = m.start + 1; k < m.end - 1; k++) {
            if (tokens[k].equals("and")) {
                return true;
            }
        }
        return false;
    }

    static boolean adjective(String w) {
        if (!ListAndRulePass.capitalised(w) || Gazetteer.isUpper(w)) {
            return false;
        }
        for (String end : ADJECTIVE_ENDS) {
            if (w.endsWith(end)) {
                return true;
            }
        }
        return w.equals("Foreign") || w.equals("Public") || w.equals("Human");
    }

    private static boolean afterFunctionWord(String[] tokens, int k) {
        return k > 0 && (PORTFOLIO_PREPOSITIONS.contains(tokens[k - 1]) || tokens[k - 1].equals("and")
                || tokens[k - 1].equals(","));
    }

    /**
     * A capitalised word of ordinary English (a frequent word, or an unlisted one with a suffix of abstract nouns
     * and adjectives: "Rural", "Governance") that is no given name, title or body's last word.
     */
    private static boolean ordinary(String w, Gazetteer gazetteer, boolean loose) {
        return ListAndRulePass.capitalised(w) && !Gazetteer.isUpper(w)
                && (gazetteer.isCommonWord(w) || (loose || derived(w)) && gazetteer.lookup(w) == null)
                && w.chars().allMatch(Character::isLetter) && !gazetteer.isTitleWord(w) && !gazetteer.isFirstName(w)
                && !CoordinatedNames.WHOLE_ENDS.contains(w) && !TRAILING_BODIES.contains(w)
                && !w.toLowerCase(Locale.ROOT).equals("the");
    }

    /** A capitalised word of ordinary English, frequent or with a suffix of abstract nouns ("Renewal", "Progress"). */
    static boolean ordinaryWord(String w, Gazetteer gazetteer) {
        return ordinary(w, gazetteer, false);
    }

    private static boolean derived(String w) {
        if (w.length() > 5 && w.endsWith("ies")) {
            return true; // a plural noun of a trade or a group: "Marine Affairs and Fisheries", "Minorities"
        }
        if (w.endsWith("s") && !w.endsWith("ss") && derivedSingular(w.substring(0, w.length() - 1))) {
            return true; // a plural item: "Trade, Industry and Cooperatives", "Settlements"
        }
        return derivedSingular(w);
    }

    private static boolean derivedSingular(String w) {
        for (String end : DERIVED_ENDS) {
            if (w.length() > end.length() + 2 && w.endsWith(end)) {
                return true;
            }
        }
        return false;
    }

    /** The end of up to {@link #MAX_ITEM} ordinary words from {@code from} (= from when none), ending the name. */
    private static int ordinaryRun(String[] tokens, int from, Gazetteer gazetteer) {
        int k = item(tokens, from, gazetteer, false);
        return k > from && !continues(tokens, k) ? k : from;
    }

    /**
     * The end of an item of a portfolio's list from {@code from}; {@code loose} (after a name cut at an adjective,
     * which must go on) lets in any unlisted capitalised word ("of Internal and Consular Affairs").
     */
    private static int item(String[] tokens, int from, Gazetteer gazetteer, boolean loose) {
        int k = from;
        while (k < tokens.length && k - from < MAX_ITEM && ordinary(tokens[k], gazetteer, loose)) {
            k++;
        }
        if (k == from || gazetteer.lookup(tokens, from, k) != null || gazetteer.placeAt(tokens, from) > 0) {
            return from;
        }
        return k;
    }

    /** A name goes on after {@code k}: a capitalised word, or "of" before one. */
    private static boolean continues(String[] tokens, int k) {
        return k < tokens.length && (ListAndRulePass.capitalised(tokens[k]) && !Gazetteer.isUpper(tokens[k])
                || tokens[k].equals("of"));
    }

    /**
     * After a portfolio ({@code from} is the mention's end): ", Food and Rural Affairs" or "and Social Rights":
     * items of ordinary words joined by commas and one final "and", after which the name ends. The end of the
     * series, or {@code from} when there is none.
     */
    private static int series(String[] tokens, int from, Gazetteer gazetteer, boolean loose) {
        int k = from;
        while (k + 1 < tokens.length && tokens[k].equals(",")) {
            int e = item(tokens, k + 1, gazetteer, loose);
            if (e == k + 1) {
                return from;
            }
            k = e;
        }
        if (k + 1 >= tokens.length || !tokens[k].equals("and")) {
            return from;
        }
        int e = item(tokens, k + 1, gazetteer, loose);
        if (e == k + 1 || continues(tokens, e)) {
            return from;
        }
        return e;
    }

    /**
     * {@code m} grows to {@code end}: mentions inside the new part go; one running past it keeps what is after it,
     * less a leading "and" or comma ("Social Rights and Human Rights Watch" leaves "Human Rights Watch").
     */
    private static void grow(String[] tokens, List<MentionDraft> mentions, MentionDraft m, int end) {
        List<MentionDraft> drop = new ArrayList<>();
        for (MentionDraft o : mentions) {
            if (o == m || o.sentence != m.sentence || o.end <= m.end || o.start >= end) {
                continue;
            }
            if (o.end <= end) {
                drop.add(o);
            } else {
                o.start = end;
                while (o.start < o.end - 1 && (tokens[o.start].equals("and") || tokens[o.start].equals(","))) {
                    o.start++;
                }
                o.canonical = null;
            }
        }
        mentions.removeAll(drop);
        m.end = end;
        m.canonical = null;
    }

    /**
     * "The Ombudsman said", "the Ombudsman's report", "the Ombudsman for Children": the office with no person's name
     * after it is a body, with its portfolio when one follows.
     */
    private static void offices(String[] tokens, List<MentionDraft> mentions, int sentence) {
        for (int i = 1; i < tokens.length; i++) {
            if (!OFFICES.contains(tokens[i]) || !tokens[i - 1].equalsIgnoreCase("the")
                    || i + 1 < tokens.length && ListAndRulePass.capitalised(tokens[i + 1])) {
                continue;
            }
            int at = i;
            int end = i + 1;
            if (end + 1 < tokens.length && PORTFOLIO_PREPOSITIONS.contains(tokens[end])
                    && ListAndRulePass.capitalised(tokens[end + 1])) {
                end += 2; // "the Ombudsman for Children", "the Ombudsman of the Treasury"
                while (end < tokens.length && end - i < 6 && ListAndRulePass.capitalised(tokens[end])) {
                    end++;
                }
            }
            int last = end;
            // the model's person over the office and its portfolio gives way; a longer name or a body does not
            boolean other = mentions.stream().anyMatch(o -> o.sentence == sentence && o.start < last && at < o.end
                    && (o.start < at || o.end > last || o.type.equals(EntityTypes.ORGANIZATION)));
            if (!other) {
                mentions.removeIf(o -> o.sentence == sentence && o.start < last && at < o.end);
                mentions.add(new MentionDraft(sentence, i, end, EntityTypes.ORGANIZATION, true));
            }
        }
    }
}
