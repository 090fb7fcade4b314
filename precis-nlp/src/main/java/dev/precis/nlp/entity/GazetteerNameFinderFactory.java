package dev.precis.nlp.entity;

import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * OpenNLP factory that trains with {@link NameFeatures}. OpenNLP re-creates it by reflection when a
 * model is read (hence the public no-argument constructor); Precis then only uses the model's
 * sequence model and builds the features itself in {@link NameTagger}. Not for direct use.
 */
public final class GazetteerNameFinderFactory extends TokenNameFinderFactory {

    private final Gazetteer gazetteer;

    /** For OpenNLP's reflective model loading only. */
    public GazetteerNameFinderFactory() {
        this.gazetteer = null;
    }

    GazetteerNameFinderFactory(Gazetteer gazetteer) {
        super(null, java.util.Map.of(), new BioCodec());
        this.gazetteer = gazetteer;
    }

    @Override
    public NameContextGenerator createContextGenerator() {
        if (gazetteer == null) {
            return super.createContextGenerator();
        }
        return NameFeatures.contextGenerator(gazetteer);
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        return null;
    }
}
