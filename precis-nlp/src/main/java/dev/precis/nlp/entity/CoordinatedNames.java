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
 * each needs the model's pieces and a closed list of words that end a body's name. Stateless.
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
        causeHeads(tokens, mentions, sentence, gazetteer);
        splitAtAnd(tokens, mentions, sentence, gazetteer);
        causePeople(tokens, mentions, sentence, gazetteer);
        causePrefixes(tokens, mentions);
        joinAtAnd(tokens, mentions, sentence, gazetteer);
        SubNationalUnits.unitBodies(tokens, mentions, sentence, gazetteer);
        initials(tokens, mentions, gazetteer);
        mentions.sort(null);
    }

    /**
     * "Party for Ngofa Progress", "Movement for the Liberation of X": the model began the organisation after "for",
     * leaving out the party's or movement's word ({@link #CAUSE_HEADS}, capitalised) that the cause names; the
     * organisation starts at that word, and takes in an organisation the model found ending there ("Movement"
     * alone). Runs before the split at "and", so a pair of such bodies is then cut in two.
     */
    private static void causeHeads(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        for (MentionDraft m : mentions) {
            int head = m.start - 2;
            boolean paired = pairedCause(tokens, mentions, m, gazetteer);
            if (paired) {
                head = m.start - 4;
            } else if (head < 0 || !tokens[m.start - 1].equals("for") || !CAUSE_HEADS.contains(tokens[head])
                    || !ListAndRulePass.capitalised(tokens[m.start])) {
                continue;
            }
            MentionDraft before = null;
            boolean blocked = false;
            for (MentionDraft o : mentions) {
                if (o != m && o.sentence == sentence && o.start <= head && o.end > head) {
                    before = o;
                    blocked = o.end != head + 1 || !o.type.equals(EntityTypes.ORGANIZATION);
                }
            }
            if (blocked || !paired && !m.type.equals(EntityTypes.ORGANIZATION)
                    && !causeNotPerson(tokens, m, before, gazetteer)) {
                continue;
            }
            if (before != null) {
                head = before.start;
                mentions.remove(before);
            }
            m.start = head;
            m.type = EntityTypes.ORGANIZATION;
            m.canonical = null;
            causeHeads(tokens, mentions, sentence, gazetteer); // the list changed: start again (each pass lengthens a mention)
            return;
        }
    }

    /**
     * "Rally for Culture and Democracy": the model found only the last of two causes joined by "and"; the mention
     * (an organisation of one or two words of ordinary English) comes after a party's or movement's word, "for", one
     * word of ordinary English and "and", none of them in another mention.
     */
    private static boolean pairedCause(String[] tokens, List<MentionDraft> mentions, MentionDraft m, Gazetteer gazetteer) {
        int head = m.start - 4;
        if (head < 0 || !m.type.equals(EntityTypes.ORGANIZATION) || m.length() > 2 || !tokens[m.start - 1].equals("and")
                || !tokens[m.start - 3].equals("for") || !CAUSE_HEADS.contains(tokens[head])
                || !PortfolioNames.ordinaryWord(tokens[m.start - 2], gazetteer)) {
            return false;
        }
        for (int k = m.start; k < m.end; k++) {
            if (!PortfolioNames.ordinaryWord(tokens[k], gazetteer)) {
                return false;
            }
        }
        for (MentionDraft o : mentions) {
            if (o != m && o.sentence == m.sentence && o.start < m.start && o.end > head + 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the Movement for Damu Renewal", the model reading "Movement" alone as the organisation and the cause as
     * something else: the party's or movement's word alone is an organisation (the model's own), and the mention
     * after "for" is a cause, not a person: it begins with no given name, ends in a word of ordinary English
     * ("Renewal", "Progress") and holds no "and" ({@link #causeNamed}).
     */
    private static boolean causeNotPerson(String[] tokens, MentionDraft m, MentionDraft before, Gazetteer gazetteer) {
        return before != null && before.length() == 1 && m.length() >= 2 && !gazetteer.isFirstName(tokens[m.start])
                && PortfolioNames.ordinaryWord(tokens[m.end - 1], gazetteer)
                && causeNamed(tokens, before.start, m.end);
    }

    /**
     * "Party for Omaru Progress Rafael Tumbe": a party named for its cause does not run on into a person's name; a
     * listed given name after the cause's first word, with one or two capitalised words closing the mention, is the
     * person.
     */
    private static void causePeople(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        List<MentionDraft> added = new ArrayList<>();
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.ORGANIZATION) || m.length() < 6) {
                continue;
            }
            int k = m.start + 1;
            while (k < m.end && !tokens[k].equals("for")) {
                k++;
            }
            if (k >= m.end - 3 || !CAUSE_HEADS.contains(tokens[k - 1])) {
                continue;
            }
            for (int j = k + 2; j < m.end - 1; j++) {
                if (m.end - j <= 3 && gazetteer.isFirstName(tokens[j]) && gazetteer.lookup(tokens[j]) == null
                        && gazetteer.placeAt(tokens, j - 1) < 2 // "Movement for San Javier Renewal": in a place
                        && capitalisedRun(tokens, j, m.end) && causeNamed(tokens, m.start, j)) {
                    added.add(new MentionDraft(sentence, j, m.end, EntityTypes.PERSON, true));
                    m.end = j;
                    m.canonical = null;
                    break;
                }
            }
        }
        mentions.addAll(added);
    }

    /**
     * "the pan-Arabist Movement for X Renewal": a word glued by a hyphen to a lower-case prefix before a body named
     * for its cause describes the body and is no part of its name, which starts at the next word.
     */
    private static void causePrefixes(String[] tokens, List<MentionDraft> mentions) {
        for (MentionDraft m : mentions) {
            int s = m.start;
            if (s < 1 || !m.type.equals(EntityTypes.ORGANIZATION) || m.length() < 4 || !lowerPrefix(tokens, s)
                    || !causeNamed(tokens, s, m.end) || tokens[s + 1].equals("for")) {
                continue;
            }
            m.start = s + 1;
            m.canonical = null;
        }
    }

    /** The token before {@code at} is a lower-case prefix and a hyphen ("pan-", "anti-", "post-"). */
    private static boolean lowerPrefix(String[] tokens, int at) {
        String before = tokens[at - 1];
        if (before.equals("-") || before.equals("‐")) {
            return at >= 2 && isLowerWord(tokens[at - 2]);
        }
        return before.length() > 1 && before.endsWith("-") && isLowerWord(before.substring(0, before.length() - 1));
    }

    private static boolean isLowerWord(String w) {
        return !w.isEmpty() && w.chars().allMatch(c -> Character.isLetter(c) && Character.isLowerCase(c));
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

    private static boolean nameWord(String t) {
        return ListAndRulePass.capitalised(t) && Character.isLetter(t.charAt(0)) && !NOT_NAME_WORDS.contains(t);
    }

    private static boolean hyphenInside(String[] tokens, int at) {
        return tokens[at].equals("-") && at > 0 && at + 1 < tokens.length && nameWord(tokens[at - 1])
                && nameWord(tokens[at + 1]);
    }

    private static boolean whole(String[] tokens, int from, int to, Gazetteer gazetteer, boolean after) {
        String last = tokens[to - 1];
        if (causeNamed(tokens, from, to)) {
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

    /**
     * Last words of a body that may be named for its cause, a party's or a movement's kind: "Movement for …",
     * "Party for …". Offices named for a portfolio ("Ministry for Women and Child Development") are left out.
     */
    static final Set<String> CAUSE_HEADS = Set.of("Party", "Movement", "Front", "Alliance", "League", "Congress",
            "Union", "Coalition", "Rally", "Bloc", "Federation");
    /** Words that may stand inside a body's cause after its first word: "Movement for the Liberation of X". */
    private static final Set<String> CAUSE_LINKS = Set.of("of", "the");

    /**
     * A body named for its cause, with no "and" inside: a party's or a movement's word ({@link #CAUSE_HEADS}), perhaps after
     * capitalised words, then "for" and capitalised words ending in a noun ("Movement for Tarvo Renewal", "Party for
     * Kesh Progress", "Movement for the Liberation of Ombu"); a cause ending in an adjective ("Commission for
     * Economic") is a portfolio cut at "and".
     */
    static boolean causeNamed(String[] tokens, int from, int to) {
        int f = from < to && tokens[from].equalsIgnoreCase("the") ? from + 1 : from;
        int k = f;
        while (k < to && nameWord(tokens[k]) && DocumentLinker.letters(tokens[k])) {
            k++;
        }
        if (k == f || k + 1 >= to || !tokens[k].equals("for") || !CAUSE_HEADS.contains(tokens[k - 1])) {
            return false;
        }
        String last = tokens[to - 1];
        if (!ListAndRulePass.capitalised(last) || !DocumentLinker.letters(last) || causeAdjective(last)
                || CAUSE_LINKS.contains(last.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int j = k + 1; j < to; j++) {
            String t = tokens[j];
            if (!CAUSE_LINKS.contains(t) && !(ListAndRulePass.capitalised(t) && DocumentLinker.letters(t))) {
                return false;
            }
        }
        return true;
    }

    /** An adjective closing a cause ("Economic", "Social"); nouns in "-wal", "-val" ("Renewal", "Revival") are none. */
    private static boolean causeAdjective(String w) {
        return PortfolioNames.adjective(w) && !w.endsWith("wal") && !w.endsWith("val");
    }

    private static boolean capitalisedRun(String[] tokens, int from, int to) {
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
