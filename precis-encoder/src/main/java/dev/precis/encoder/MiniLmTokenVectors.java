package dev.precis.encoder;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.precis.nlp.ModelLoadException;
import dev.precis.nlp.entity.TokenVectors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.Map;

/**
 * Contextual token vectors from all-MiniLM-L6-v2 (the model {@link MiniLmSentenceEncoder} ships): the
 * sentence's tokens are split into word pieces, run through the transformer once, and each token gets the
 * mean of its pieces' last-layer states. Sentences longer than the model's 512 positions are run in
 * consecutive pieces. One ONNX Runtime session per JVM, each call on the calling thread alone (as
 * {@link OneThreadMiniLm}). Thread-safe.
 */
public final class MiniLmTokenVectors implements TokenVectors {

    private static final int MAX_PIECES = 510;
    private static final long CLS = 101;
    private static final long SEP = 102;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;

    private MiniLmTokenVectors(byte[] model, InputStream tokenizerJson) throws IOException, OrtException {
        this.environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            this.session = environment.createSession(model, options);
        }
        this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson,
                Map.of("addSpecialTokens", "false", "padding", "false", "truncation", "false"));
    }

    /**
     * Loads the model and tokenizer from langchain4j's artifact.
     *
     * @throws ModelLoadException when either, or ONNX Runtime's native library, cannot be loaded
     */
    public static MiniLmTokenVectors load() {
        try (InputStream tokenizer = MiniLmFiles.tokenizer()) {
            return load(MiniLmFiles.model(), tokenizer);
        } catch (IOException e) {
            throw new ModelLoadException("cannot load MiniLM for token vectors: " + e.getMessage(), e);
        }
    }

    /** Loads from the given model bytes and tokenizer JSON (tests: a broken file is a ModelLoadException). */
    static MiniLmTokenVectors load(byte[] model, InputStream tokenizerJson) {
        try {
            return new MiniLmTokenVectors(model, tokenizerJson);
        } catch (IOException | OrtException | RuntimeException | LinkageError e) {
            throw new ModelLoadException("cannot load MiniLM for token vectors: " + e.getMessage(), e);
        }
    }

    @Override
    public int dimension() {
        return MiniLmSentenceEncoder.DIMENSION;
    }

    @Override
    public float[][] vectors(String[] tokens) {
        Encoding encoding = tokenizer.encode(tokens, false, false);
        long[] ids = encoding.getIds();
        long[] words = encoding.getWordIds();
        float[][] out = new float[tokens.length][MiniLmSentenceEncoder.DIMENSION];
        int[] counts = new int[tokens.length];
        try {
            for (int from = 0; from < ids.length; from += MAX_PIECES) {
                int to = Math.min(ids.length, from + MAX_PIECES);
                float[][] hidden = run(ids, from, to);
                for (int p = from; p < to; p++) {
                    int w = (int) words[p];
                    if (w < 0 || w >= tokens.length) {
                        continue;
                    }
                    float[] h = hidden[p - from + 1];
                    float[] v = out[w];
                    for (int j = 0; j < v.length; j++) {
                        v[j] += h[j];
                    }
                    counts[w]++;
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException("MiniLM failed on a sentence: " + e.getMessage(), e);
        }
        for (int w = 0; w < tokens.length; w++) {
            if (counts[w] > 1) {
                for (int j = 0; j < out[w].length; j++) {
                    out[w][j] /= counts[w];
                }
            }
        }
        return out;
    }

    /** Last-layer states of [CLS] pieces[from, to) [SEP]. */
    private float[][] run(long[] pieces, int from, int to) throws OrtException {
        int n = to - from + 2;
        long[] ids = new long[n];
        long[] mask = new long[n];
        ids[0] = CLS;
        System.arraycopy(pieces, from, ids, 1, to - from);
        ids[n - 1] = SEP;
        java.util.Arrays.fill(mask, 1);
        long[] shape = {1, n};
        try (OnnxTensor input = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
                OnnxTensor attention = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
                OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[n]), shape);
                OrtSession.Result result = session.run(Map.of("input_ids", input, "attention_mask", attention,
                        "token_type_ids", types))) {
            return ((float[][][]) result.get(0).getValue())[0];
        }
    }
}
