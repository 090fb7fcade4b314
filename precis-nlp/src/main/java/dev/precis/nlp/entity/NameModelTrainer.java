package dev.precis.nlp.entity;

import java.io.IOException;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the statistical name model from labelled sentences with Precis' feature set
 * ({@link NameFeatures}, including the gazetteer). Deterministic for the same data and settings.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * TokenNameFinderModel m = new NameModelTrainer(Gazetteer.load(), "MAXENT", 100, 3, 1)
 *         .train(new NerCorpusReader(false).read(Path.of("train")));
 * }</pre>
 */
public final class NameModelTrainer {

    private final Gazetteer gazetteer;
    private final String algorithm;
    private final int iterations;
    private final int cutoff;
    private final int beamSize;

    /**
     * @param algorithm OpenNLP trainer: MAXENT or PERCEPTRON
     * @param beamSize decoding beam stored with the model (1 = greedy, fastest)
     */
    public NameModelTrainer(Gazetteer gazetteer, String algorithm, int iterations, int cutoff, int beamSize) {
        this.gazetteer = gazetteer;
        this.algorithm = algorithm;
        this.iterations = iterations;
        this.cutoff = cutoff;
        this.beamSize = beamSize;
    }

    public TokenNameFinderModel train(List<NameSample> samples) throws IOException {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no training sentences");
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, beamSize);
        return NameFinderME.train("en", null, new CollectionObjectStream<>(samples), params,
                new GazetteerNameFinderFactory(gazetteer));
    }
}
