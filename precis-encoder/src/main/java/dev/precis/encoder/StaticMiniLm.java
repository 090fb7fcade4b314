package dev.precis.encoder;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.precis.model.Vectors;
import dev.precis.nlp.ModelLoadException;
import dev.precis.nlp.encoder.SentenceEncoder;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * A static (word-level) distillation of all-MiniLM-L6-v2: one vector per word piece of MiniLM's
 * vocabulary, and a text's vector is the weighted sum of its word pieces' vectors, normalised. No
 * network runs at encoding time, so an article costs tokenising and a few hundred additions (about
 * 0.3 ms, mostly the tokenizer) instead of the transformer's 6.5 ms ({@code precis bench meaning}); the price is that word order and
 * context are lost ("Model2Vec", Tulkens and van Dongen 2024, is the same idea).
 *
 * <p>The table ({@code minilm-static.bin}, 8-bit rows with a scale each) is made by
 * {@link StaticMiniLmDistiller} ({@code precis train meaning-table}): every word piece is run through
 * MiniLM alone, the vectors are reduced by principal components, and each row is weighted by how
 * rare its word piece is in news text (smooth inverse frequency, Arora et al. 2017). Its vectors are
 * {@value #DIMENSION} long, so a library that stored MiniLM's 384-long vectors never compares the two
 * kinds. Thread-safe; one instance per JVM ({@link #shared()}).
 */
public final class StaticMiniLm implements SentenceEncoder {

    /** Vector length of the shipped table. */
    public static final int DIMENSION = 256;
    static final String TABLE = "/dev/precis/encoder/minilm-static.bin";
    static final int MAGIC = 0x504d5631; // "PMV1"

    private final HuggingFaceTokenizer tokenizer;
    private final int dimension;
    private final byte[] rows;
    private final float[] scales;

    StaticMiniLm(InputStream table, HuggingFaceTokenizer tokenizer) throws IOException {
        this.tokenizer = tokenizer;
        DataInputStream in = new DataInputStream(new BufferedInputStream(table, 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Precis word-piece vector table");
        }
        int size = in.readInt();
        dimension = in.readInt();
        scales = new float[size];
        rows = new byte[size * dimension];
        for (int t = 0; t < size; t++) {
            scales[t] = in.readFloat();
            in.readFully(rows, t * dimension, dimension);
        }
    }

    /**
     * The JVM's one static encoder, loaded on first use (about 0.2 s).
     *
     * @throws ModelLoadException when the table or the tokenizer's native library cannot be loaded
     */
    public static StaticMiniLm shared() {
        return Holder.get();
    }

    /**
     * The length of the vectors {@link #shared()} returns, read from the table's header alone (the rows and the
     * tokenizer are not loaded); 0 when the table cannot be read.
     */
    public static int tableDimension() {
        StaticMiniLm e = Holder.instance;
        if (e != null) {
            return e.dimension;
        }
        try (InputStream table = StaticMiniLm.class.getResourceAsStream(TABLE)) {
            if (table == null) {
                return 0;
            }
            DataInputStream in = new DataInputStream(table);
            if (in.readInt() != MAGIC) {
                return 0;
            }
            in.readInt();
            int dimension = in.readInt();
            return Math.max(dimension, 0);
        } catch (IOException ex) {
            return 0;
        }
    }

    /** The tokenizer as this table was built with: word pieces only, no special tokens, no padding or truncation. */
    static HuggingFaceTokenizer tokenizer() throws IOException {
        try (InputStream in = MiniLmFiles.tokenizer()) {
            return HuggingFaceTokenizer.newInstance(in,
                    Map.of("addSpecialTokens", "false", "padding", "false", "truncation", "false"));
        }
    }

    /** How many word pieces the table has rows for (the tokenizer's vocabulary). */
    public int vocabularySize() {
        return scales.length;
    }

    /**
     * The direction of word piece {@code id}'s vector: its row's 8-bit values, without the row's
     * scale (positive, so the direction is the vector's); null for an id outside the table or a
     * piece the table leaves empty. For tools that work on the table's geometry (word clusters).
     */
    public float[] pieceDirection(int id) {
        if (id < 0 || id >= scales.length || scales[id] == 0) {
            return null;
        }
        float[] v = new float[dimension];
        for (int k = 0; k < dimension; k++) {
            v[k] = rows[id * dimension + k];
        }
        return v;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float[][] encode(List<String> texts) {
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            out[i] = encode(texts.get(i));
        }
        return out;
    }

    private float[] encode(String text) {
        float[] v = new float[dimension];
        if (text == null || text.isBlank()) {
            return v;
        }
        for (long id : tokenizer.encode(text).getIds()) {
            int t = (int) id;
            if (t < 0 || t >= scales.length || scales[t] == 0) {
                continue;
            }
            float s = scales[t];
            int at = t * dimension;
            for (int k = 0; k < dimension; k++) {
                v[k] += s * rows[at + k];
            }
        }
        Vectors.unitLength(v);
        return v;
    }

    private static final class Holder {
        private static volatile StaticMiniLm instance;

        static StaticMiniLm get() {
            StaticMiniLm e = instance;
            if (e == null) {
                synchronized (Holder.class) {
                    e = instance;
                    if (e == null) {
                        try (InputStream table = StaticMiniLm.class.getResourceAsStream(TABLE)) {
                            if (table == null) {
                                throw new IOException(TABLE + " is missing from the class path");
                            }
                            e = new StaticMiniLm(table, tokenizer());
                        } catch (IOException | RuntimeException | LinkageError ex) {
                            throw new ModelLoadException("cannot load the word-piece vectors " + TABLE + ": " + ex.getMessage(), ex);
                        }
                        instance = e;
                    }
                }
            }
            return e;
        }
    }
}
