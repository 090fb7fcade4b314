package dev.precis.nlp.entity;

import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.PreviousMapFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The name finder's feature set, the same for training and for tagging: OpenNLP's standard
 * window of tokens and token classes, prefixes and suffixes, bigrams, sentence start, the
 * previous-mention map (document-level adaptive data), {@link GazetteerFeatureGenerator}, and the
 * {@link WordClusters} of the words in a two-token window.
 * Each call builds fresh, non-thread-safe generators.
 */
final class NameFeatures {

    private NameFeatures() {
    }

    static NameContextGenerator contextGenerator(Gazetteer gazetteer) {
        return new DefaultNameContextGenerator(generators(gazetteer));
    }

    /**
     * The generators {@link DefaultNameContextGenerator} runs, in order, before it appends the four
     * previous-outcome features (po, pow, powf, ppo). None of them reads the previous outcomes, so
     * within one sentence their features depend on the token index alone ({@link CompiledBeamSearch}
     * relies on this).
     */
    static AdaptiveFeatureGenerator[] generators(Gazetteer gazetteer) {
        // SentenceMemo: each token's features are computed once, not once per window position
        AdaptiveFeatureGenerator gazetteerFeatures = new WindowFeatureGenerator(
                new SentenceMemo(new GazetteerFeatureGenerator(gazetteer)), 1, 1);
        AdaptiveFeatureGenerator cached = new CachedFeatureGenerator(
                new WindowFeatureGenerator(new SentenceMemo(new TokenFeatureGenerator()), 2, 2),
                new WindowFeatureGenerator(new SentenceMemo(new TokenClassFeatureGenerator(true)), 2, 2),
                new PrefixFeatureGenerator(),
                new SuffixFeatureGenerator(),
                new BigramNameFeatureGenerator(),
                new SentenceFeatureGenerator(true, false),
                gazetteerFeatures,
                new WindowFeatureGenerator(
                        new SentenceMemo(new WordClusterFeatureGenerator(gazetteer.clusters())), 2, 2));
        return new AdaptiveFeatureGenerator[] {
            new OutcomePriorFeatureGenerator(), cached, new PreviousMapFeatureGenerator()};
    }
}
