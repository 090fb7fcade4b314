package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A person named by one word the model never tags, usually a given name it has not seen ("his wife Jolene",
 * "Tariq's mother said", "Anwen, 34, …"), found from the grammar of kinship and age around the word and then
 * wherever else the article uses it untagged. Only a capitalised word of letters that is no listed name, ordinary
 * word, title or role, and that the model tagged as nothing but a person in the article, is read; a firm or a place has no wife,
 * mother or age. Part of the document-level pass ({@link DocumentLinker}); written by hand because the cues are
 * closed sets of grammar words and the names are open. Stateless.
 */
final class PersonGrammarCues {

    /** Kin: "X's mother", "his wife X", "daughter X". */
    private static final Set<String> KIN = WordSet.of("wife", "husband", "son", "daughter", "mother", "father", "brother",
            "sister", "sons", "daughters", "parents", "grandmother", "grandfather", "grandson", "granddaughter", "uncle",
            "aunt", "nephew", "niece", "cousin", "girlfriend", "boyfriend", "fiancee", "fiancé", "fiancée", "fiance",
            "stepfather", "stepmother", "stepson", "stepdaughter", "mum", "mom", "dad", "widow", "widower", "partner");
    /** Possessive determiners before a kin noun and a name: "his wife X". */
    private static final Set<String> OWNERS = WordSet.of("his", "her", "their", "my", "our", "your");

    private PersonGrammarCues() {
    }

    static void apply(TokenizedText doc, List<MentionDraft> mentions, Gazetteer gazetteer) {
        Set<String> tagged = new HashSet<>();
        for (MentionDraft m : mentions) { // a word the model read as a person, alone or in a full name, may be one
            if (m.type.equals(EntityTypes.PERSON)) {
                continue;
            }
            String[] tokens = doc.sentence(m.sentence);
            for (int k = m.start; k < m.end; k++) {
                tagged.add(tokens[k]);
            }
        }
        boolean[][] covered = DocumentLinker.covered(doc, mentions);
        Set<String> persons = new HashSet<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            for (int i = 0; i < tokens.length; i++) {
                if (candidate(tokens, i, gazetteer) && !tagged.contains(tokens[i]) && cue(tokens, i)) {
                    persons.add(tokens[i]);
                }
            }
        }
        if (persons.isEmpty()) {
            return;
        }
        List<MentionDraft> added = new ArrayList<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            for (int i = 0; i < tokens.length; i++) {
                if (!covered[s][i] && persons.contains(tokens[i]) && !(i + 1 < tokens.length && ListAndRulePass.capitalised(tokens[i + 1]))
                        && !(i > 0 && ListAndRulePass.capitalised(tokens[i - 1]) && !covered[s][i - 1])) {
                    added.add(new MentionDraft(s, i, i + 1, EntityTypes.PERSON, true));
                }
            }
        }
        mentions.addAll(added);
        mentions.sort(null);
    }

    /** A capitalised word of letters, no listed name, ordinary word, title or role word. */
    private static boolean candidate(String[] tokens, int i, Gazetteer gazetteer) {
        String t = tokens[i];
        return t.length() >= 3 && Character.isUpperCase(t.charAt(0)) && t.substring(1).chars().allMatch(Character::isLowerCase)
                && DocumentLinker.letters(t) && !gazetteer.isCommonWord(t) && gazetteer.lookup(t) == null
                && !gazetteer.isTitleWord(t) && !ListAndRulePass.noNameAlone(t)
                && !(i + 1 < tokens.length && ListAndRulePass.capitalised(tokens[i + 1]))
                && !(i > 0 && ListAndRulePass.capitalised(tokens[i - 1]));
    }

    /** Kinship or age around the word: "X 's mother", "his wife X", "X , 34 ,". */
    static boolean cue(String[] tokens, int i) {
        if (i + 2 < tokens.length && DocumentLinker.POSSESSIVE.contains(tokens[i + 1]) && KIN.contains(tokens[i + 2])) {
            return true;
        }
        if (i >= 2 && KIN.contains(tokens[i - 1]) && OWNERS.contains(tokens[i - 2].toLowerCase(java.util.Locale.ROOT))
                && !tokens[i - 1].equals("partner")) {
            return true;
        }
        return i + 3 < tokens.length && tokens[i + 1].equals(",") && tokens[i + 3].equals(",")
                && tokens[i + 2].matches("[1-9][0-9]?");
    }
}
