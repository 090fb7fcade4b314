package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Remembers another generator's features for each token of the current sentence. A window generator
 * asks for the same token's features at five positions (p2, p1, w, n1, n2); with this in between the
 * inner generator runs once per token. The features and their order are exactly the inner generator's.
 * Only for generators whose features depend on the tokens and the index alone (not on previous
 * outcomes or adaptive data). Not thread-safe, like the generators it wraps.
 */
final class SentenceMemo implements AdaptiveFeatureGenerator {

    private final AdaptiveFeatureGenerator inner;
    private String[] tokens;
    private List<List<String>> memo = new ArrayList<>();

    SentenceMemo(AdaptiveFeatureGenerator inner) {
        this.inner = inner;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != this.tokens) {
            this.tokens = tokens;
            memo = new ArrayList<>(tokens.length);
            for (int i = 0; i < tokens.length; i++) {
                memo.add(null);
            }
        }
        List<String> known = memo.get(index);
        if (known == null) {
            known = new ArrayList<>(4);
            inner.createFeatures(known, tokens, index, previousOutcomes);
            memo.set(index, known);
        }
        features.addAll(known);
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        inner.updateAdaptiveData(tokens, outcomes);
    }

    @Override
    public void clearAdaptiveData() {
        inner.clearAdaptiveData();
    }
}
