package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Words the model glues to a body's name that belong to a role, a constituency or a government, not to the body. Part
 * of {@link ListAndRulePass}, per sentence, on organisations only. Stateless.
 * <ul>
 * <li>A role or a board before "of": "Fellow of the Royal Society", "Member of Parliament", "Board of Directors of
 * the Kivu Wildlife Trust", "Board of the Public Health Institute": the body is the rest. "Board of Investment" stays
 * whole (no body's name follows "Board of" there, only a remit).</li>
 * <li>A constituency after "Parliament for": "Parliament for Kisumu East" is the parliament and a place.</li>
 * <li>"Coalition" or "Government" after a party's name: "Pakistan Peoples Party Coalition" is the party's coalition;
 * a name with no "Party" ("National Rainbow Coalition") is left.</li>
 * </ul>
 */
final class BodyFrontsAndTails {

    /** Singular roles a person holds in a body, written before "of (the)". */
    private static final Set<String> ROLES = Set.of("Fellow", "Member", "Fellows", "Members");
    /** A board's own name inside a body: "Board of Directors of …". */
    private static final Set<String> BOARDS = Set.of("Directors", "Trustees", "Governors", "Regents", "Management");
    /** Words after a party's name that make its government or coalition. */
    private static final Set<String> GOVERNMENT_TAILS = Set.of("Coalition", "Government");

    private BodyFrontsAndTails() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        List<MentionDraft> added = new ArrayList<>();
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.ORGANIZATION)) {
                continue;
            }
            int body = bodyAfterFront(tokens, m);
            if (body > m.start) {
                m.start = body;
                m.canonical = null;
            }
            for (int k = m.start; k < m.end - 1; k++) {
                if (tokens[k].equals("Parliament") && tokens[k + 1].equals("for")) {
                    if (constituency(tokens, k + 2, m.end, gazetteer)) {
                        added.add(new MentionDraft(sentence, k + 2, m.end, EntityTypes.LOCATION, true));
                    }
                    m.end = k + 1;
                    m.canonical = null;
                    break;
                }
            }
            int tail = m.end;
            while (tail - 1 > m.start && GOVERNMENT_TAILS.contains(tokens[tail - 1])) {
                tail--;
            }
            if (tail < m.end && partyEnd(tokens, m.start, tail)) {
                m.end = tail;
                m.canonical = null;
            }
        }
        mentions.addAll(added);
    }

    /**
     * Where the body starts after a role or a board at the mention's front ("Fellow of the", "Board of Trustees
     * of", "Board of the"), or the mention's own start when there is none or nothing capitalised follows.
     */
    private static int bodyAfterFront(String[] tokens, MentionDraft m) {
        int k = m.start;
        if (ROLES.contains(tokens[k]) && k + 2 < m.end && tokens[k + 1].equals("of")) {
            k += 2;
        } else if (tokens[k].equals("Board") && k + 2 < m.end && tokens[k + 1].equals("of")) {
            if (BOARDS.contains(tokens[k + 2]) && k + 4 < m.end && tokens[k + 3].equals("of")) {
                k += 4;
            } else if (tokens[k + 2].equals("the") && k + 3 < m.end) {
                k += 2;
            } else {
                return m.start;
            }
        } else {
            return m.start;
        }
        if (tokens[k].equals("the") && k + 1 < m.end) {
            k++;
        }
        // the model's span must hold the body's whole name: not cut before a capitalised word ("… of the Tana" +
        // "River Trust")
        boolean whole = m.end == tokens.length || !ListAndRulePass.capitalised(tokens[m.end]);
        return whole && ListAndRulePass.capitalised(tokens[k]) && Character.isLetter(tokens[k].charAt(0)) ? k : m.start;
    }

    /**
     * "Kisumu East" after "Parliament for": capitalised words, no body's word among them ("the Green Progressive
     * Accord" is a list a member stood for, not a seat).
     */
    private static boolean constituency(String[] tokens, int from, int to, Gazetteer gazetteer) {
        for (int k = from; k < to; k++) {
            if (!ListAndRulePass.capitalised(tokens[k]) || !Character.isLetter(tokens[k].charAt(0))
                    || gazetteer.isOrganisationHead(tokens[k])) {
                return false;
            }
        }
        return true;
    }

    /** "… Party" or "… Party of Australia": the words up to {@code end} close a party's name. */
    private static boolean partyEnd(String[] tokens, int start, int end) {
        for (int k = end - 1; k > start; k--) {
            if (tokens[k].equals("Party")) {
                return true;
            }
            if (!ListAndRulePass.capitalised(tokens[k]) && !tokens[k].equals("of")) {
                return false;
            }
        }
        return false;
    }
}
