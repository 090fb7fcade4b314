package dev.precis.model;

/**
 * Small helpers for the dense vectors Precis stores and compares (meaning vectors of headlines and
 * leads): the encoders make them, the store keeps and compares them, so the one definition of "unit
 * length" lives here, below both.
 */
public final class Vectors {

    private Vectors() {
    }

    /** Scales {@code v} to unit length in place (a zero vector stays zero) and returns it. */
    public static float[] unitLength(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < v.length; i++) {
                v[i] *= scale;
            }
        }
        return v;
    }
}
