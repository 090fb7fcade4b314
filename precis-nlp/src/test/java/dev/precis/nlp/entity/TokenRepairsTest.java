package dev.precis.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer's splits repaired where they broke names in running text: a closing bracket or mark left
 * on an acronym, hyphenated names cut at the hyphen, initials cut from their full stop, a sentence's full
 * stop left on its last word. Sentences written for the test.
 */
class TokenRepairsTest {

    private static StatisticalEntityRecognizer ner;
    private static final NewsSentenceSplitter SPLITTER = new NewsSentenceSplitter();

    @BeforeAll
    static void load() {
        ner = EntityTestSupport.recognizer();
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String[] s : ner.tokenize(text, SPLITTER.split(text)).tokens()) {
            out.addAll(List.of(s));
        }
        return out;
    }

    /** The pieces of one word, split by hand as the tokenizer does, after repair. */
    private static List<String> repaired(String word, int... parts) {
        int[] p = TokenRepairs.repair(word, parts);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < p.length; i += 2) {
            out.add(word.substring(p[i], p[i + 1]));
        }
        return out;
    }

    @Test
    void closingMarksLeftOnAWordAreTokensOfTheirOwn() {
        assertThat(repaired("(BJP)", 0, 1, 1, 5)).containsExactly("(", "BJP", ")");
        assertThat(repaired("BJP;", 0, 4)).containsExactly("BJP", ";");
        assertThat(repaired("Kenya?", 0, 6)).containsExactly("Kenya", "?");
        // a bracket opened inside the piece stays: "(a)" is one piece
        assertThat(repaired("(a)", 0, 3)).containsExactly("(a)");
    }

    @Test
    void capitalisedHyphenatedWordsAreJoinedWhereverTheTokenizerCutThem() {
        assertThat(repaired("Ben-Gurion", 0, 3, 3, 10)).containsExactly("Ben-Gurion");
        assertThat(repaired("Neo-Assyrian", 0, 4, 4, 12)).containsExactly("Neo-Assyrian");
        assertThat(repaired("Zanu-PF", 0, 4, 4, 5, 5, 7)).containsExactly("Zanu-PF");
        assertThat(repaired("ZANU-PF.", 0, 5, 5, 7, 7, 8)).containsExactly("ZANU-PF", ".");
        assertThat(repaired("Chester-le-Street", 0, 7, 7, 8, 8, 10, 10, 11, 11, 17)).containsExactly("Chester-le-Street");
        // a participle after the hyphen makes an adjective: the name is cut from it
        assertThat(repaired("BJP-led", 0, 4, 4, 7)).containsExactly("BJP", "-", "led");
        assertThat(repaired("US-based", 0, 2, 2, 3, 3, 8)).containsExactly("US", "-", "based");
        // a word opening in lower case keeps the tokenizer's split
        assertThat(repaired("al-Sisi", 0, 2, 2, 3, 3, 7)).containsExactly("al", "-", "Sisi");
    }

    @Test
    void initialsKeepTheirFullStop() {
        assertThat(repaired("G.", 0, 1, 1, 2)).containsExactly("G.");
        assertThat(repaired("U.N.", 0, 3, 3, 4)).containsExactly("U.N.");
        assertThat(repaired("Co.", 0, 2, 2, 3)).containsExactly("Co.");
        assertThat(repaired("Go.", 0, 2, 2, 3)).containsExactly("Go", ".");
    }

    @Test
    void aSentencesFullStopIsCutFromItsLastWordButNotFromAbbreviations() {
        assertThat(tokens("The election was won by the BJP.")).endsWith("BJP", ".");
        assertThat(tokens("He spoke to an analyst at Wertheim & Co.")).endsWith("Co.");
        assertThat(tokens("Talks were held in the U.S.")).endsWith("U.S.");
    }

    @Test
    void acronymsInBracketsAndHyphenatedNamesComeOutWhole() {
        String text = "The Bharatiya Janata Party (BJP) won the election. The BJP-led coalition met David "
                + "Ben-Gurion's heirs, and G. Mwangi of the Kenya Revenue Authority joined the BJP.";
        List<EntityMention> found = ner.recognize(text, SPLITTER.split(text));
        List<String> surfaces = found.stream().map(m -> m.range().slice(text)).toList();
        assertThat(surfaces).contains("BJP", "David Ben-Gurion", "G. Mwangi");
        assertThat(surfaces).noneMatch(s -> s.endsWith(")") || s.endsWith(".") || s.endsWith("-"));
        assertThat(found.stream().filter(m -> m.range().slice(text).equals("BJP")))
                .isNotEmpty().allMatch(m -> m.type() == EntityType.ORGANIZATION);
    }
}
