package dev.precis.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The flattened model and the compiled beam search give exactly what OpenNLP's own GISModel and
 * BeamSearch give with the same feature generators: the same probabilities, tags and spans.
 */
class CompiledTaggerEquivalenceTest {

    /** Written for this test: names, organisations, places, repeats (adaptive data), odd tokens. */
    private static final List<String> DOCUMENTS = List.of(
            "Angela Merkel met Emmanuel Macron in Berlin on Monday. Merkel said the European Union would act. "
                    + "Macron, speaking to reporters at the Chancellery, agreed. The talks, which the German "
                    + "government described as \"constructive\", lasted three hours.",
            "Shares in Vodafone Group plc fell 4% in London after the company warned on profits. Analysts at "
                    + "Goldman Sachs and Morgan Stanley cut their targets; Vodafone's chief executive, Nick Read, "
                    + "declined to comment. The FTSE 100 closed 0.3% lower at 7,512.6 points.",
            "MANCHESTER UNITED 2 LIVERPOOL 1. Wayne Rooney scored twice at Old Trafford as United beat "
                    + "Liverpool, with Steven Gerrard pulling one back for the visitors in the 89th minute. "
                    + "Sir Alex Ferguson praised Rooney. Rooney, 19, has now scored 12 goals this season.",
            "The United Nations Security Council voted 13-0 on Tuesday to extend the mission in South Sudan. "
                    + "Russia and China abstained. UN Secretary-General Kofi Annan welcomed the vote in New York, "
                    + "while the US ambassador, John Bolton, called it overdue.",
            "Apple Inc. unveiled the iPod nano in San Francisco. Steve Jobs showed the device on stage at the "
                    + "Moscone Center; Microsoft and Sony Corp. are expected to respond. iTunes sales rose 60%.",
            "Mr. O'Brien-Smith, a lawyer from Dublin, told the High Court in Belfast that Ms. van der Berg had "
                    + "not been informed. Judge McCartney adjourned the case until 14 March. O'Brien-Smith left.",
            "a b c d e f g h i j k l m n o p q r s t u v w x y z A B C D E F G H I J K L M N O P Q R S T U V W "
                    + "X Y Z 1 2 3 ... ??? --- ((( ))) @@@ ### New York New York New York Paris Paris London",
            "BBC News Online reported that Gordon Brown, the Chancellor, and Tony Blair met at Downing Street. "
                    + "Brown and Blair later flew to Washington to meet George W. Bush and Condoleezza Rice.");

    private static EntityModels models;

    @BeforeAll
    static void load() {
        models = EntityModels.loadDefault();
    }

