package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * A sentence's first word is capitalised whatever it is, so the model sometimes reads an opening preposition,
 * adverb or question word as a name or as a name's first word ("After 13 matches, …" an organisation, "More than 11
 * million …" a person, "On September 25, a grand jury …" an organisation). Such a word opening the sentence, or
 * opening it after a quotation mark, is taken off the mention; a mention that was only that word is dropped. These
 * are closed-class words of English grammar, not names. Stateless.
 */
final class SentenceOpeners {

    /** Function words and sentence adverbs that open sentences and no name. */
    static final Set<String> OPENERS = WordSet.of("After", "Before", "More", "Most", "What", "When", "While", "Where",
            "How", "Why", "Who", "Whoever", "Then", "Now", "Also", "Despite", "During", "Since", "Until", "Amid",
            "Among", "Meanwhile", "However", "Although", "Though", "Because", "Once", "On", "In", "At", "For", "By",
            "With", "From", "If", "But", "And", "Or", "So", "As", "This", "That", "These", "Those", "The", "A", "An");

    private SentenceOpeners() {
    }

    static void apply(TokenizedText doc, List<MentionDraft> mentions) {
        mentions.removeIf(m -> {
            String[] tokens = doc.sentence(m.sentence);
            if (!opening(tokens, m.start) || !OPENERS.contains(tokens[m.start])) {
                return false;
            }
            if (m.length() == 1) {
                return true;
            }
            String next = tokens[m.start + 1];
            if (!ListAndRulePass.capitalised(next) || ListAndRulePass.isPunct(next)) {
                return false; // "The" kept by its own rules before a lower-case or joined word ("The Hague" is capitalised)
            }
            if (tokens[m.start].equals("The")) {
                return false; // an article opening a name is the other rules' to judge ("The Hague", "The Times")
            }
            m.start++;
            m.canonical = null;
            return false;
        });
    }

    private static boolean opening(String[] tokens, int i) {
        if (i == 0) {
            return true;
        }
        String before = tokens[i - 1];
        return i == 1 && (before.equals("\"") || before.equals("“") || before.equals("‘") || before.equals("'"));
    }
}
