package dev.precis.nlp.entity;

import java.util.List;
import opennlp.tools.ml.model.SequenceClassificationModel;
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
        this.model = model.getNameFinderSequenceModel();
        this.context = NameFeatures.contextGenerator(gazetteer);
        this.codec = model.getFactory().createSequenceCodec();
        this.validator = codec.createSequenceValidator();
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
