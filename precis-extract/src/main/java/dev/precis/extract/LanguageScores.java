package dev.precis.extract;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * The languages OpenNLP's detector ranks for a text, best first, computed as its
 * {@code LanguageDetectorME.predictLanguages} computes them: the same normalization, the same n-grams
 * added up in the same order ({@link DetectorGrams}), the same maximum-entropy sums (a uniform prior,
 * {@code StrictMath.exp}, one division) and the same stable sort, so the same confidences to the last
 * bit. What it leaves out is the detector's per-call cost: two hash maps of {@code CharBuffer} keys, a
 * string per gram and the model's string-keyed lookups (most of the language guess's share of an
 * extraction). Where the order cannot be reproduced, or the model is not the detector's usual
 * maximum-entropy model, the detector itself answers. Immutable and thread-safe.
 */
final class LanguageScores {

    private final LanguageDetectorModel model;
    private final boolean own;
    private final CharSequenceNormalizer normalizer = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());
    private final String[] outcomes;
    private final double prior;
    /** The model's grams of up to three chars, packed, in an open-addressed table beside their weights. */
    private final long[] keys;
    private final Context[] contexts;

    LanguageScores(LanguageDetectorModel model) {
        this.model = model;
        // (the normalizers above and the one-to-three-char grams are what this factory's detector uses)
        own = model.getMaxentModel() instanceof GISModel && model.getFactory().getClass() == LanguageDetectorFactory.class;
        if (!own) {
            outcomes = null;
            prior = 0;
            keys = null;
            contexts = null;
            return;
        }
        Object[] parts = ((GISModel) model.getMaxentModel()).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> weights = (Map<String, Context>) parts[1];
        outcomes = ((String[]) parts[2]).clone();
        // GISModel's uniform prior: every outcome starts at log(1 / outcomes)
        prior = StrictMath.log(1.0 / outcomes.length);
        int slots = Integer.highestOneBit(Math.max(8, weights.size() * 2)) << 1;
        keys = new long[slots];
        contexts = new Context[slots];
        for (Map.Entry<String, Context> e : weights.entrySet()) {
            String gram = e.getKey();
            if (gram.isEmpty() || gram.length() > DetectorGrams.MAX_N) {
                continue; // no gram the detector makes can name it
            }
            int slot = find(DetectorGrams.pack(gram));
            keys[slot] = DetectorGrams.pack(gram);
            contexts[slot] = e.getValue();
        }
    }

    /** The languages ranked for {@code text}, most confident first (OpenNLP's {@code predictLanguages}). */
    Language[] rank(CharSequence text) {
        long[] grams = own ? DetectorGrams.ordered(normalizer.normalize(text)) : null;
        if (grams == null) {
            return new LanguageDetectorME(model).predictLanguages(text);
        }
        double[] sums = new double[outcomes.length];
        Arrays.fill(sums, prior);
        for (long gram : grams) {
            int slot = find(gram);
            if (keys[slot] == 0) {
                continue;
            }
            Context c = contexts[slot];
            int[] to = c.getOutcomes();
            double[] w = c.getParameters();
            for (int k = 0; k < to.length; k++) {
                sums[to[k]] += w[k];
            }
        }
        double total = 0;
        for (int o = 0; o < sums.length; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            total += sums[o];
        }
        Language[] ranked = new Language[sums.length];
        for (int o = 0; o < sums.length; o++) {
            ranked[o] = new Language(outcomes[o], sums[o] / total);
        }
        Arrays.sort(ranked, (a, b) -> Double.compare(b.getConfidence(), a.getConfidence()));
        return ranked;
    }

    /** The slot that holds {@code key}, or the empty one where it would go. */
    private int find(long key) {
        int mask = keys.length - 1;
        int slot = DetectorGrams.slot(key, mask);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
