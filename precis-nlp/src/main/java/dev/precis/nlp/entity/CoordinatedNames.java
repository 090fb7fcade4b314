package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Boundaries of names in newswire lists and in the names of sub-national governments, fixed after the model:
 * two organisations joined by "and" that the model read as one ("University of Lagos and Ahmadu Bello
 * University", "Emirates NBD and First Abu Dhabi Bank"), a state or county and its government or assembly
 * ("Lagos State House of Assembly" was the place "Lagos"; "Kano State" before a governor is a place, not an
 * organisation), and a person's initial written without a stop ("S Somanath", "M K Stalin"). Written by hand:
 * each needs the model's pieces and a closed list of words that end a body's name. Bodies named for their cause
 * ("Movement for Tarvo Renewal") are {@link CauseNamedBodies}'s steps, run here in their order. Stateless.
 */
final class CoordinatedNames {

    /**
     * Last words that complete a body's name on their own: a name ending in one is whole before "and". Sector
     * words that also describe a portfolio or a trade ("Oil", "Energy", "Power", "Services") are left out: "Oil
     * and Natural Gas Corporation" is one name.
     */
    static final Set<String> WHOLE_ENDS = Set.of("Bank", "University", "College", "Polytechnic", "Party",
            "Group", "Holdings", "Holding", "Company", "Corporation", "Authority", "Commission", "Council", "Institute",
            "Airways", "Airlines", "Exchange", "Fund", "Association", "Congress", "Movement", "Front", "League",
            "Alliance", "Court", "Agency", "Board", "Bureau", "Hospital", "School", "Foundation", "Church", "Club",
            "Cement", "Industries", "Motors", "Breweries", "Academy", "Society", "Federation", "Assembly", "Police",
            "Army", "Navy", "Ministry", "Department", "Organisation", "Organization");

    private CoordinatedNames() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        CauseNamedBodies.causeHeads(tokens, mentions, sentence, gazetteer);
        splitAtAnd(tokens, mentions, sentence, gazetteer);
        CauseNamedBodies.causePeople(tokens, mentions, sentence, gazetteer);
        CauseNamedBodies.causePrefixes(tokens, mentions);
        joinAtAnd(tokens, mentions, sentence, gazetteer);
        SubNationalUnits.unitBodies(tokens, mentions, sentence, gazetteer);
        initials(tokens, mentions, gazetteer);
        mentions.sort(null);
    }

    /**
     * An organisation holding "and" between two parts that are each a whole name is two: the part before ends in
     * a word of {@link #WHOLE_ENDS}, a legal form or an acronym and holds no "of" ("Engro Corporation Limited",
     * "Emirates NBD"), or is "X of" a place ("University of Lagos"); the part after is two words or more ending
     * likewise ("Ahmadu Bello University", "First Abu Dhabi Bank"), an acronym, or "X of" a place. Portfolios
     * ("Ministry of Energy and Water Services") and descriptors ("Economic and Financial Crimes Commission")
     * have no whole name before "and".
     */
    private static void splitAtAnd(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        List<MentionDraft> added = new ArrayList<>();
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.ORGANIZATION)) {
                continue;
            }
            for (int k = m.start + 1; k < m.end - 1; k++) {
                if (!tokens[k].equals("and") || !ListAndRulePass.capitalised(tokens[k + 1])) {
                    continue;
                }
                if (whole(tokens, m.start, k, gazetteer, false) && whole(tokens, k + 1, m.end, gazetteer, true)
                        || softEnded(tokens, m.start, k) && listedBody(tokens, k + 1, m.end, gazetteer)) {
                    added.add(new MentionDraft(sentence, k + 1, m.end, EntityTypes.ORGANIZATION, true));
                    m.end = k;
                    m.canonical = null;
                    break;
                }
            }
        }
        mentions.addAll(added);
    }

    /**
     * Last words of a charity's or a group's name that also describe a trade ("Relief", "Aid"), whole before "and"
     * only when a listed body follows: "Mwangaza Trust and Amnesty International" is two, "United Nations Relief and
     * Works Agency" one.
     */
    private static final Set<String> SOFT_ENDS = Set.of("Trust", "Aid", "Relief", "Forum", "Network", "Initiative",
            "Watch", "Project", "Centre", "Center", "Coalition", "Caucus", "Collective", "Mission");

    /** Two to four capitalised words closed by a word of {@link #SOFT_ENDS}, with no "of", "for" or "and" inside. */
    private static boolean softEnded(String[] tokens, int from, int to) {
        if (to - from < 2 || to - from > 4 || !SOFT_ENDS.contains(tokens[to - 1])) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!nameWord(tokens[k])) {
                return false;
            }
        }
        return true;
    }

    /** A listed organisation of two words or more, with or without "the": "Amnesty International", "the Red Cross". */
    private static boolean listedBody(String[] tokens, int from, int to, Gazetteer gazetteer) {
        int f = from < to && tokens[from].equalsIgnoreCase("the") ? from + 1 : from;
        if (to - f < 2) {
            return false;
        }
        Gazetteer.Entry listed = gazetteer.lookup(tokens, f, to);
        return listed != null && listed.kind() == Gazetteer.Kind.ORGANIZATION;
    }

    /**
     * "Oxfam and Save the Children", "Tarvo Relief and the World Food Programme": capitalised words the model left
     * untagged, opening the sentence or a clause after a comma (not after "of" or "the": "editor of Prevention and
     * Rodale Books" names a magazine), then "and" and an organisation of two
     * words or more or a listed one (with or without "the") are an organisation too — a pair of bodies doing one thing. The words are no place, first name,
     * sentence opener or ordinary word at their start ("Police and the Red Cross" names no body).
     */
    static void beforeListedBody(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        List<MentionDraft> added = new ArrayList<>();
        for (MentionDraft m : mentions) {
            int k = m.start - 1;
            if (k >= 0 && tokens[k].equalsIgnoreCase("the")) {
                k--;
            }
            if (k < 1 || !tokens[k].equals("and") || !m.type.equals(EntityTypes.ORGANIZATION)
                    || m.length() < 2 && !listedBody(tokens, k + 1, m.end, gazetteer)) {
                continue;
            }
            int start = k;
            while (start > 0 && k - start < 3 && nameWord(tokens[start - 1]) && DocumentLinker.letters(tokens[start - 1])) {
                start--;
            }
            if (start == k || start > 0 && !tokens[start - 1].equals(",")) {
                continue;
            }
            String first = tokens[start];
            Gazetteer.Entry run = gazetteer.lookup(tokens, start, k);
            if (run != null && run.kind() != Gazetteer.Kind.ORGANIZATION || gazetteer.isCommonWord(first) || gazetteer.isFirstName(first) || gazetteer.isTitleWord(first)
                    || gazetteer.placeAt(tokens, start) > 0 || gazetteer.lookup(first) != null
                    && gazetteer.lookup(first).kind() != Gazetteer.Kind.ORGANIZATION) {
                continue;
            }
            boolean free = true;
            MentionDraft same = null;
            for (MentionDraft o : mentions) {
                if (o.sentence == sentence && o.start == start && o.end == k) {
                    same = o;
                } else {
                    free &= o.sentence != sentence || o.end <= start || o.start >= k;
                }
            }
            if (!free) {
                continue;
            }
            if (same == null) {
                added.add(new MentionDraft(sentence, start, k, EntityTypes.ORGANIZATION, true));
            } else if (same.type.equals(EntityTypes.PERSON) && k - start >= 2
                    && (SOFT_ENDS.contains(tokens[k - 1]) || ProperNameRule.ORG_WORDS.contains(tokens[k - 1]))) {
                same.type = EntityTypes.ORGANIZATION; // "Kiboko Relief", read as a person, before "and the Red Cross"
                same.canonical = null;
            }
        }
        mentions.addAll(added);
    }

    /** Head words of a public body whose name may coordinate two descriptors before it. */
    private static final Set<String> JOINED_HEADS = Set.of("Commission", "Ministry", "Department", "Authority",
            "Administration", "Council", "Agency", "Board", "Bureau", "Directorate", "Tribunal", "Inspectorate",
            "Committee", "Service", "Institute", "Corporation");
    /** Capitalised words that open a sentence or a phrase and are no part of a body's name. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("The", "A", "An", "This", "That", "Its", "Their", "His",
            "Her", "Our", "And", "But", "Both", "Under", "In", "At", "For", "From", "With", "By", "On");

    /**
     * "Independent Electoral and Boundaries Commission", "Food and Drug Administration": capitalised words, "and",
     * capitalised words ending in a body's head word ({@link #JOINED_HEADS}) are one body when nothing before
     * "and" closes a name on its own: the words before are no whole name ({@link #whole}), no place, and not an
     * organisation or person the model found alone ("Safaricom and Equity Bank" stays two). A "person" the model
     * found after "and" ending in the head word is the body's end. Runs only where "and" stands between
     * capitalised words.
     */
    private static void joinAtAnd(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        for (int k = 1; k + 2 < tokens.length; k++) {
            if (!tokens[k].equals("and") || !nameWord(tokens[k - 1]) || !nameWord(tokens[k + 1])) {
                continue;
            }
            int end = -1;
            for (int j = k + 1; j < tokens.length && j - k <= 4 && (nameWord(tokens[j]) || hyphenInside(tokens, j)); j++) {
                if (JOINED_HEADS.contains(tokens[j])) {
                    end = j + 1;
                }
            }
            int start = k;
            while (start > 0 && k - start < 4 && (nameWord(tokens[start - 1]) || hyphenInside(tokens, start - 1))) {
                start--;
            }
            if (end < 0 || start == k || !nameWord(tokens[start]) || whole(tokens, start, k, gazetteer, false)
                    || gazetteer.placeAt(tokens, start) >= k - start) {
                continue;
            }
            boolean blocked = false;
            MentionDraft keep = null;
            for (MentionDraft m : mentions) {
                if (m.sentence != sentence || m.end <= start || m.start >= end) {
                    continue;
                }
                // a person's name ends in no head word: "Fertiliser Administration" read as a person is the body's
                if (m.start < start || m.end > end || m.type.equals(EntityTypes.PERSON) && (m.end != end || m.start <= k)
                        || m.end == k && m.type.equals(EntityTypes.ORGANIZATION)) {
                    blocked = true;
                    break;
                }
                if (keep == null && (m.type.equals(EntityTypes.ORGANIZATION) || m.end == end)) {
                    keep = m;
                }
            }
            if (blocked) {
                continue;
            }
            final int from = start;
            final int to = end;
            final MentionDraft kept = keep;
            mentions.removeIf(m -> m != kept && m.sentence == sentence && m.start >= from && m.end <= to);
            if (kept == null) {
                mentions.add(new MentionDraft(sentence, start, end, EntityTypes.ORGANIZATION, true));
            } else {
                kept.start = start;
                kept.end = end;
                kept.type = EntityTypes.ORGANIZATION;
                kept.canonical = null;
            }
            k = end - 1;
        }
    }

    static boolean nameWord(String t) {
        return ListAndRulePass.capitalised(t) && Character.isLetter(t.charAt(0)) && !NOT_NAME_WORDS.contains(t);
    }

    private static boolean hyphenInside(String[] tokens, int at) {
        return tokens[at].equals("-") && at > 0 && at + 1 < tokens.length && nameWord(tokens[at - 1])
                && nameWord(tokens[at + 1]);
    }

    private static boolean whole(String[] tokens, int from, int to, Gazetteer gazetteer, boolean after) {
        String last = tokens[to - 1];
        if (CauseNamedBodies.causeNamed(tokens, from, to)) {
            return true;
        }
        if (to - from >= 2) { // a listed organisation is a whole name: "Amnesty International and Human Rights Watch"
            Gazetteer.Entry listed = gazetteer.lookup(tokens, from, to);
            if (listed != null && listed.kind() == Gazetteer.Kind.ORGANIZATION) {
                return true;
            }
        }
        if (to - from == 1) {
            return after && acronym(last) && gazetteer.placeAt(tokens, from) == 0;
        }
        for (int k = from + 1; k < to - 1; k++) {
            if (tokens[k].equals("of")) {
                // "University of Lagos", "Alliance Party of Northern Ireland": a body's word, "of" and a place
                // that ends the part; after "and", any capitalised words end it ("…, American Philosophical Society
                // and Royal Society of Chemistry"): the part before is whole already
                return WHOLE_ENDS.contains(tokens[k - 1]) && (gazetteer.placeAt(tokens, k + 1) == to - k - 1
                        || after && capitalisedRun(tokens, k + 1, to));
            }
            if (tokens[k].equals("for") || tokens[k].equals("and") || tokens[k].equals("on")) {
                return false;
            }
        }
        return WHOLE_ENDS.contains(last) || LegalFormNames.FORMS.contains(last) || acronym(last);
    }

    static boolean capitalisedRun(String[] tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!ListAndRulePass.capitalised(tokens[k]) || ListAndRulePass.isPunct(tokens[k])) {
                return false;
            }
        }
        return from < to;
    }

    private static boolean acronym(String t) {
        if (t.length() < 2 || t.length() > 6) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isUpperCase(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Letters that are words too ("A", "I") and so no initial. */
    private static final Set<String> NO_INITIAL = Set.of("A", "I", "O");

    /**
     * "chairman S Somanath", "Chief Minister M K Stalin": capital letters standing alone before the model's
     * person, after a lower-case word, a title or the sentence's start, are the person's initials.
     */
    private static void initials(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.PERSON)) {
                continue;
            }
            int s = m.start;
            while (s > 0 && m.start - s < 3 && initial(tokens[s - 1]) && at(mentions, s - 1) == null) {
                s--;
            }
            if (s == m.start) {
                continue;
            }
            String before = s == 0 ? "" : tokens[s - 1];
            if (s == 0 || !before.isEmpty() && Character.isLowerCase(before.charAt(0)) || gazetteer.isTitleWord(before)
                    || ListAndRulePass.isPunct(before) && !before.equals("&") && !before.equals("-")) {
                m.start = s;
                m.canonical = null;
            }
        }
    }

    private static boolean initial(String t) {
        return t.length() == 1 && Character.isUpperCase(t.charAt(0)) && !NO_INITIAL.contains(t);
    }

    private static MentionDraft at(List<MentionDraft> mentions, int token) {
        for (MentionDraft o : mentions) {
            if (o.start <= token && token < o.end) {
                return o;
            }
        }
        return null;
    }
}
