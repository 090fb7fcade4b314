package dev.precis.nlp.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A membership title is no organisation: "Member of the Tarvo Assembly (MTA)", "Fellow of the Royal Society of
 * Lindhaven (FRSL)" name a person's standing in a body, and the body is the name after "of". The acronym passes
 * take such an expansion whole, with its bracketed letters, as one organisation; here the title's words leave the
 * name and the title's letters (opening with the title's initial, "MTA", "FRSL") are no organisation anywhere in
 * the document. Written by hand: a closed list of title words before "of". Stateless; one test of a mention's
 * first word per organisation.
 */
final class RoleOfBodies {

    /** Membership titles that stand before "of" and a body's name. */
    private static final Set<String> TITLES = Set.of("Member", "Members", "Fellow", "Fellows");

    private RoleOfBodies() {
    }

    static void apply(TokenizedText doc, List<MentionDraft> mentions) {
        Set<String> letters = null;
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (!m.type.equals(EntityTypes.ORGANIZATION) || m.length() < 3 || !TITLES.contains(tokens[m.start])
                    || !tokens[m.start + 1].equals("of")) {
                continue;
            }
            int body = m.start + 2;
            if (tokens[body].equalsIgnoreCase("the")) {
                body++;
            }
            if (body >= m.end || !ListAndRulePass.capitalised(tokens[body])) {
                continue;
            }
            char initial = tokens[m.start].charAt(0);
            m.start = body;
            m.canonical = null;
            if (m.end + 2 < tokens.length && tokens[m.end].equals("(") && tokens[m.end + 2].equals(")")
                    && tokens[m.end + 1].charAt(0) == initial) {
                if (letters == null) {
                    letters = new HashSet<>();
                }
                letters.add(tokens[m.end + 1]);
            }
        }
        if (letters != null) {
            Set<String> titles = letters;
            mentions.removeIf(m -> m.length() == 1 && m.type.equals(EntityTypes.ORGANIZATION)
                    && titles.contains(doc.sentence(m.sentence)[m.start]));
        }
    }
}
