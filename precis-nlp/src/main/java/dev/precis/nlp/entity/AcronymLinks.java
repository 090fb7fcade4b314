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
 * Organization]") or spelling a longer name's initials takes that name's type and canonical name. An acronym the
 * lists do not hold also spells a name of two words ("Kestrel Airways" → "KA"), a name without the country that
 * opens it ("US Equal Pay Board" → "EPB") or a name's inner capitals ("PlayStation Portable" → "PSP"); a listed one
 * ("US", "UN") keeps its own meaning. Stateless and thread-safe.
 */
final class AcronymLinks {

    private AcronymLinks() {
    }

    /** Marks an acronym that two different names spell. */
    private static final MentionDraft AMBIGUOUS = new MentionDraft(0, 0, 0, EntityTypes.ORGANIZATION, false);

    private static final Set<String> MINOR = Set.of("of", "and", "for", "the", "in", "on", "at", "to", "&", "de");

    /** Acronyms take the canonical name and type of the long form they abbreviate. */
    static void linkAcronyms(TokenizedText doc, List<MentionDraft> mentions, Gazetteer gazetteer) {
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
        Map<String, MentionDraft> shortForms = shortFormInitials(doc, mentions, gazetteer);
        for (MentionDraft m : mentions) {
            if (m.length() != 1) {
                continue;
            }
            String word = doc.sentence(m.sentence)[m.start];
            // the new shapes link no acronym read as a person's initials ("JB" signing a letter)
            MentionDraft longForm = expansions.containsKey(word) || gazetteer.lookup(word) != null ? expansions.get(word)
                    : m.type.equals(EntityTypes.PERSON) ? null : shortForms.get(word);
            if (longForm != null && longForm != m && acronym(doc.sentence(m.sentence)[m.start])) {
                m.type = longForm.type;
                m.canonical = longForm.canonical != null ? longForm.canonical
                        : doc.covered(longForm.sentence, longForm.start, longForm.end).replaceAll("\\s+", " ");
            }
        }
    }

    /**
     * The initials a name spells beyond its words' first letters: a name of two words, the name after a country that
     * opens it ("US" of "US Equal Pay Board"), and the name with each capital inside a word ("PlayStation").
     */
    private static Map<String, MentionDraft> shortFormInitials(TokenizedText doc, List<MentionDraft> mentions,
            Gazetteer gazetteer) {
        Map<String, MentionDraft> out = new HashMap<>();
        for (MentionDraft m : mentions) {
            if (m.length() < 2 || m.type.equals(EntityTypes.PERSON)) {
                continue;
            }
            String[] tokens = doc.sentence(m.sentence);
            int from = m.start;
            Gazetteer.Entry first = gazetteer.lookup(tokens[from]);
            if (m.length() > 2 && first != null
                    && (first.kind() == Gazetteer.Kind.LOCATION || first.kind() == Gazetteer.Kind.NATIONALITY)) {
                from++;
            }
            if (m.end - from >= 2) {
                addInitials(out, initials(tokens, from, m.end), m, doc);
                addInitials(out, innerCapitals(tokens, from, m.end), m, doc);
            }
        }
        out.values().removeIf(m -> m == AMBIGUOUS);
        return out;
    }

    /** Keeps the name an acronym spells; an empty name when two different names spell it. */
    private static void addInitials(Map<String, MentionDraft> out, String initials, MentionDraft m, TokenizedText doc) {
        if (initials.length() > 1) {
            out.merge(initials, m, (a, b) -> name(doc, a).equals(name(doc, b)) ? a : AMBIGUOUS);
        }
    }

    private static String name(TokenizedText doc, MentionDraft m) {
        return m.canonical != null ? m.canonical : DocumentLinker.text(doc, m);
    }

    /** "PlayStation Portable" → "PSP": every capital of the name's words, empty when that adds none. */
    private static String innerCapitals(String[] tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        boolean inner = false;
        for (int i = from; i < to; i++) {
            if (MINOR.contains(tokens[i])) {
                continue;
            }
            if (!ListAndRulePass.capitalised(tokens[i]) || Gazetteer.isUpper(tokens[i])) {
                return "";
            }
            for (int k = 0; k < tokens[i].length(); k++) {
                if (Character.isUpperCase(tokens[i].charAt(k))) {
                    sb.append(tokens[i].charAt(k));
                    inner |= k > 0;
                }
            }
        }
        return inner ? sb.toString() : "";
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
