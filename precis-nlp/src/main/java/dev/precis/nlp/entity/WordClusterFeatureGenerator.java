package dev.precis.nlp.entity;

import java.util.Collections;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * A token's {@link WordClusters} features (coarse, then fine cluster of the word). Depends on the
 * token alone; stateless apart from the list it reads.
 */
final class WordClusterFeatureGenerator implements AdaptiveFeatureGenerator {

    private final WordClusters clusters;

    WordClusterFeatureGenerator(WordClusters clusters) {
        this.clusters = clusters;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        Collections.addAll(features, clusters.features(tokens[index]));
    }
}
