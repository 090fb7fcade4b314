package dev.precis.nlp.entity;

import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * Tags one sentence's tokens with the statistical model, the way OpenNLP's NameFinderME does, but
 * with Precis' own feature set ({@link NameFeatures}). Keeps document-level adaptive data between
 * calls until {@link #clearAdaptiveData()}. Not thread-safe: one per thread.
 */
final class NameTagger {

    private final SequenceClassificationModel model;
    private final NameContextGenerator context;
    private final SequenceCodec<String> codec;
    private final SequenceValidator<String> validator;

    NameTagger(TokenNameFinderModel model, Gazetteer gazetteer) {
        this.model = fastSequenceModel(model);
        this.context = NameFeatures.contextGenerator(gazetteer);
        this.codec = model.getFactory().createSequenceCodec();
        this.validator = codec.createSequenceValidator();
    }

    /**
     * OpenNLP's beam search over the name model, as {@code getNameFinderSequenceModel()} builds it,
     * but evaluating through {@link PrefixReusingModel} (same results, fewer lookups).
     */
    private static SequenceClassificationModel fastSequenceModel(TokenNameFinderModel model) {
        Object maxent = model.getArtifact("nameFinder.model");
        if (!(maxent instanceof MaxentModel m)) {
            return model.getNameFinderSequenceModel();
        }
        String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        int size = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        return new BeamSearch(size, PrefixReusingModel.wrap(m));
    }

    Span[] find(String[] tokens) {
        if (tokens.length == 0) {
            return new Span[0];
        }
        Sequence best = model.bestSequence(tokens, new Object[0], context, validator);
        List<String> outcomes = best.getOutcomes();
        context.updateAdaptiveData(tokens, outcomes.toArray(String[]::new));
        return codec.decode(outcomes);
    }

    void clearAdaptiveData() {
        context.clearAdaptiveData();
    }
}
