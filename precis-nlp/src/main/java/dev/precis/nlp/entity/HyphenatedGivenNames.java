package dev.precis.nlp.entity;

import java.util.List;

/**
 * A hyphenated given name stays in the person's name: once the surname alone was a person (a headline's "Brissac
 * plays Leeds"), the model can open the body's "Jean-Luc Brissac" at the surname and leave the given name out. A
 * person's mention straight after an untagged word of two capitalised halves joined by a hyphen, one of them a listed
 * given name, takes that word in ({@link TokenRepairs} keeps the word one token). Part of {@link DocumentLinker}.
 * Stateless.
 */
final class HyphenatedGivenNames {

    private HyphenatedGivenNames() {
    }

    static void extend(TokenizedText doc, List<MentionDraft> mentions, Gazetteer gazetteer) {
        boolean[][] covered = DocumentLinker.covered(doc, mentions);
        for (MentionDraft m : mentions) {
            int before = m.start - 1;
            if (m.type.equals(EntityTypes.PERSON) && before >= 0 && !covered[m.sentence][before]
                    && givenName(doc.sentence(m.sentence)[before], gazetteer)) {
                m.start = before;
                m.canonical = null; // the whole name is spelt from the text later
                covered[m.sentence][before] = true;
            }
        }
    }

    /** "Jean-Luc", "Anne-Marie": two capitalised halves, one of them a listed given name. */
    private static boolean givenName(String word, Gazetteer gazetteer) {
        int dash = word.indexOf('-');
        if (dash <= 0 || dash != word.lastIndexOf('-') || dash == word.length() - 1) {
            return false;
        }
        String first = word.substring(0, dash);
        String second = word.substring(dash + 1);
        return ListAndRulePass.capitalised(first) && ListAndRulePass.capitalised(second) && DocumentLinker.letters(word)
                && (listed(first, gazetteer) || listed(second, gazetteer));
    }

    private static boolean listed(String name, Gazetteer gazetteer) {
        return gazetteer.isFirstName(name) || PersonSexes.ofGivenName(name) != null;
    }
}
