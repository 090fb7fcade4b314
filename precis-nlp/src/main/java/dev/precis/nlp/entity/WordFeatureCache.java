package dev.precis.nlp.entity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The name features of one word that do not depend on its neighbours (its token, class, prefix, suffix and
 * cluster features at each window position, and what the gazetteer reads from it), hashed and looked up once
 * per distinct word and remembered, with their summed weights per window position; the per-word half of
 * {@link SentenceFeatureSums}. Not thread-safe: one per tagger.
 */
final class WordFeatureCache {

    /** Window positions in OpenNLP's order: the token, then previous 1, 2, then next 1, 2. */
    static final String[] WINDOW = {"", "p1", "p2", "n1", "n2"};
    private static final int WORD_CACHE_SIZE = 50_000;

    private final CompiledNameModel model;
    private final int k;
    private final GazetteerFeatureGenerator gazetteer;
    private final WordClusters clusters;
    private final Map<String, Word> words = new HashMap<>();

    /** A word's features that do not depend on its neighbours, hashed and looked up. */
    static final class Word {
        final String token;
        final String tokenClass;
        /** w at 5 window positions, then (wc, w&c) at 5 positions, then pre..., then suf... */
        final long[] hashes;
        final int[] rows;
        /** The word's cluster features at each of the 5 window positions, each position's features in order. */
        final long[][] clusterHashes;
        final int[][] clusterRows;
        /** What the gazetteer features read from this word alone. */
        final GazetteerFeatureGenerator.WordFacts facts;
        /**
         * The rows of this word's "pow=" (at 2 × previous outcome) and "powf=" features (one more), -2
         * until looked up; null until first used ({@link #stateRows}).
         */
        int[] stateRows;
        /**
         * At each of the 5 window positions, the summed weights of everything this word contributes there
         * (its w=, wc=, w&amp;c= and cluster features; at position 0 also its prefixes and suffixes): k values
         * a position. Null until first used.
         */
        double[] positionSums;

        Word(String token, String tokenClass, long[] hashes, int[] rows, long[][] clusterHashes, int[][] clusterRows,
                GazetteerFeatureGenerator.WordFacts facts) {
            this.facts = facts;
            this.token = token;
            this.tokenClass = tokenClass;
            this.hashes = hashes;
            this.rows = rows;
            this.clusterHashes = clusterHashes;
            this.clusterRows = clusterRows;
        }
    }

    WordFeatureCache(CompiledNameModel model, GazetteerFeatureGenerator gazetteer, WordClusters clusters) {
        this.model = model;
        this.k = model.numOutcomes();
        this.gazetteer = gazetteer;
        this.clusters = clusters;
    }

    /** Empties the cache when n more words could take it past its size (called once per sentence). */
    void makeRoom(int n) {
        if (words.size() + n > WORD_CACHE_SIZE) {
            words.clear();
        }
    }

    /** The word's features, from the cache or built now. */
    Word get(String token) {
        return words.computeIfAbsent(token, this::word);
    }

    static long prefix(String s) {
        return FeatureHash.add(FeatureHash.start(), s);
    }

    /** A word's summed weights at each window position, computed on first use and kept with the word. */
    double[] positionSums(Word w) {
        double[] ps = w.positionSums;
        if (ps == null) {
            ps = new double[5 * k];
            double[] one = new double[k];
            for (int p = 0; p < 5; p++) {
                Arrays.fill(one, 0.0);
                model.add(w.rows[p], one);
                model.add(w.rows[5 + 2 * p], one);
                model.add(w.rows[6 + 2 * p], one);
                if (p == 0) {
                    for (int f = 15; f < w.rows.length; f++) {
                        model.add(w.rows[f], one);
                    }
                }
                for (int r : w.clusterRows[p]) {
                    model.add(r, one);
                }
                System.arraycopy(one, 0, ps, p * k, k);
            }
            w.positionSums = ps;
        }
        return ps;
    }

    /** Hashes and looks up everything that depends on the word alone. */
    private Word word(String token) {
        String lower = StringUtil.toLowerCase(token);
        String tokenClass = FeatureGeneratorUtil.tokenFeature(token);
        int len = token.length();
        int affixes = Math.min(4, len);
        long[] hashes = new long[15 + 2 * affixes];
        for (int p = 0; p < 5; p++) {
            long window = prefix(WINDOW[p]);
            hashes[p] = FeatureHash.finish(FeatureHash.add(FeatureHash.add(window, "w="), lower));
            hashes[5 + 2 * p] = FeatureHash.finish(FeatureHash.add(FeatureHash.add(window, "wc="), tokenClass));
            hashes[6 + 2 * p] = FeatureHash.finish(FeatureHash.add(FeatureHash.add(FeatureHash.add(
                    FeatureHash.add(window, "w&c="), lower), ','), tokenClass));
        }
        for (int a = 0; a < affixes; a++) {
            hashes[15 + a] = FeatureHash.of("pre=" + token.substring(0, a + 1));
            hashes[15 + affixes + a] = FeatureHash.of("suf=" + token.substring(Math.max(len - a - 1, 0)));
        }
        int[] rows = new int[hashes.length];
        for (int f = 0; f < hashes.length; f++) {
            rows[f] = model.rowOfHash(hashes[f]);
        }
        String[] cluster = clusters.features(token);
        long[][] clusterHashes = new long[5][cluster.length];
        int[][] clusterRows = new int[5][cluster.length];
        for (int p = 0; p < 5; p++) {
            for (int f = 0; f < cluster.length; f++) {
                clusterHashes[p][f] = FeatureHash.finish(FeatureHash.add(prefix(WINDOW[p]), cluster[f]));
                clusterRows[p][f] = model.rowOfHash(clusterHashes[p][f]);
            }
        }
        return new Word(token, tokenClass, hashes, rows, clusterHashes, clusterRows, gazetteer.facts(token));
    }
}
