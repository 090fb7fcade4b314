package dev.precis.nlp.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Mr Saumarez Smith" after "Charles Saumarez Smith": a title before a person of two words or more that are the
 * last words of a longer person's name met in the document is that person (a surname of several words, which the
 * one-word surname link cannot see). The longer name must be the only one ending in those words. Stateless.
 */
final class TitledSurnames {

    private TitledSurnames() {
    }

    static void apply(TokenizedText doc, List<MentionDraft> mentions, Gazetteer gazetteer) {
        Set<String> fullNames = new HashSet<>();
        for (MentionDraft m : mentions) {
            if (m.type.equals(EntityTypes.PERSON) && m.length() > 2 && m.canonical != null) {
                fullNames.add(m.canonical);
            }
        }
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (!m.type.equals(EntityTypes.PERSON) || m.length() < 2 || m.start == 0
                    || !gazetteer.isTitleWord(tokens[m.start - 1])) {
                continue;
            }
            String tail = " " + DocumentLinker.text(doc, m);
            String match = null;
            for (String full : fullNames) {
                if (full.endsWith(tail)) {
                    if (match != null) {
                        match = null; // two people share the surname: leave it alone
                        break;
                    }
                    match = full;
                }
            }
            if (match != null) {
                m.canonical = match;
            }
        }
    }
}
