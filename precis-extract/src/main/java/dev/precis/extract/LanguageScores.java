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
    /**
     * The model's grams of up to three chars in an open-addressed table of pairs: the packed gram, then
     * where its weights start in {@link #weights} (above bit 8) and how many it has (the low 8 bits). Its
     * weights and their outcomes lie side by side in two flat arrays: a text's thousand grams are then
     * a few cache misses each instead of one per object on the way (table, context, its two arrays).
     */
    private final long[] table;
    private final double[] weights;
    private final byte[] outcomeOf;

    LanguageScores(LanguageDetectorModel model) {
        this.model = model;
        // (the normalizers above and the one-to-three-char grams are what this factory's detector uses)
        own = model.getMaxentModel() instanceof GISModel && model.getFactory().getClass() == LanguageDetectorFactory.class
                && model.getMaxentModel().getNumOutcomes() <= Byte.MAX_VALUE;
        if (!own) {
            outcomes = null;
            prior = 0;
            table = null;
            weights = null;
            outcomeOf = null;
            return;
        }
        Object[] parts = ((GISModel) model.getMaxentModel()).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> contexts = (Map<String, Context>) parts[1];
        outcomes = ((String[]) parts[2]).clone();
        // GISModel's uniform prior: every outcome starts at log(1 / outcomes)
        prior = StrictMath.log(1.0 / outcomes.length);
        int slots = Integer.highestOneBit(Math.max(8, contexts.size() * 2)) << 1;
        table = new long[2 * slots];
        int total = 0;
        for (Context c : contexts.values()) {
            total += c.getOutcomes().length;
        }
        weights = new double[total];
        outcomeOf = new byte[total];
        int at = 0;
        for (Map.Entry<String, Context> e : contexts.entrySet()) {
            String gram = e.getKey();
            if (gram.isEmpty() || gram.length() > DetectorGrams.MAX_N) {
                continue; // no gram the detector makes can name it
            }
            int[] to = e.getValue().getOutcomes();
            double[] w = e.getValue().getParameters();
            int slot = find(DetectorGrams.pack(gram));
            table[slot] = DetectorGrams.pack(gram);
            table[slot + 1] = (long) at << 8 | to.length;
            for (int k = 0; k < to.length; k++) {
                weights[at] = w[k];
                outcomeOf[at++] = (byte) to[k];
            }
        }
    }

    /** The languages ranked for {@code text}, most confident first (OpenNLP's {@code predictLanguages}). */
    Language[] rank(CharSequence text) {
        long[] grams = own ? DetectorGrams.ordered(normalizer.normalize(text)) : null;
        if (grams == null) {
            return new LanguageDetectorME(model).predictLanguages(text);
        }
        // where each gram's weights are, looked up first (the lookups do not wait on each other), then added
        // up in the detector's order: outcome by outcome as the model lists them, gram by gram
        long[] found = new long[grams.length];
        for (int i = 0; i < grams.length; i++) {
            found[i] = table[find(grams[i]) + 1];
        }
        double[] sums = new double[outcomes.length];
        Arrays.fill(sums, prior);
        for (long f : found) {
            int from = (int) (f >>> 8);
            int to = from + (int) (f & 0xff);
            for (int k = from; k < to; k++) {
                sums[outcomeOf[k]] += weights[k];
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

    /** The table index of {@code key}'s pair, or of the empty pair where it would go (its second long then 0). */
    private int find(long key) {
        int mask = table.length / 2 - 1;
        int slot = DetectorGrams.slot(key, mask);
        while (table[2 * slot] != 0 && table[2 * slot] != key) {
            slot = (slot + 1) & mask;
        }
        return 2 * slot;
    }
}
