package dev.precis.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The tokenizer with its model read through the flattened table splits and scores every word as the model does. */
class CompiledMaxentModelTest {

    private static final String[] WORDS = {"said,", "Minister.", "ODPM's", "(about", "£320m)", "weren't", "U.S.-led",
        "\"It's", "over,\"", "9am,", "MacWorld", "Okonjo-Iweala", "e-mail", "100,000", "3.5%", "rock'n'roll", "AT&T",
        "&amp;", "www.example.org/news", "Dr.", "Jr.", "—", "x", "", "...", "’Tis", "café.", "1990s", "o'clock", "[sic]"};

    @Test
    void theTokenizerUsesTheFlatTable() {
        TokenizerModel fast = EntityTestSupport.models().fastTokenizer();
        assertThat(fast.getMaxentModel()).isInstanceOf(CompiledMaxentModel.class);
        assertThat(fast.useAlphaNumericOptimization()).isEqualTo(EntityTestSupport.models().tokenizer().useAlphaNumericOptimization());
    }

    @Test
    void splitsAndProbabilitiesAreTheModelsOwn() {
        EntityModels models = EntityTestSupport.models();
        TokenizerME model = new TokenizerME(models.tokenizer());
        TokenizerME fast = new TokenizerME(models.fastTokenizer());
        for (String w : WORDS) {
            same(model, fast, w);
        }
        Random random = new Random(60);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?'\"()[]-–—/&%$£€’“”é_#@*+";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder w = new StringBuilder();
            int len = 1 + random.nextInt(14);
            for (int i = 0; i < len; i++) {
                w.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            same(model, fast, w.toString());
        }
    }

    @Test
    void evaluationIsBitForBitTheModels() {
        MaxentModel model = EntityTestSupport.models().tokenizer().getMaxentModel();
        MaxentModel fast = EntityTestSupport.models().fastTokenizer().getMaxentModel();
        String[][] contexts = {{}, {"no such feature"}, {"p=Mac", "s=World", "p1=c", "f1=W", "f1_caps"},
            {"p=said", "s=,", "p1=d", "p1_alpha", "f1=,", "f2=bok", "p1f1=d,", "p21=id"}};
        for (String[] c : contexts) {
            assertThat(fast.eval(c)).containsExactly(model.eval(c));
            assertThat(fast.eval(c, new double[fast.getNumOutcomes()])).containsExactly(model.eval(c, new double[model.getNumOutcomes()]));
        }
        for (int i = 0; i < model.getNumOutcomes(); i++) {
            assertThat(fast.getOutcome(i)).isEqualTo(model.getOutcome(i));
            assertThat(fast.getIndex(model.getOutcome(i))).isEqualTo(i);
        }
    }

    private static void same(TokenizerME model, TokenizerME fast, String word) {
        Span[] expected = model.tokenizePos(word);
        double[] expectedProbs = model.getTokenProbabilities();
        assertThat(fast.tokenizePos(word)).as(word).containsExactly(expected);
        assertThat(fast.getTokenProbabilities()).as(word).containsExactly(expectedProbs);
    }
}
