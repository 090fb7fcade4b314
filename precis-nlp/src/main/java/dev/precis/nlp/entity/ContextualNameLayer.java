package dev.precis.nlp.entity;

import dev.precis.nlp.ModelLoadException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A softmax layer over a token's contextual vector ({@link TokenVectors}) predicting the name tagger's
 * outcomes (person-start, organization-cont, other, …), used as a second expert beside the maximum-entropy
 * model: {@link #addLogScores} adds {@code weight × log p(outcome | vector)} to the model's summed
 * weights before they are normalised, so the tagger decodes the product of the two distributions.
 * Vectors are standardised with the training set's mean and spread, stored with the weights.
 * Immutable and thread-safe once built.
 */
public final class ContextualNameLayer {

    private static final int MAGIC = 0x50434e4c; // "PCNL"

    private final String[] outcomes;
    private final int dimension;
    private final float[] mean;
    private final float[] scale;
    /** Hidden units (ReLU); 0 for a plain softmax over the vector. */
    private final int hidden;
    /** hiddenWeights[h * (dimension + 1) + d]; the last column is the bias. Empty when hidden is 0. */
    private final float[] hiddenWeights;
    /** weights[o * (inputs + 1) + j] over the hidden units (or the vector); the last column is the bias. */
    private final float[] weights;

    private ContextualNameLayer(String[] outcomes, float[] mean, float[] scale, int hidden, float[] hiddenWeights,
            float[] weights) {
        this.outcomes = outcomes;
        this.dimension = mean.length;
        this.mean = mean;
        this.scale = scale;
        this.hidden = hidden;
        this.hiddenWeights = hiddenWeights;
        this.weights = weights;
    }

    public int dimension() {
        return dimension;
    }

    public List<String> outcomes() {
        return List.of(outcomes);
    }

    /**
     * Learns the layer by stochastic gradient descent on the multinomial log loss with L2 shrinkage, with
     * {@code hidden} ReLU units between vector and softmax (0: none). Written by hand: a 384 x 7 softmax
     * (or one small hidden layer) needs a few dozen lines, and the linear learners on Maven Central that
     * resolve here (Commons Math, OpenNLP's own maxent) take no dense real-valued input at this size
     * without making string features per dimension. Deterministic for the same data and seed.
     *
     * @param vectors one contextual vector per training token
     * @param labels the outcome of each token, an index into {@code outcomes}
     */
    public static ContextualNameLayer train(List<float[]> vectors, int[] labels, String[] outcomes, int hidden,
            int epochs, double rate, double l2, long seed) {
        int n = vectors.size();
        int d = vectors.get(0).length;
        int k = outcomes.length;
        float[] mean = new float[d];
        float[] scale = new float[d];
        double[] sum = new double[d];
        double[] sq = new double[d];
        for (float[] v : vectors) {
            for (int j = 0; j < d; j++) {
                sum[j] += v[j];
                sq[j] += (double) v[j] * v[j];
            }
        }
        for (int j = 0; j < d; j++) {
            double m = sum[j] / n;
            mean[j] = (float) m;
            scale[j] = (float) (1.0 / Math.sqrt(Math.max(1e-8, sq[j] / n - m * m)));
        }
        Random random = new Random(seed);
        int inStride = d + 1;
        int inputs = hidden == 0 ? d : hidden;
        int stride = inputs + 1;
        double[] w1 = new double[hidden * inStride];
        double init = Math.sqrt(2.0 / d);
        for (int i = 0; i < w1.length; i++) {
            w1[i] = i % inStride == d ? 0 : random.nextGaussian() * init;
        }
        double[] w = new double[k * stride];
        double[] x = new double[inStride];
        double[] a = new double[stride];
        double[] grad = new double[stride];
        double[] p = new double[k];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        long step = 0;
        long total = (long) epochs * n;
        for (int e = 0; e < epochs; e++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int idx : order) {
                double lr = rate * (1.0 - (double) step++ / total) + rate * 0.01;
                float[] v = vectors.get(idx);
                for (int j = 0; j < d; j++) {
                    x[j] = (v[j] - mean[j]) * scale[j];
                }
                x[d] = 1.0;
                if (hidden == 0) {
                    System.arraycopy(x, 0, a, 0, stride);
                } else {
                    for (int h = 0; h < hidden; h++) {
                        double acc = 0;
                        int base = h * inStride;
                        for (int j = 0; j < inStride; j++) {
                            acc += w1[base + j] * x[j];
                        }
                        a[h] = Math.max(0, acc);
                    }
                    a[hidden] = 1.0;
                }
                scores(w, a, k, stride, p);
                softmax(p);
                p[labels[idx]] -= 1.0;
                double shrink = 1.0 - lr * l2;
                if (hidden > 0) {
                    java.util.Arrays.fill(grad, 0);
                    for (int o = 0; o < k; o++) {
                        int base = o * stride;
                        for (int h = 0; h < hidden; h++) {
                            grad[h] += p[o] * w[base + h];
                        }
                    }
                }
                for (int o = 0; o < k; o++) {
                    double g = lr * p[o];
                    int base = o * stride;
                    for (int j = 0; j < stride; j++) {
                        w[base + j] = w[base + j] * shrink - g * a[j];
                    }
                }
                for (int h = 0; h < hidden; h++) {
                    if (a[h] <= 0) {
                        continue;
                    }
                    double g = lr * grad[h];
                    int base = h * inStride;
                    for (int j = 0; j < inStride; j++) {
                        w1[base + j] = w1[base + j] * shrink - g * x[j];
                    }
                }
            }
        }
        return new ContextualNameLayer(outcomes.clone(), mean, scale, hidden, toFloats(w1), toFloats(w));
    }

    private static float[] toFloats(double[] w) {
        float[] out = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = (float) w[i];
        }
        return out;
    }

    private static void scores(double[] w, double[] x, int k, int stride, double[] out) {
        for (int o = 0; o < k; o++) {
            double s = 0;
            int base = o * stride;
            for (int j = 0; j < stride; j++) {
                s += w[base + j] * x[j];
            }
            out[o] = s;
        }
    }

    private static void softmax(double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) {
            max = Math.max(max, v);
        }
        double z = 0;
        for (int o = 0; o < s.length; o++) {
            s[o] = Math.exp(s[o] - max);
            z += s[o];
        }
        for (int o = 0; o < s.length; o++) {
            s[o] /= z;
        }
    }

    /** A labelled sentence's outcomes as the name model encodes them (BIO: person-start, person-cont, other). */
    public static String[] outcomes(opennlp.tools.namefind.NameSample sample) {
        return new opennlp.tools.namefind.BioCodec().encode(sample.getNames(), sample.getSentence().length);
    }

    /** Log-probabilities of this layer's outcomes for one vector. */
    public double[] logProbabilities(float[] vector) {
        int k = outcomes.length;
        float[] x = new float[dimension];
        for (int j = 0; j < dimension; j++) {
            x[j] = (vector[j] - mean[j]) * scale[j];
        }
        float[] a = x;
        if (hidden > 0) {
            a = new float[hidden];
            int inStride = dimension + 1;
            for (int h = 0; h < hidden; h++) {
                int base = h * inStride;
                float acc = hiddenWeights[base + dimension];
                for (int j = 0; j < dimension; j++) {
                    acc += hiddenWeights[base + j] * x[j];
                }
                a[h] = Math.max(0, acc);
            }
        }
        int inputs = a.length;
        int stride = inputs + 1;
        double[] s = new double[k];
        for (int o = 0; o < k; o++) {
            int base = o * stride;
            double acc = weights[base + inputs];
            for (int j = 0; j < inputs; j++) {
                acc += weights[base + j] * a[j];
            }
            s[o] = acc;
        }
        double max = Arrays.stream(s).max().orElse(0);
        double z = 0;
        for (double v : s) {
            z += Math.exp(v - max);
        }
        double log = max + Math.log(z);
        for (int o = 0; o < k; o++) {
            s[o] -= log;
        }
        return s;
    }

    /**
     * For each of the name model's outcomes, the index of the same outcome in this layer, or -1 when the
     * layer does not know it (that outcome gets no contextual score).
     */
    int[] bind(String[] modelOutcomes) {
        int[] at = new int[modelOutcomes.length];
        for (int m = 0; m < modelOutcomes.length; m++) {
            at[m] = Arrays.asList(outcomes).indexOf(modelOutcomes[m]);
        }
        return at;
    }

    /**
     * Adds {@code weight × log p} for each token and model outcome to {@code sums}, laid out as
     * {@code sums[i * k + o]} with {@code k = bound.length}.
     */
    void addLogScores(float[][] vectors, int[] bound, double weight, double[] sums) {
        int k = bound.length;
        for (int i = 0; i < vectors.length; i++) {
            double[] lp = logProbabilities(vectors[i]);
            for (int o = 0; o < k; o++) {
                if (bound[o] >= 0) {
                    sums[i * k + o] += weight * lp[bound[o]];
                }
            }
        }
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
        data.writeInt(MAGIC);
        data.writeInt(outcomes.length);
        data.writeInt(dimension);
        data.writeInt(hidden);
        for (String o : outcomes) {
            data.writeUTF(o);
        }
        for (float f : mean) {
            data.writeFloat(f);
        }
        for (float f : scale) {
            data.writeFloat(f);
        }
        for (float f : hiddenWeights) {
            data.writeFloat(f);
        }
        for (float f : weights) {
            data.writeFloat(f);
        }
        data.flush();
    }

    /** Reads a layer {@link #write} wrote; a broken or foreign file is a {@link ModelLoadException}. */
    public static ContextualNameLayer read(InputStream in) {
        try {
            DataInputStream data = new DataInputStream(new BufferedInputStream(in));
            if (data.readInt() != MAGIC) {
                throw new ModelLoadException("not a Precis contextual name layer");
            }
            int k = data.readInt();
            int d = data.readInt();
            int hidden = data.readInt();
            if (k < 1 || k > 1000 || d < 1 || d > 100_000 || hidden < 0 || hidden > 100_000) {
                throw new ModelLoadException("contextual name layer has a bad shape: " + k + " x " + d);
            }
            String[] outcomes = new String[k];
            for (int o = 0; o < k; o++) {
                outcomes[o] = data.readUTF();
            }
            float[] mean = readFloats(data, d);
            float[] scale = readFloats(data, d);
            float[] hiddenWeights = readFloats(data, hidden * (d + 1));
            float[] weights = readFloats(data, k * ((hidden == 0 ? d : hidden) + 1));
            return new ContextualNameLayer(outcomes, mean, scale, hidden, hiddenWeights, weights);
        } catch (IOException e) {
            throw new ModelLoadException("cannot read the contextual name layer: " + e.getMessage(), e);
        }
    }

    private static float[] readFloats(DataInputStream data, int n) throws IOException {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = data.readFloat();
        }
        return out;
    }
}
