package dev.precis.lab.summaries;

/**
 * A small L2-regularised logistic regression over standardised article-level features, fitted by
 * Newton's method: the article-level "does the lead beat the free model here?" classifier of
 * {@link LeadBonusCheck}. Features are standardised with the fitting rows' means and deviations; the
 * intercept is not penalised.
 */
public final class ArticleLogistic {

    private final double[] mean;
    private final double[] scale;
    private final double[] beta;

    private ArticleLogistic(double[] mean, double[] scale, double[] beta) {
        this.mean = mean;
        this.scale = scale;
        this.beta = beta;
    }

    /** Fits on the rows with {@code use[i]} true (null: all), labels {@code y}, penalty {@code lambda}. */
    public static ArticleLogistic fit(double[][] x, boolean[] y, boolean[] use, double lambda) {
        int d = x[0].length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (use == null || use[i]) {
                n++;
                for (int k = 0; k < d; k++) {
                    mean[k] += x[i][k];
                }
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("no rows to fit");
        }
        for (int k = 0; k < d; k++) {
            mean[k] /= n;
        }
        for (int i = 0; i < x.length; i++) {
            if (use == null || use[i]) {
                for (int k = 0; k < d; k++) {
                    scale[k] += (x[i][k] - mean[k]) * (x[i][k] - mean[k]);
                }
            }
        }
        for (int k = 0; k < d; k++) {
            scale[k] = Math.sqrt(scale[k] / n);
            if (!(scale[k] > 1e-12)) {
                scale[k] = 1;
            }
        }
        double[] beta = new double[d + 1];
        ArticleLogistic m = new ArticleLogistic(mean, scale, beta);
        for (int iter = 0; iter < 50; iter++) {
            double[] grad = new double[d + 1];
            double[][] hess = new double[d + 1][d + 1];
            for (int i = 0; i < x.length; i++) {
                if (use != null && !use[i]) {
                    continue;
                }
                double[] z = m.standard(x[i]);
                double p = m.probabilityOf(z);
                double r = (y[i] ? 1 : 0) - p;
                double w = Math.max(p * (1 - p), 1e-9);
                for (int a = 0; a <= d; a++) {
                    grad[a] += r * z[a];
                    for (int b = 0; b <= d; b++) {
                        hess[a][b] += w * z[a] * z[b];
                    }
                }
            }
            for (int a = 1; a <= d; a++) {
                grad[a] -= lambda * beta[a];
                hess[a][a] += lambda;
            }
            double[] step = solve(hess, grad);
            double size = 0;
            for (int a = 0; a <= d; a++) {
                beta[a] += step[a];
                size = Math.max(size, Math.abs(step[a]));
            }
            if (size < 1e-8) {
                break;
            }
        }
        return m;
    }

    /** The predicted probability of the positive class for a raw feature row. */
    public double probability(double[] row) {
        return probabilityOf(standard(row));
    }

    /** The fitted coefficients on standardised features, intercept first. */
    public double[] coefficients() {
        return beta.clone();
    }

    private double[] standard(double[] row) {
        double[] z = new double[row.length + 1];
        z[0] = 1;
        for (int k = 0; k < row.length; k++) {
            z[k + 1] = (row[k] - mean[k]) / scale[k];
        }
        return z;
    }

    private double probabilityOf(double[] z) {
        double s = 0;
        for (int k = 0; k < z.length; k++) {
            s += beta[k] * z[k];
        }
        return 1 / (1 + Math.exp(-s));
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting ({@code a} symmetric positive definite here). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        double[] v = b.clone();
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            double tv = v[c];
            v[c] = v[pivot];
            v[pivot] = tv;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k < n; k++) {
                    m[r][k] -= f * m[c][k];
                }
                v[r] -= f * v[c];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = v[r];
            for (int k = r + 1; k < n; k++) {
                s -= m[r][k] * x[k];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }

    /** The area under the ROC curve of scores {@code p} for labels {@code y}, over rows with {@code use[i]} (null: all). */
    public static double auc(double[] p, boolean[] y, boolean[] use) {
        long pairs = 0;
        double wins = 0;
        for (int i = 0; i < p.length; i++) {
            if ((use != null && !use[i]) || !y[i]) {
                continue;
            }
            for (int j = 0; j < p.length; j++) {
                if ((use != null && !use[j]) || y[j]) {
                    continue;
                }
                pairs++;
                wins += p[i] > p[j] ? 1 : p[i] == p[j] ? 0.5 : 0;
            }
        }
        return pairs == 0 ? Double.NaN : wins / pairs;
    }
}
