package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * An organisation's governing board or a person's standing in it, glued to the front of its name: "Board of
 * Trustees of Harlan College", "Board of the Keswick Trust", "Fellow of the Royal Society", "Member of Parliament".
 * The model reads the whole as one body; the body named is the part after the prefix (four-class newswire NER
 * tags "Harlan College", "Royal Society", "Parliament"). Only prefixes that cannot open a body's own name are cut:
 * "Board of Education" and "Board of Inland Revenue" are bodies, so a bare "Board of" is cut only before "the".
 * Written by hand: a closed list of board and membership words. Stateless.
 */
final class GoverningBodyPrefixes {

    /** Who sits on a board: "Board of Directors of …". */
    private static final Set<String> BOARD_MEMBERS = Set.of("Directors", "Trustees", "Governors", "Regents",
            "Management", "Visitors");
    /** A person's standing in a body: "Fellow of the …", "Member of …". */
    private static final Set<String> STANDING = Set.of("Fellow", "Fellows", "Member", "Members");

    private GoverningBodyPrefixes() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions) {
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.ORGANIZATION)) {
                continue;
            }
            int rest = afterPrefix(tokens, m.start, m.end);
            if (rest > m.start && rest < m.end && ListAndRulePass.capitalised(tokens[rest])) {
                m.start = rest;
                m.canonical = null;
            }
        }
    }

    /** The first token after a board's or a standing's prefix opening at {@code from}; {@code from} when none. */
    private static int afterPrefix(String[] tokens, int from, int to) {
        if (to - from < 3 || !tokens[from + 1].equals("of")) {
            return from;
        }
        String head = tokens[from];
        int k = from + 2;
        if (head.equals("Board") || head.equals("Boards")) {
            if (BOARD_MEMBERS.contains(tokens[k])) {
                if (k + 2 >= to || !tokens[k + 1].equals("of")) {
                    return from; // "Board of Governors" alone is the body
                }
                k += 2;
            } else if (!tokens[k].equals("the")) {
                return from;
            }
        } else if (!STANDING.contains(head)) {
            return from;
        }
        return k < to && tokens[k].equals("the") ? k + 1 : k;
    }
}
