package dev.precis.eval.rouge;

/**
 * Precision, recall and F1 of one ROUGE variant for one reference/prediction pair, each in
 * {@code [0, 1]}. Immutable and thread-safe.
 *
 * @param precision matched units divided by the prediction's units
 * @param recall matched units divided by the reference's units
 * @param f1 harmonic mean of precision and recall, 0 when both are 0
 */
public record Prf(double precision, double recall, double f1) {

    /** All zero: what every variant scores when either side has no tokens. */
    public static final Prf ZERO = new Prf(0, 0, 0);

    /** Builds the triple from precision and recall, with F1 = 2PR/(P+R) (0 when P+R is 0). */
    public static Prf of(double precision, double recall) {
        double sum = precision + recall;
        return new Prf(precision, recall, sum > 0 ? 2 * precision * recall / sum : 0);
    }
}
