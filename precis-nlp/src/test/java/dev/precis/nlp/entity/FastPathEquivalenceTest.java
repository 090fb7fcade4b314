package dev.precis.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Sentence;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The speed-ups in the recognizer change nothing: same probabilities, same tokens, same tags. */
class FastPathEquivalenceTest {

    private static final String TEXT = "Russia's Foreign Minister Sergei Lavrov met OSCE chair Ian Borg in Valletta on "
            + "Thursday (5 December), the U.S.-based group said. \"We're not leaving,\" he told reporters at 10:30.\n\n"
            + "Shares in Deutsche Bank AG rose 3.5% to €12.40 after the Frankfurt-listed lender's results; "
            + "analysts at J.P. Morgan & Co. called it \"a turning point\" — e-mail: ir@example.com. "
            + "Mr. O'Neill, 54, and Mrs. Smith-Jones visited New York-based firms in mid-2024.";

    private static EntityModels models;

    @BeforeAll
    static void load() {
        models = EntityModels.loadDefault();
    }

    @Test
    void theNameModelGivesBitIdenticalProbabilitiesThroughThePrefixCache() {
        MaxentModel plain = models.names().getArtifact("nameFinder.model");
        MaxentModel fast = PrefixReusingModel.wrap(plain);
        assertThat(fast).isInstanceOf(PrefixReusingModel.class);
        NameContextGenerator features = NameFeatures.contextGenerator(models.gazetteer());
        StatisticalEntityRecognizer ner = new StatisticalEntityRecognizer(models);
        List<Sentence> sentences = new NewsSentenceSplitter().split(TEXT);
        TokenizedText doc = ner.tokenize(TEXT, sentences);
        String[] outcomes = new String[plain.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = plain.getOutcome(i);
        }
        int compared = 0;
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            for (int i = 0; i < tokens.length; i++) {
                // every beam state a search could be in: each previous outcome pair
                for (String prev : outcomes) {
                    String[] history = new String[i];
                    Arrays.fill(history, prev);
                    String[] context = features.getContext(i, tokens, history, new Object[0]);
                    double[] expected = plain.eval(context.clone(), new double[outcomes.length]);
                    double[] actual = fast.eval(context, new double[outcomes.length]);
                    assertThat(actual).as("token %s", tokens[i]).containsExactly(expected);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(500);
    }

    @Test
    void beamSearchThroughTheCacheFindsTheSameSequences() {
        MaxentModel plain = models.names().getArtifact("nameFinder.model");
        BeamSearch slow = new BeamSearch(3, plain);
        BeamSearch fast = new BeamSearch(3, PrefixReusingModel.wrap(plain));
        NameContextGenerator a = NameFeatures.contextGenerator(models.gazetteer());
        NameContextGenerator b = NameFeatures.contextGenerator(models.gazetteer());
        TokenizedText doc = new StatisticalEntityRecognizer(models).tokenize(TEXT, new NewsSentenceSplitter().split(TEXT));
        NameTagger tagger = new NameTagger(models.names(), models.gazetteer());
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            Sequence[] x = slow.bestSequences(3, tokens, new Object[0], a, (i, seq, out, o) -> true);
            Sequence[] y = fast.bestSequences(3, tokens, new Object[0], b, (i, seq, out, o) -> true);
            assertThat(y).hasSameSizeAs(x);
            for (int k = 0; k < x.length; k++) {
                assertThat(y[k].getOutcomes()).isEqualTo(x[k].getOutcomes());
                assertThat(y[k].getScore()).isEqualTo(x[k].getScore());
            }
            assertThat(tagger.find(tokens)).isNotNull();
        }
    }

    @Test
    void wordByWordTokenizationEqualsSentenceTokenization() {
        StatisticalEntityRecognizer ner = new StatisticalEntityRecognizer(models);
        List<Sentence> sentences = new NewsSentenceSplitter().split(TEXT);
        TokenizerME tok = new TokenizerME(models.tokenizer());
        // twice: the second pass is served from the word cache
        for (int pass = 0; pass < 2; pass++) {
            TokenizedText doc = ner.tokenize(TEXT, sentences);
            List<String> got = new ArrayList<>();
            doc.tokens().forEach(t -> got.addAll(List.of(t)));
            List<String> expected = new ArrayList<>();
            for (Sentence sentence : sentences) {
                // the sentence tokenized whole, its tokens grouped by the white-space word they lie in and
                // repaired per word as the recognizer does (TokenRepairs, tested on its own)
                String st = sentence.text(TEXT);
                Span[] spans = tok.tokenizePos(st);
                Span[] words = opennlp.tools.tokenize.WhitespaceTokenizer.INSTANCE.tokenizePos(st);
                for (int w = 0; w < words.length; w++) {
                    List<Integer> parts = new ArrayList<>();
                    for (Span sp : spans) {
                        if (sp.getStart() >= words[w].getStart() && sp.getEnd() <= words[w].getEnd()) {
                            parts.add(sp.getStart() - words[w].getStart());
                            parts.add(sp.getEnd() - words[w].getStart());
                        }
                    }
                    String word = words[w].getCoveredText(st).toString();
                    int[] p = TokenRepairs.repair(word, parts.stream().mapToInt(Integer::intValue).toArray());
                    if (w == words.length - 1) {
                        p = TokenRepairs.splitFinalStop(word, p);
                    }
                    for (int k = 0; k < p.length; k += 2) {
                        String t = word.substring(p[k], p[k + 1]);
                        if (t.length() > 2 && (t.endsWith("’s") || t.endsWith("'s"))) {
                            expected.add(t.substring(0, t.length() - 2));
                            expected.add(t.substring(t.length() - 2));
                        } else {
                            expected.add(t);
                        }
                    }
                }
            }
            assertThat(got).isEqualTo(expected);
        }
    }
}
