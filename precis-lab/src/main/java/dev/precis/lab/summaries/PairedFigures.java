package dev.precis.lab.summaries;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Per-article figures of the tuning-side checks ({@link LeadBonusCheck}): means and paired differences
 * (mean ± standard error) over the articles a mask keeps, so a check can report a subset (the
 * lead-strong proxy, its fitting or {@code select} part) without copying arrays.
 */
final class PairedFigures {

    private PairedFigures() {
    }

    static boolean[] and(boolean[] a, boolean[] b) {
        boolean[] out = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] && b[i];
        }
        return out;
    }

    static int count(boolean[] y, boolean[] keep) {
        int n = 0;
        for (int i = 0; i < y.length; i++) {
            n += y[i] && keep[i] ? 1 : 0;
        }
        return n;
    }

    static int countAbove(double[] p, double t, boolean[] keep) {
        int n = 0;
        for (int i = 0; i < p.length; i++) {
            n += keep[i] && p[i] >= t ? 1 : 0;
        }
        return n;
    }

    static double mean(double[] v, boolean[] keep) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < v.length; i++) {
            if (keep[i]) {
                sum += v[i];
                n++;
            }
        }
        return sum / Math.max(1, n);
    }

    static double diff(double[] a, double[] b, boolean[] keep) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (keep[i]) {
                sum += a[i] - b[i];
                n++;
            }
        }
        return sum / Math.max(1, n);
    }

    static String paired(double[] a, double[] b, boolean[] keep) {
        List<Double> d = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (keep[i]) {
                d.add(a[i] - b[i]);
            }
        }
        double m = d.stream().mapToDouble(v -> v).average().orElse(0);
        double var = d.stream().mapToDouble(v -> (v - m) * (v - m)).sum() / Math.max(1, d.size() - 1);
        return String.format(Locale.ROOT, "%+.3f ± %.3f (n %d)", m, Math.sqrt(var / Math.max(1, d.size())), d.size());
    }
}
