package dev.precis.eval.summaries;

/**
 * The mean per-article difference between two systems scored on the same articles, with its standard
 * error. Every system in a table is scored on the same articles, so the paired error is the one to
 * judge "is Precis at least the lead?" by: it is several times smaller than the error of either mean
 * alone (±0.6 ROUGE points over 250 CNN articles, against ±0.2–0.3 for the paired difference).
 *
 * @param mean the mean of (a − b) over the articles, in the scores' own units
 * @param standardError the standard error of that mean (sample standard deviation / √n; 0 below 2
 *     articles)
 */
public record PairedDifference(double mean, double standardError) {

    /**
     * The paired difference of column {@code column} of two per-article score tables (as {@link
     * SummaryEvaluation#perCase} returns), scaled by {@code scale} (100 for ROUGE ×100).
     *
     * @throws IllegalArgumentException when the tables do not have the same number of rows
     */
    public static PairedDifference of(double[][] a, double[][] b, int column, double scale) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired scores need the same articles: " + a.length + " vs " + b.length);
        }
        int n = a.length;
        if (n == 0) {
            return new PairedDifference(0, 0);
        }
        double[] d = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            d[i] = scale * (a[i][column] - b[i][column]);
            sum += d[i];
        }
        double mean = sum / n;
        if (n < 2) {
            return new PairedDifference(mean, 0);
        }
        double squares = 0;
        for (double x : d) {
            squares += (x - mean) * (x - mean);
        }
        return new PairedDifference(mean, Math.sqrt(squares / (n - 1) / n));
    }

    /** The lower end of the one-standard-error band: above 0 when a is reliably ahead of b. */
    public double lowerBound() {
        return mean - standardError;
    }
}
