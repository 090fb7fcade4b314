package dev.precis.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The plain-word shortcut of the name finder's tokenizer gives the tokens the tokenizer model gives. */
class PlainWordTokensTest {

    private static final String TEXT = "The Minister said on Tuesday that 380m euros (about £320m) had reached "
            + "the ODPM's accounts. MacWorld visitors, who queued since 9am, weren't told why. \"It's over,\" "
            + "Ms Okonjo-Iweala said: the U.S.-led plan failed.";

    @Test
    void plainWordsAreLettersLowerCaseAfterTheFirst() {
        assertThat(StatisticalEntityRecognizer.isPlainWord("said")).isTrue();
        assertThat(StatisticalEntityRecognizer.isPlainWord("Minister")).isTrue();
        assertThat(StatisticalEntityRecognizer.isPlainWord("école")).isTrue();
        assertThat(StatisticalEntityRecognizer.isPlainWord("a")).isTrue();
        for (String w : new String[] {"", "ODPM", "MacWorld", "ATTACKThe", "380m", "said.", "weren't", "U.S.", "9am", "£320m"}) {
            assertThat(StatisticalEntityRecognizer.isPlainWord(w)).as(w).isFalse();
        }
    }

    @Test
    void tokensAreTheModelsOwn() {
        EntityModels models = EntityTestSupport.models();
        StatisticalEntityRecognizer ner = new StatisticalEntityRecognizer(models);
        TokenizedText got = ner.tokenize(TEXT, new NewsSentenceSplitter().split(TEXT));
        List<String> tokens = new ArrayList<>();
        got.tokens().forEach(ts -> tokens.addAll(List.of(ts)));

        // the model asked about every white-space word and its split repaired, possessives split off as the recognizer does
        TokenizerME model = new TokenizerME(models.tokenizer());
        List<String> expected = new ArrayList<>();
        for (Span w : WhitespaceTokenizer.INSTANCE.tokenizePos(TEXT)) {
            String word = w.getCoveredText(TEXT).toString();
            Span[] spans = model.tokenizePos(word);
            int[] parts = new int[spans.length * 2];
            for (int i = 0; i < spans.length; i++) {
                parts[2 * i] = spans[i].getStart();
                parts[2 * i + 1] = spans[i].getEnd();
            }
            parts = TokenRepairs.repair(word, parts); // the same repairs ("Mac" "World" → "MacWorld", ner16)
            List<String> pieces = new ArrayList<>();
            for (int i = 0; i < parts.length; i += 2) {
                pieces.add(word.substring(parts[i], parts[i + 1]));
            }
            for (String t : pieces) {
                if (t.length() > 2 && (t.endsWith("'s") || t.endsWith("’s"))) {
                    expected.add(t.substring(0, t.length() - 2));
                    expected.add(t.substring(t.length() - 2));
                } else {
                    expected.add(t);
                }
            }
        }
        assertThat(tokens).containsExactlyElementsOf(expected);
        assertThat(tokens).contains("Minister", "380", "m", "ODPM", "'s", "MacWorld");
    }
}
