package dev.precis.nlp.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "Mr Saumarez Smith" after "Charles Saumarez Smith", "Symmons Roberts" after "Michael Symmons Roberts", "Van Doren
 * Stern" after "Philip van Doren Stern": a person of two words or more that are the last words of a longer person's
 * name met in the document is that person (a surname of several words, or a middle name kept, which the one-word
 * surname link cannot see). The longer name must be the only one ending in those words (a particle's case aside), and
 * without a title before it the shorter name must not stand in a sentence with it: two names side by side are two
 * people ("Presidents George W Bush and George Bush"). Stateless.
 */
final class NameTails {

    private NameTails() {
    }

    static void apply(TokenizedText doc, List<MentionDraft> mentions, Gazetteer gazetteer) {
        // full name → the sentences it is named in
        Map<String, Set<Integer>> fullNames = new HashMap<>();
        for (MentionDraft m : mentions) {
            if (m.type.equals(EntityTypes.PERSON) && m.length() > 2 && m.canonical != null) {
                fullNames.computeIfAbsent(m.canonical, k -> new HashSet<>()).add(m.sentence);
            }
        }
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.PERSON) || m.length() < 2) {
                continue;
            }
            String[] tokens = doc.sentence(m.sentence);
            boolean titled = m.start > 0 && gazetteer.isTitleWord(tokens[m.start - 1]);
            String tail = " " + DocumentLinker.text(doc, m).toLowerCase(Locale.ROOT);
            String match = null;
            int matches = 0;
            for (String full : fullNames.keySet()) {
                if (full.toLowerCase(Locale.ROOT).endsWith(tail)) {
                    match = full;
                    matches++; // two people sharing the surname leave it alone
                }
            }
            if (matches == 1 && (titled || !fullNames.get(match).contains(m.sentence))) {
                m.canonical = match;
            }
        }
    }
}
