package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Bodies named for their cause, a party's or a movement's word then "for" and the cause ("Movement for Tarvo Renewal",
 * "Party for Kesh Progress", "Rally for Culture and Democracy"), their boundaries fixed after the model: the head word
 * the model left out, a person's name glued after the cause, a descriptor glued before it by a hyphen. Split out of
 * {@link CoordinatedNames}, which runs these steps in its order (before and after its split at "and") and asks
 * {@link #causeNamed} whether a part is a whole name. Written by hand for the same reason: each needs the model's pieces
 * and a closed list of head words. Stateless.
 */
final class CauseNamedBodies {

    private CauseNamedBodies() {
    }

    /**
     * "Party for Ngofa Progress", "Movement for the Liberation of X": the model began the organisation after "for",
     * leaving out the party's or movement's word ({@link #CAUSE_HEADS}, capitalised) that the cause names; the
     * organisation starts at that word, and takes in an organisation the model found ending there ("Movement"
     * alone). Runs before the split at "and", so a pair of such bodies is then cut in two.
     */
    static void causeHeads(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
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
    static void causePeople(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
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
                        && CoordinatedNames.capitalisedRun(tokens, j, m.end) && causeNamed(tokens, m.start, j)) {
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
    static void causePrefixes(String[] tokens, List<MentionDraft> mentions) {
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
        while (k < to && CoordinatedNames.nameWord(tokens[k]) && DocumentLinker.letters(tokens[k])) {
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
}
