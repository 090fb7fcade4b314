package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * For each token of a sentence, the summed weights of its state-independent name features: exactly the
 * features {@link NameFeatures#generators} produce (OpenNLP's outcome prior, token and token-class
 * windows, prefixes, suffixes, bigrams, sentence start, the {@link GazetteerFeatureGenerator} window,
 * the {@link WordClusters} window and the previous-mention map), in the same order, but as {@link FeatureHash} values built from the
 * tokens' chars instead of strings. What depends on a word alone (its window, class, prefix, suffix
 * and cluster features) is hashed and looked up once per distinct word and remembered ({@link WordFeatureCache}).
 *
 * <p>Hand-written because OpenNLP builds and hashes some forty strings per token and the tagger is the
 * product's hot loop. The strings reproduced are those of OpenNLP 2.5.4's generators ("w=" + lower-cased
 * token, window prefixes "p1", "p2", "n1", "n2", "wc=" + class, "w&amp;c=" + lower + "," + class,
 * "pre="/"suf=" + up to 4 chars, "pw,w=", "pwc,wc=", "w,nw=", "wc,nc=", "S=begin", "pd=" + previous
 * outcome or "null", "def"); {@link #hashes} exposes the sequence so tests compare it with the strings
 * the generators make. Not thread-safe: holds per-sentence state, the word cache and the adaptive
 * previous-mention map; one per tagger.
 */
final class SentenceFeatureSums {

    private static final int[] OFFSET = {0, -1, -2, 1, 2};

    private final CompiledNameModel model;
    private final int k;
    private final GazetteerFeatureGenerator gazetteer;
    private final Map<String, String> previous = new HashMap<>();
    private final WordFeatureCache words;
    /** Previous-map value (an outcome or null) → {hash, row} of its "pd=" feature. */
    private final Map<String, long[]> pdFeatures = new HashMap<>();
    private final long def = FeatureHash.of("def");
    private final long begin = FeatureHash.of("S=begin");
    private final int defRow;
    private final int beginRow;
    private final long pw = prefix("pw,w=");
    private final long pwc = prefix("pwc,wc=");
    private final long wnw = prefix("w,nw=");
    private final long wcnc = prefix("wc,nc=");
    private final long[] gzWindow = {prefix(""), prefix("p1"), prefix("n1")};
    private final List<String> gz = new ArrayList<>(4);
    /**
     * Gazetteer feature string → its hashes and rows at the three gazetteer window positions
     * ({h, p1, n1 hashes, then their rows}); the strings come from a small vocabulary (kinds, shapes).
     */
    private final Map<String, long[]> gazetteerRows = new HashMap<>();
    private static final int GAZETTEER_CACHE_SIZE = 20_000;
    private static final long[][] NO_FEATURES = new long[0][];
    private WordFeatureCache.Word[] sentence = new WordFeatureCache.Word[0];
    private long[][][] gazetteerFeatures = new long[0][][];
    private long[] hashBuffer = new long[64];
    private int[] rowBuffer = new int[64];

    SentenceFeatureSums(CompiledNameModel model, Gazetteer gazetteer) {
        this.model = model;
        this.k = model.numOutcomes();
        this.gazetteer = new GazetteerFeatureGenerator(gazetteer);
        this.words = new WordFeatureCache(model, this.gazetteer, gazetteer.clusters());
        this.defRow = model.rowOfHash(def);
        this.beginRow = model.rowOfHash(begin);
    }

    private static long prefix(String s) {
        return WordFeatureCache.prefix(s);
    }

    /** Starts a sentence; {@link #sums}, {@link #hashes} and {@link #tokenClass} then refer to it. */
    void sentence(String[] tokens) {
        int n = tokens.length;
        if (sentence.length < n) {
            sentence = new WordFeatureCache.Word[n];
            gazetteerFeatures = new long[n][][];
        }
        words.makeRoom(n);
        if (gazetteerRows.size() > GAZETTEER_CACHE_SIZE) {
            gazetteerRows.clear();
        }
        for (int i = 0; i < n; i++) {
            sentence[i] = words.get(tokens[i]);
        }
        for (int i = 0; i < n; i++) {
            gz.clear();
            gazetteer.createFeatures(gz, tokens, i, sentence[i].facts, i > 0 ? sentence[i - 1].facts : null);
            if (gz.isEmpty()) {
                gazetteerFeatures[i] = NO_FEATURES;
                continue;
            }
            long[][] entries = new long[gz.size()][];
            for (int f = 0; f < entries.length; f++) {
                entries[f] = gazetteerRows.computeIfAbsent(gz.get(f), this::gazetteerEntry);
            }
            gazetteerFeatures[i] = entries;
        }
    }

    /** A gazetteer feature's hashes and rows at the window positions of {@link #gzWindow}, in that order. */
    private long[] gazetteerEntry(String feature) {
        long[] e = new long[2 * gzWindow.length];
        for (int p = 0; p < gzWindow.length; p++) {
            e[p] = FeatureHash.finish(FeatureHash.add(gzWindow[p], feature));
            e[gzWindow.length + p] = model.rowOfHash(e[p]);
        }
        return e;
    }

    /**
     * The remembered state-dependent rows of token i's word: "pow=" + previous outcome o at 2o, "powf="
     * at 2o + 1, {@code unset} until the caller fills them (they depend on the word and the outcome only).
     */
    int[] stateRows(int i, int slots, int unset) {
        WordFeatureCache.Word w = sentence[i];
        int[] r = w.stateRows;
        if (r == null) {
            r = new int[slots];
            Arrays.fill(r, unset);
            w.stateRows = r;
        }
        return r;
    }

    /** OpenNLP's token class of token i ({@link FeatureGeneratorUtil#tokenFeature}). */
    String tokenClass(int i) {
        return sentence[i].tokenClass;
    }

    /**
     * Writes token i's summed weights, starting from the log prior, into out[at..at+k). The features that
     * depend on one word alone come pre-summed per word and window position ({@link WordFeatureCache#positionSums}): five
     * additions of k values instead of some seventy table rows. That changes the order of the additions
     * from OpenNLP's, so the sums can differ from {@code GISModel}'s in the last bits (the shipped model
     * tags the equivalence test's documents exactly as OpenNLP does); the rows of pairs, gazetteer windows
     * and the previous-mention map are added one by one as before.
     */
    void sums(String[] tokens, int i, double[] scratch, double[] out, int at) {
        int n = tokens.length;
        double[] sums = model.startSums(scratch);
        model.add(defRow, sums);
        for (int p = 0; p < 5; p++) {
            int j = i + OFFSET[p];
            if (j >= 0 && j < n) {
                double[] ps = words.positionSums(sentence[j]);
                int base = p * k;
                for (int o = 0; o < k; o++) {
                    sums[o] += ps[base + o];
                }
            }
        }
        int m = contextual(0, i, n);
        for (int f = 0; f < m; f++) {
            model.add(rowBuffer[f], sums);
        }
        System.arraycopy(sums, 0, out, at, k);
    }

    /** Token i's feature hashes in OpenNLP's order (for tests). */
    long[] hashes(String[] tokens, int i) {
        int m = emit(tokens, i);
        return Arrays.copyOf(hashBuffer, m);
    }

    void updateAdaptiveData(String[] tokens, String[] outcomes) {
        for (int i = 0; i < tokens.length; i++) {
            previous.put(tokens[i], outcomes[i]);
        }
    }

    void clearAdaptiveData() {
        previous.clear();
    }

    private int emit(String[] tokens, int i) {
        int n = tokens.length;
        int need = 40 + 3 * 6 * 2;
        if (hashBuffer.length < need) {
            hashBuffer = new long[need];
            rowBuffer = new int[need];
        }
        int m = 0;
        m = put(m, def, defRow);
        for (int p = 0; p < 5; p++) { // token window
            int j = i + OFFSET[p];
            if (j >= 0 && j < n) {
                m = put(m, sentence[j].hashes[p], sentence[j].rows[p]);
            }
        }
        for (int p = 0; p < 5; p++) { // token-class window: wc, w&c
            int j = i + OFFSET[p];
            if (j >= 0 && j < n) {
                WordFeatureCache.Word w = sentence[j];
                m = put(m, w.hashes[5 + 2 * p], w.rows[5 + 2 * p]);
                m = put(m, w.hashes[6 + 2 * p], w.rows[6 + 2 * p]);
            }
        }
        WordFeatureCache.Word w = sentence[i];
        for (int f = 15; f < w.hashes.length; f++) { // prefixes, suffixes
            m = put(m, w.hashes[f], w.rows[f]);
        }
        m = pairsBeginGazetteer(m, i, n);
        if (m + 5 * 2 + 1 > hashBuffer.length) {
            hashBuffer = Arrays.copyOf(hashBuffer, hashBuffer.length * 2);
            rowBuffer = Arrays.copyOf(rowBuffer, rowBuffer.length * 2);
        }
        for (int p = 0; p < 5; p++) { // cluster window
            int j = i + OFFSET[p];
            if (j >= 0 && j < n) {
                WordFeatureCache.Word c = sentence[j];
                long[] ch = c.clusterHashes[p];
                for (int f = 0; f < ch.length; f++) {
                    m = put(m, ch[f], c.clusterRows[p][f]);
                }
            }
        }
        return previousMention(m, i);
    }

    /**
     * The features of token i that depend on its neighbours or on the article (pairs, sentence start,
     * gazetteer windows, previous mention), written to the buffers from {@code m}; their count.
     */
    private int contextual(int m, int i, int n) {
        return previousMention(pairsBeginGazetteer(m, i, n), i);
    }

    private int pairsBeginGazetteer(int m, int i, int n) {
        WordFeatureCache.Word w = sentence[i];
        if (i > 0) {
            WordFeatureCache.Word before = sentence[i - 1];
            m = put(m, pair(pw, before.token, w.token), -3);
            m = put(m, pair(pwc, before.tokenClass, w.tokenClass), -3);
        }
        if (i + 1 < n) {
            WordFeatureCache.Word after = sentence[i + 1];
            m = put(m, pair(wnw, w.token, after.token), -3);
            m = put(m, pair(wcnc, w.tokenClass, after.tokenClass), -3);
        }
        if (i == 0) {
            m = put(m, begin, beginRow);
        }
        m = gazetteerWindow(m, i, 0);
        if (i > 0) {
            m = gazetteerWindow(m, i - 1, 1);
        }
        if (i + 1 < n) {
            m = gazetteerWindow(m, i + 1, 2);
        }
        return m;
    }

    private int previousMention(int m, int i) {
        if (m + 1 >= hashBuffer.length) {
            hashBuffer = Arrays.copyOf(hashBuffer, hashBuffer.length * 2);
            rowBuffer = Arrays.copyOf(rowBuffer, rowBuffer.length * 2);
        }
        long[] pd = pdFeatures.computeIfAbsent(previous.get(sentence[i].token), value -> {
            long h = FeatureHash.of("pd=" + value);
            return new long[] {h, model.rowOfHash(h)};
        });
        return put(m, pd[0], (int) pd[1]);
    }

    /** Token j's gazetteer features at window position p (0 = the token, 1 = p1, 2 = n1). */
    private int gazetteerWindow(int m, int j, int p) {
        int at = m;
        for (long[] e : gazetteerFeatures[j]) {
            if (at + 2 >= hashBuffer.length) {
                hashBuffer = Arrays.copyOf(hashBuffer, hashBuffer.length * 2);
                rowBuffer = Arrays.copyOf(rowBuffer, rowBuffer.length * 2);
            }
            at = put(at, e[p], (int) e[gzWindow.length + p]);
        }
        return at;
    }

    private static long pair(long prefix, String a, String b) {
        return FeatureHash.finish(FeatureHash.add(FeatureHash.add(FeatureHash.add(prefix, a), ','), b));
    }

    /** Appends a feature; row -3 means "look it up now". */
    private int put(int m, long hash, int row) {
        hashBuffer[m] = hash;
        rowBuffer[m] = row == -3 ? model.rowOfHash(hash) : row;
        return m + 1;
    }
}
