package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.DocumentLinker.abbreviates;
import static dev.precis.nlp.entity.DocumentLinker.acronym;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Acronyms linked to their long forms, part of {@link DocumentLinker}: one introduced beside its long name in
 * brackets ("Organization for Security and Co-operation in Europe (OSCE)", "CSTO [Collective Security Treaty
 * Organization]") or spelling a longer name's initials takes that name's type and canonical name. Stateless
 * and thread-safe.
 */
final class AcronymLinks {

    private AcronymLinks() {
    }

    private static final Set<String> MINOR = WordSet.of("of", "and", "for", "the", "in", "on", "at", "to", "&", "de");

    /** Acronyms take the canonical name and type of the long form they abbreviate. */
    static void linkAcronyms(TokenizedText doc, List<MentionDraft> mentions) {
        Map<String, MentionDraft> expansions = new HashMap<>();
        for (int j = 0; j < mentions.size(); j++) {
            MentionDraft m = mentions.get(j);
            String[] tokens = doc.sentence(m.sentence);
            // "Long Name (ACR)" or "ACR [Long Name]" / "ACR (Long Name)"
            if (m.end + 2 < tokens.length && opens(tokens[m.end]) && closes(tokens[m.end + 2])
                    && acronym(tokens[m.end + 1]) && m.length() > 1 && !m.type.equals(EntityTypes.PERSON)
                    && abbreviates(tokens[m.end + 1], tokens, m.start, m.end)) {
                expansions.putIfAbsent(tokens[m.end + 1], m);
            }
            if (m.length() == 1 && acronym(tokens[m.start]) && m.end + 1 < tokens.length && opens(tokens[m.end])) {
                MentionDraft n = j + 1 < mentions.size() ? mentions.get(j + 1) : null;
                if (n != null && n.sentence == m.sentence && n.start == m.end + 1 && n.length() > 1
                        && !n.type.equals(EntityTypes.PERSON) && abbreviates(tokens[m.start], tokens, n.start, n.end)) {
                    expansions.putIfAbsent(tokens[m.start], n);
                }
            }
        }
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (m.length() > 2 && !m.type.equals(EntityTypes.PERSON)) {
                String initials = initials(tokens, m.start, m.end);
                if (initials.length() > 1) {
                    expansions.putIfAbsent(initials, m);
                }
            }
        }
        for (MentionDraft m : mentions) {
            if (m.length() != 1) {
                continue;
            }
            MentionDraft longForm = expansions.get(doc.sentence(m.sentence)[m.start]);
            if (longForm != null && longForm != m && acronym(doc.sentence(m.sentence)[m.start])) {
                m.type = longForm.type;
                m.canonical = longForm.canonical != null ? longForm.canonical
                        : doc.covered(longForm.sentence, longForm.start, longForm.end).replaceAll("\\s+", " ");
            }
        }
    }

    private static String initials(String[] tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (MINOR.contains(tokens[i])) {
                continue;
            }
            if (!ListAndRulePass.capitalised(tokens[i])) {
                return "";
            }
            sb.append(tokens[i].charAt(0));
        }
        return sb.toString();
    }

    private static boolean opens(String t) {
        return t.equals("(") || t.equals("[");
    }

    private static boolean closes(String t) {
        return t.equals(")") || t.equals("]");
    }
}
