package dev.precis.encoder;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.precis.model.Vectors;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Makes {@link StaticMiniLm}'s table from all-MiniLM-L6-v2 and a sample of news text:
 * <ol>
 *   <li>every word piece of the vocabulary goes through MiniLM alone ({@code [CLS] piece [SEP]},
 *       mean-pooled as MiniLM pools sentences, unit length);</li>
 *   <li>the vectors are centred and projected on their first {@code dimension} principal components
 *       (commons-math's eigendecomposition of the 384×384 covariance), which also evens out the
 *       directions that every piece shares;</li>
 *   <li>each row is weighted by {@code a / (a + p)}, p the word piece's share of the news sample's
 *       pieces (smooth inverse frequency; "the" counts for little, "Lavrov" fully);</li>
 *   <li>rows are stored 8-bit with one scale each.</li>
 * </ol>
 * Special and unused pieces get empty rows. Written by hand because it is a one-off, offline build
 * step of this product's own model; no library packages the distillation for the JVM.
 */
public final class StaticMiniLmDistiller {

    /** Smooth-inverse-frequency constant (Arora et al.'s default). */
    public static final double SIF = 1e-3;
    private static final int BATCH = 256;

    private StaticMiniLmDistiller() {
    }

    /**
     * Writes the table.
     *
     * @param sample news texts whose word-piece counts set the weights
     * @return the number of word pieces with a vector
     */
    public static int distill(Iterable<String> sample, int dimension, double sif, Path out) throws IOException {
        try (HuggingFaceTokenizer tokenizer = StaticMiniLm.tokenizer()) {
            int size = vocabularySize(tokenizer);
            long[] counts = new long[size];
            long total = 0;
            for (String text : sample) {
                for (long id : tokenizer.encode(text).getIds()) {
                    if (id >= 0 && id < size) {
                        counts[(int) id]++;
                        total++;
                    }
                }
            }
            if (total == 0) {
                throw new IllegalArgumentException("the news sample has no text");
            }
            boolean[] used = usedPieces(tokenizer, size);
            float[][] vectors = pieceVectors(used);
            float[][] reduced = principalComponents(vectors, used, dimension);
            int n = 0;
            try (OutputStream file = Files.newOutputStream(out);
                    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(file, 1 << 16))) {
                data.writeInt(StaticMiniLm.MAGIC);
                data.writeInt(size);
                data.writeInt(dimension);
                byte[] row = new byte[dimension];
                for (int t = 0; t < size; t++) {
                    float max = 0;
                    if (used[t]) {
                        double weight = sif / (sif + (double) counts[t] / total);
                        for (int k = 0; k < dimension; k++) {
                            reduced[t][k] *= (float) weight;
                            max = Math.max(max, Math.abs(reduced[t][k]));
                        }
                    }
                    float scale = max / 127f;
                    for (int k = 0; k < dimension; k++) {
                        row[k] = scale == 0 ? 0 : (byte) Math.round(reduced[t][k] / scale);
                    }
                    data.writeFloat(scale);
                    data.write(row);
                    n += scale == 0 ? 0 : 1;
                }
            }
            return n;
        } catch (OrtException e) {
            throw new IOException("ONNX Runtime: " + e.getMessage(), e);
        }
    }

    /** Size of MiniLM's vocabulary (BERT's uncased word pieces), checked against the tokenizer. */
    private static int vocabularySize(HuggingFaceTokenizer tokenizer) {
        int size = 30522;
        if (!"[UNK]".equals(tokenizer.decode(new long[] {100}, false).trim())) {
            throw new IllegalStateException("unexpected tokenizer: not BERT's uncased word pieces");
        }
        return size;
    }

    /** Pieces that text can produce: not [PAD], [unusedN], [UNK], [CLS], [SEP] or [MASK]. */
    private static boolean[] usedPieces(HuggingFaceTokenizer tokenizer, int size) {
        boolean[] used = new boolean[size];
        for (int t = 0; t < size; t++) {
            String piece = tokenizer.decode(new long[] {t}, false).trim();
            used[t] = !(piece.isEmpty() || piece.startsWith("[") && piece.endsWith("]") && piece.length() > 2);
        }
        return used;
    }

    private static float[][] pieceVectors(boolean[] used) throws IOException, OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        float[][] vectors = new float[used.length][];
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                OrtSession session = env.createSession(MiniLmFiles.model(), options)) {
            int[] ids = new int[BATCH];
            int n = 0;
            for (int t = 0; t <= used.length; t++) {
                if (t < used.length && used[t]) {
                    ids[n++] = t;
                }
                if (n == BATCH || t == used.length && n > 0) {
                    run(env, session, ids, n, vectors);
                    n = 0;
                }
            }
        }
        return vectors;
    }

    private static void run(OrtEnvironment env, OrtSession session, int[] pieces, int n, float[][] into) throws OrtException {
        long[] ids = new long[n * 3];
        long[] mask = new long[n * 3];
        for (int i = 0; i < n; i++) {
            ids[i * 3] = 101;
            ids[i * 3 + 1] = pieces[i];
            ids[i * 3 + 2] = 102;
        }
        Arrays.fill(mask, 1);
        long[] shape = {n, 3};
        try (OnnxTensor input = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
                OnnxTensor attention = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
                OnnxTensor types = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[n * 3]), shape);
                OrtSession.Result result = session.run(Map.of("input_ids", input, "attention_mask", attention,
                        "token_type_ids", types))) {
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            for (int i = 0; i < n; i++) {
                float[] v = new float[hidden[i][0].length];
                for (float[] position : hidden[i]) {
                    for (int k = 0; k < v.length; k++) {
                        v[k] += position[k] / 3f;
                    }
                }
                Vectors.unitLength(v);
                into[pieces[i]] = v;
            }
        }
    }

    private static float[][] principalComponents(float[][] vectors, boolean[] used, int dimension) {
        int d = 0;
        int count = 0;
        for (int t = 0; t < vectors.length; t++) {
            if (used[t]) {
                d = vectors[t].length;
                count++;
            }
        }
        if (dimension > d) {
            throw new IllegalArgumentException("dimension " + dimension + " is more than the encoder's " + d);
        }
        double[] mean = new double[d];
        for (int t = 0; t < vectors.length; t++) {
            if (used[t]) {
                for (int k = 0; k < d; k++) {
                    mean[k] += vectors[t][k] / count;
                }
            }
        }
        double[][] cov = new double[d][d];
        double[] c = new double[d];
        for (int t = 0; t < vectors.length; t++) {
            if (!used[t]) {
                continue;
            }
            centre(vectors[t], mean, c);
            for (int i = 0; i < d; i++) {
                for (int j = i; j < d; j++) {
                    cov[i][j] += c[i] * c[j];
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                cov[i][j] = cov[j][i];
            }
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(cov, false));
        double[] values = eigen.getRealEigenvalues();
        Integer[] order = new Integer[d];
        for (int i = 0; i < d; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(values[y], values[x]));
        RealMatrix v = eigen.getV();
        double[][] basis = new double[dimension][d];
        for (int p = 0; p < dimension; p++) {
            for (int k = 0; k < d; k++) {
                basis[p][k] = v.getEntry(k, order[p]);
            }
        }
        float[][] out = new float[vectors.length][dimension];
        for (int t = 0; t < vectors.length; t++) {
            if (!used[t]) {
                continue;
            }
            centre(vectors[t], mean, c);
            for (int p = 0; p < dimension; p++) {
                double s = 0;
                for (int k = 0; k < d; k++) {
                    s += c[k] * basis[p][k];
                }
                out[t][p] = (float) s;
            }
        }
        return out;
    }

    /** {@code v - mean} into {@code out}. */
    private static void centre(float[] v, double[] mean, double[] out) {
        for (int k = 0; k < out.length; k++) {
            out[k] = v[k] - mean[k];
        }
    }
}
