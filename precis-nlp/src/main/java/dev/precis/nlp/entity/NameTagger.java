package dev.precis.nlp.entity;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * Tags one sentence's tokens with the statistical model, the way OpenNLP's NameFinderME does, but
 * with Precis' own feature set ({@link NameFeatures}). When the model is a plain GIS model (the shipped
 * one and those {@code precis train ner} makes with MAXENT) and the codec's validator is OpenNLP's
 * name-finder validator, tagging runs through {@link CompiledBeamSearch} over a
 * {@link CompiledNameModel} (same results, several times faster); otherwise through OpenNLP's own beam
 * search. Keeps document-level adaptive data between calls until {@link #clearAdaptiveData()}.
 * Not thread-safe: one per thread.
 */
final class NameTagger {

    private final SequenceCodec<String> codec;
    private final CompiledBeamSearch compiled;
    private final SequenceClassificationModel model;
    private final NameContextGenerator context;
    private final SequenceValidator<String> validator;

    /** A tagger that flattens the model itself (tests, one-off use). */
    NameTagger(TokenNameFinderModel model, Gazetteer gazetteer) {
        this(model, gazetteer, compile(model));
    }

    /** A tagger over a model flattened once and shared ({@link EntityModels#compiledNames}); may be null. */
    NameTagger(TokenNameFinderModel model, Gazetteer gazetteer, CompiledNameModel flat) {
        this.codec = model.getFactory().createSequenceCodec();
        this.validator = codec.createSequenceValidator();
        if (flat != null && validator.getClass() == NameFinderSequenceValidator.class) {
            this.compiled = new CompiledBeamSearch(flat, beamSize(model), gazetteer, validator);
            this.model = null;
            this.context = null;
        } else {
            this.compiled = null;
            this.model = fastSequenceModel(model);
            this.context = NameFeatures.contextGenerator(gazetteer);
        }
    }

    /**
     * Decodes with the contextual layer as a second expert ({@link CompiledBeamSearch#contextual});
     * only the compiled path supports it.
     */
    void contextual(TokenVectors vectors, ContextualNameLayer layer, double weight) {
        if (compiled == null) {
            throw new IllegalStateException("contextual name scores need a plain GIS name model");
        }
        compiled.contextual(vectors, layer, weight);
    }

    /** The model's GIS weights flattened, or null when the model is not a plain GIS model. */
    static CompiledNameModel compile(TokenNameFinderModel model) {
        Object maxent = model.getArtifact("nameFinder.model");
        return maxent instanceof MaxentModel m ? CompiledNameModel.compile(m) : null;
    }

    boolean isCompiled() {
        return compiled != null;
    }

    /** The compiled path's state-independent feature hashes of token i (tests); only when compiled. */
    long[] featureHashes(String[] tokens, int i) {
        return compiled.featureHashes(tokens, i);
    }

    private static int beamSize(TokenNameFinderModel model) {
        String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        return beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
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
        return new BeamSearch(beamSize(model), PrefixReusingModel.wrap(m));
    }

    Span[] find(String[] tokens) {
        if (tokens.length == 0) {
            return new Span[0];
        }
        String[] outcomes;
        if (compiled != null) {
            outcomes = compiled.bestOutcomes(tokens);
            if (outcomes == null) {
                throw new IllegalStateException("no tag sequence scores above the floor");
            }
            compiled.updateAdaptiveData(tokens, outcomes);
        } else {
            Sequence best = model.bestSequence(tokens, new Object[0], context, validator);
            outcomes = best.getOutcomes().toArray(String[]::new);
            context.updateAdaptiveData(tokens, outcomes);
        }
        List<String> list = Arrays.asList(outcomes);
        return codec.decode(list);
    }

    void clearAdaptiveData() {
        if (compiled != null) {
            compiled.clearAdaptiveData();
        } else {
            context.clearAdaptiveData();
        }
    }
}
