package dev.precis.nlp.encoder;

import dev.precis.model.Vectors;
import java.util.List;

/**
 * Turns sentences (or short passages: a headline with its lead) into dense vectors whose cosine
 * measures how close their meanings are, beyond shared words ("Moscow" and "the Kremlin", "quit" and
 * "resigned"). Vectors have unit length, so the cosine is the dot product ({@link #cosine}).
 *
 * <p>Implementations are thread-safe; {@code dev.precis.encoder.MiniLmSentenceEncoder} (module precis-encoder) is the pretrained one.
 */
public interface SentenceEncoder {

    /** Length of every vector this encoder returns. */
    int dimension();

    /** One unit-length vector per text, in order; an empty or blank text gives a zero vector. */
    float[][] encode(List<String> texts);

    /** Cosine of two unit-length vectors (their dot product); 0 when either is a zero vector. */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    /** The unit-length mean of the vectors (the zero vector when there are none). */
    static float[] centroid(float[][] vectors, int from, int to) {
        if (vectors.length == 0) {
            return new float[0];
        }
        float[] sum = new float[vectors[0].length];
        for (int i = from; i < to; i++) {
            for (int k = 0; k < sum.length; k++) {
                sum[k] += vectors[i][k];
            }
        }
        Vectors.unitLength(sum);
        return sum;
    }
}
