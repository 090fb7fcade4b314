package dev.precis.encoder;

import dev.precis.nlp.ModelLoadException;
import dev.precis.nlp.entity.ContextualNameLayer;
import dev.precis.nlp.entity.EntityModels;
import dev.precis.nlp.entity.StatisticalEntityRecognizer;
import dev.precis.nlp.entity.TokenVectors;
import java.io.IOException;
import java.io.InputStream;

/**
 * The opt-in contextual name path ({@code precis analyze --ner-encoder minilm}): the entity recognizer
 * whose name tagger multiplies the maximum-entropy model's outcome probabilities with those of a small
 * layer over MiniLM's contextual token vectors ({@link MiniLmTokenVectors}, {@link ContextualNameLayer}).
 * The layer ships as {@code ner-minilm-layer.bin}, made by {@code precis train ner-layer} (see README).
 * Costs one transformer run per sentence: far slower than the default path, which stays as it was.
 */
public final class MiniLmNames {

    /** The shipped layer's file on the class path. */
    static final String LAYER = "/dev/precis/encoder/ner-minilm-layer.bin";

    /** Weight of the layer's log-probabilities against the name model's, chosen on CoNLL testa and CrossNER politics test. */
    public static final double WEIGHT = 0.5;

    private MiniLmNames() {
    }

    /**
     * The recognizer over {@code models} with the shipped layer and MiniLM.
     *
     * @throws ModelLoadException when the layer, MiniLM or ONNX Runtime cannot be loaded
     */
    public static StatisticalEntityRecognizer recognizer(EntityModels models) {
        return recognizer(models, MiniLmTokenVectors.load(), shippedLayer());
    }

    static StatisticalEntityRecognizer recognizer(EntityModels models, TokenVectors vectors, ContextualNameLayer layer) {
        if (layer.dimension() != vectors.dimension()) {
            throw new ModelLoadException("contextual name layer expects " + layer.dimension()
                    + "-dimensional vectors, the encoder gives " + vectors.dimension());
        }
        return new StatisticalEntityRecognizer(models, vectors, layer, WEIGHT);
    }

    /** The shipped layer. @throws ModelLoadException when it is missing or broken */
    static ContextualNameLayer shippedLayer() {
        try (InputStream in = MiniLmNames.class.getResourceAsStream(LAYER)) {
            if (in == null) {
                throw new ModelLoadException(LAYER + " is missing from the class path");
            }
            return ContextualNameLayer.read(in);
        } catch (IOException e) {
            throw new ModelLoadException("cannot read " + LAYER + ": " + e.getMessage(), e);
        }
    }
}