    @Test
    void theFlattenedModelGivesBitIdenticalProbabilities() {
        MaxentModel plain = models.names().getArtifact("nameFinder.model");
        CompiledNameModel flat = CompiledNameModel.compile(plain);
        assertThat(flat).isNotNull();
        NameContextGenerator features = NameFeatures.contextGenerator(models.gazetteer());
        int k = plain.getNumOutcomes();
        int compared = 0;
        for (String[] tokens : sentences()) {
            for (int i = 0; i < tokens.length; i++) {
                for (int prev = 0; prev < k; prev++) {
                    String[] history = new String[i];
                    Arrays.fill(history, plain.getOutcome(prev));
                    String[] context = features.getContext(i, tokens, history, new Object[0]);
                    double[] sums = flat.startSums(new double[k]);
                    for (String f : context) {
                        flat.add(flat.row(f), sums);
                    }
                    assertThat(flat.normalise(sums)).as("token %s", tokens[i])
                            .containsExactly(plain.eval(context, new double[k]));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(2000);
    }

    @Test
    void theShippedModelTagsExactlyAsOpenNlpDoes() {
        TokenNameFinderModel model = models.names();
        NameTagger tagger = new NameTagger(model, models.gazetteer());
        assertThat(tagger.isCompiled()).isTrue();
        int spans = assertSameAsOpenNlp(model, tagger);
        assertThat(spans).as("the documents have names to find").isGreaterThan(30);
    }

    @Test
    void aTrainedMaxentModelIsCompiledAndTagsAsOpenNlpDoes() throws IOException {
        TokenNameFinderModel model = new NameModelTrainer(models.gazetteer(), "MAXENT", 30, 1, 3).train(samples());
        NameTagger tagger = new NameTagger(model, models.gazetteer());
        assertThat(tagger.isCompiled()).isTrue();
        assertSameAsOpenNlp(model, tagger);
    }

    @Test
    void aPerceptronModelFallsBackToOpenNlpsSearch() throws IOException {
        TokenNameFinderModel model = new NameModelTrainer(models.gazetteer(), "PERCEPTRON", 30, 1, 3).train(samples());
        NameTagger tagger = new NameTagger(model, models.gazetteer());
        assertThat(tagger.isCompiled()).isFalse();
        assertThat(tagger.find("Angela Merkel visited Paris .".split(" "))).isNotNull();
    }

    /** Tags every document with both paths (adaptive data kept per document); returns the span count. */
    private static int assertSameAsOpenNlp(TokenNameFinderModel model, NameTagger tagger) {
        MaxentModel plain = model.getArtifact("nameFinder.model");
        String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        BeamSearch search = new BeamSearch(beam == null ? 3 : Integer.parseInt(beam), plain);
        SequenceCodec<String> codec = model.getFactory().createSequenceCodec();
        SequenceValidator<String> validator = codec.createSequenceValidator();
        NameContextGenerator context = NameFeatures.contextGenerator(models.gazetteer());
        AdaptiveFeatureGenerator[] generators = NameFeatures.generators(models.gazetteer());
        StatisticalEntityRecognizer ner = new StatisticalEntityRecognizer(models);
        int spans = 0;
        int clusterFeatures = 0;
        for (String text : DOCUMENTS) {
            TokenizedText doc = ner.tokenize(text, new NewsSentenceSplitter().split(text));
            tagger.clearAdaptiveData();
            context.clearAdaptiveData();
            Arrays.stream(generators).forEach(AdaptiveFeatureGenerator::clearAdaptiveData);
            for (String[] tokens : doc.tokens()) {
                for (int i = 0; i < tokens.length; i++) {
                    List<String> strings = new ArrayList<>();
                    for (AdaptiveFeatureGenerator g : generators) {
                        g.createFeatures(strings, tokens, i, new String[0]);
                    }
                    clusterFeatures += (int) strings.stream().filter(f -> f.matches("([pn][12])?c[cf]=\\d+")).count();
                    long[] expected = strings.stream().mapToLong(FeatureHash::of).toArray();
                    assertThat(tagger.featureHashes(tokens, i)).as("features %s", strings).containsExactly(expected);
                }
                Sequence best = search.bestSequence(tokens, new Object[0], context, validator);
                String[] outcomes = best.getOutcomes().toArray(String[]::new);
                context.updateAdaptiveData(tokens, outcomes);
                Arrays.stream(generators).forEach(g -> g.updateAdaptiveData(tokens, outcomes));
                Span[] expected = codec.decode(best.getOutcomes());
                assertThat(tagger.find(tokens)).as(String.join(" ", tokens)).containsExactly(expected);
                spans += expected.length;
            }
        }
        assertThat(clusterFeatures).as("word-cluster features compared (window positions included)").isGreaterThan(500);
        return spans;
    }

    private static List<String[]> sentences() {
        StatisticalEntityRecognizer ner = new StatisticalEntityRecognizer(models);
        List<String[]> out = new ArrayList<>();
        for (String text : DOCUMENTS) {
            out.addAll(ner.tokenize(text, new NewsSentenceSplitter().split(text)).tokens());
        }
        return out;
    }

    /** A small labelled set: each document's own tags from the shipped model. */
    private static List<NameSample> samples() {
        NameTagger tagger = new NameTagger(models.names(), models.gazetteer());
        List<NameSample> samples = new ArrayList<>();
        for (String[] tokens : sentences()) {
            samples.add(new NameSample(tokens, tagger.find(tokens), false));
        }
        return samples;
    }
}
