package dev.precis.nlp.entity;

/**
 * Contextual vectors for the tokens of one sentence, from a pretrained encoder that lives outside this
 * module (precis-encoder's MiniLM), so that precis-nlp needs no ONNX Runtime. Used by the opt-in
 * {@link ContextualNameLayer}. Implementations are thread-safe.
 */
public interface TokenVectors {

    /** Length of each vector. */
    int dimension();

    /** One vector per token, in order; {@code tokens} is non-empty. */
    float[][] vectors(String[] tokens);
}
