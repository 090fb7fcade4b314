package dev.precis.summarize;

import dev.precis.nlp.ModelLoadException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A linear sentence-scoring model: one weight per {@link SentenceFeatures} feature, learned by
 * {@link SummaryModelTrainer} (logistic regression: is this sentence in the reference summary?).
 * Stored as text, one {@code name weight} line per feature, so a diff shows what training changed; the
 * {@linkplain SentenceFeatures#OPTIONAL optional} features may be left out (weight 0).
 * Immutable and thread-safe.
 *
 * @param weights weights in the order of the feature names
 * @param redundancy MMR penalty on similarity to already chosen sentences, in score units
 * @param fill under a word budget, how far (in score units) below the best sentence that no longer
 *     fits a sentence that still fits may be to be taken in its place; past it the summary stops
 * @param leadMargin how far (in score units) a sentence must score above the lead's next sentence (the
 *     first one not yet taken) to be taken in its place: the summary falls back to the lead wherever
 *     the model is not confident it knows better (0: no fallback)
 * @param longArticles the lead weight and margin for long articles ({@link LongArticleGate#NONE}: the same
 *     for every article)
 * @param leadSignal whether the lead is the news, asked of the article's shape: holds long articles
 *     or frees shorter ones ({@link LeadNewsSignal#NONE}: length alone decides); acts only with a gate
 * @param longWeights a second weight vector (same features) for the articles the gate frees, fitted on
 *     such articles only, in place of the model's weights with the gate's lead weight; null: none.
 *     Stored as {@code long.NAME weight} lines.
 * @param secondHold which freed articles the second vector scores ({@link SecondVectorHold#NONE}: all)
 * @param trees boosted trees whose output is added to the linear score ({@link TreeEnsemble#NONE}: none);
 *     stored as {@code tree.node} / {@code tree.leaf} lines
 */
public record SummaryModel(double[] weights, double redundancy, double fill, double leadMargin,
                           LongArticleGate longArticles, LeadNewsSignal leadSignal, double[] longWeights,
                           SecondVectorHold secondHold, TreeEnsemble trees) {

    /** Prefix of a feature's weight in the second vector ({@link #longWeights()}). */
    static final String LONG_PREFIX = "long.";

    private static final List<String> SETTINGS = List.of("redundancy", "fill", "leadMargin",
            "longFrom", "longLead", "longLeadMargin", "longSpread", "longTeaserFrom",
            "longRedundancy", "longHoldDateline", "longHoldSimilarity", "longTopicFrom", "longTopicBelow",
            "longTopicMeaning", "longSecondSpread", "longSecondHoldDateline", "longSecondHoldLede");

    /** The model that ships with Precis (fitted on CNN/DailyMail highlights; see README). */
    public static final String DEFAULT_RESOURCE = "summary-model.txt";

    public SummaryModel {
        if (weights.length != SentenceFeatures.NAMES.size()) {
            throw new IllegalArgumentException("summary model needs " + SentenceFeatures.NAMES.size()
                    + " weights, got " + weights.length);
        }
        weights = weights.clone();
        if (!(fill >= 0)) {
            throw new IllegalArgumentException("summary model: fill must be >= 0, got " + fill);
        }
        if (!(leadMargin >= 0) || leadMargin == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("summary model: leadMargin must be finite and >= 0, got " + leadMargin);
        }
        if (longArticles == null) {
            throw new IllegalArgumentException("summary model: longArticles must not be null (use LongArticleGate.NONE)");
        }
        if (leadSignal == null) {
            throw new IllegalArgumentException("summary model: leadSignal must not be null (use LeadNewsSignal.NONE)");
        }
        if (secondHold == null) {
            throw new IllegalArgumentException("summary model: secondHold must not be null (use SecondVectorHold.NONE)");
        }
        if (trees == null) {
            throw new IllegalArgumentException("summary model: trees must not be null (use TreeEnsemble.NONE)");
        }
        if (longWeights != null) {
            if (longWeights.length != SentenceFeatures.NAMES.size()) {
                throw new IllegalArgumentException("summary model needs " + SentenceFeatures.NAMES.size()
                        + " long-article weights, got " + longWeights.length);
            }
            longWeights = longWeights.clone();
        }
    }

    /** A model whose second vector, if any, scores every article the gate and the signal free. */
    public SummaryModel(double[] weights, double redundancy, double fill, double leadMargin,
                        LongArticleGate longArticles, LeadNewsSignal leadSignal, double[] longWeights) {
        this(weights, redundancy, fill, leadMargin, longArticles, leadSignal, longWeights, SecondVectorHold.NONE);
    }

    /** A model without trees. */
    public SummaryModel(double[] weights, double redundancy, double fill, double leadMargin,
                        LongArticleGate longArticles, LeadNewsSignal leadSignal, double[] longWeights,
                        SecondVectorHold secondHold) {
        this(weights, redundancy, fill, leadMargin, longArticles, leadSignal, longWeights, secondHold, TreeEnsemble.NONE);
    }

    /** This model with {@code hold} deciding which freed articles its second vector scores. */
    public SummaryModel withSecondHold(SecondVectorHold hold) {
        return new SummaryModel(weights, redundancy, fill, leadMargin, longArticles, leadSignal, longWeights, hold, trees);
    }

    /** This model with {@code ensemble}'s output added to every sentence's linear score. */
    public SummaryModel withTrees(TreeEnsemble ensemble) {
        return new SummaryModel(weights, redundancy, fill, leadMargin, longArticles, leadSignal, longWeights,
                secondHold, ensemble);
    }

    /** A model whose freed articles are scored with its own weights and the gate's lead weight. */
    public SummaryModel(double[] weights, double redundancy, double fill, double leadMargin,
                        LongArticleGate longArticles, LeadNewsSignal leadSignal) {
        this(weights, redundancy, fill, leadMargin, longArticles, leadSignal, null);
    }

    /** This model with {@code second} as the weight vector of the articles the gate frees. */
    public SummaryModel withLongWeights(double[] second) {
        return new SummaryModel(weights, redundancy, fill, leadMargin, longArticles, leadSignal, second, secondHold, trees);
    }

    /** A model whose long-article gate decides by length (and its own optional signals) alone. */
    public SummaryModel(double[] weights, double redundancy, double fill, double leadMargin,
                        LongArticleGate longArticles) {
        this(weights, redundancy, fill, leadMargin, longArticles, LeadNewsSignal.NONE);
    }

    /** A model that holds to the lead alike in every article. */
    public SummaryModel(double[] weights, double redundancy, double fill, double leadMargin) {
        this(weights, redundancy, fill, leadMargin, LongArticleGate.NONE);
    }

    /** A model without a fallback to the lead. */
    public SummaryModel(double[] weights, double redundancy, double fill) {
        this(weights, redundancy, fill, 0);
    }

    /** A model that always fills a word budget. */
    public SummaryModel(double[] weights, double redundancy) {
        this(weights, redundancy, Double.POSITIVE_INFINITY);
    }

    /** The feature names, in weight order. */
    public static List<String> featureNames() {
        return SentenceFeatures.NAMES;
    }

    /**
     * Loads the shipped model from the class path.
     *
     * @throws ModelLoadException when the resource is missing or unreadable (a broken build), as the
     *     other shipped models do
     */
    public static SummaryModel loadDefault() {
        try (InputStream in = SummaryModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new ModelLoadException("summary model " + DEFAULT_RESOURCE + " is missing from the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new ModelLoadException("cannot read summary model " + DEFAULT_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Reads a model written by {@link #write(Writer)}; unknown or missing features fail loudly. */
    public static SummaryModel read(InputStream in) throws IOException {
        Map<String, Double> values = new LinkedHashMap<>();
        TreeEnsemble.Builder trees = new TreeEnsemble.Builder();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts[0].equals(TreeEnsemble.NODE) || parts[0].equals(TreeEnsemble.LEAF)) {
                try {
                    trees.line(parts);
                } catch (IllegalArgumentException e) {
                    throw new IOException(e.getMessage(), e);
                }
                continue;
            }
            if (parts.length != 2) {
                throw new IOException("summary model: bad line '" + line + "'");
            }
            boolean second = parts[0].startsWith(LONG_PREFIX)
                    && SentenceFeatures.NAMES.contains(parts[0].substring(LONG_PREFIX.length()));
            if (!SETTINGS.contains(parts[0]) && !SentenceFeatures.NAMES.contains(parts[0]) && !second) {
                throw new IOException("summary model: unknown feature '" + parts[0] + "'");
            }
            try {
                values.put(parts[0], Double.parseDouble(parts[1]));
            } catch (NumberFormatException e) {
                throw new IOException("summary model: bad weight '" + parts[1] + "' for " + parts[0]);
            }
        }
        double[] w = new double[SentenceFeatures.NAMES.size()];
        for (int i = 0; i < w.length; i++) {
            Double v = values.get(SentenceFeatures.NAMES.get(i));
            if (v == null && SentenceFeatures.OPTIONAL.contains(SentenceFeatures.NAMES.get(i))) {
                v = 0.0;
            }
            if (v == null) {
                throw new IOException("summary model: missing feature '" + SentenceFeatures.NAMES.get(i) + "'");
            }
            w[i] = v;
        }
        double[] second = null;
        for (String name : SentenceFeatures.NAMES) {
            if (values.containsKey(LONG_PREFIX + name) && !SentenceFeatures.OPTIONAL.contains(name)) {
                second = new double[w.length];
                break;
            }
        }
        for (int i = 0; second != null && i < w.length; i++) {
            Double v = values.get(LONG_PREFIX + SentenceFeatures.NAMES.get(i));
            if (v == null && SentenceFeatures.OPTIONAL.contains(SentenceFeatures.NAMES.get(i))) {
                v = 0.0;
            }
            if (v == null) {
                throw new IOException("summary model: missing long-article weight '" + LONG_PREFIX
                        + SentenceFeatures.NAMES.get(i) + "'");
            }
            second[i] = v;
        }
        double longFrom = values.getOrDefault("longFrom", 0.0);
        if (longFrom != Math.rint(longFrom)) {
            throw new IOException("summary model: longFrom must be a whole number of sentences, got " + longFrom);
        }
        double teaserFrom = values.getOrDefault("longTeaserFrom", 0.0);
        if (teaserFrom != Math.rint(teaserFrom)) {
            throw new IOException("summary model: longTeaserFrom must be a whole number of sentences, got " + teaserFrom);
        }
        double topicFrom = values.getOrDefault("longTopicFrom", 0.0);
        if (topicFrom != Math.rint(topicFrom)) {
            throw new IOException("summary model: longTopicFrom must be a whole number of sentences, got " + topicFrom);
        }
        double holdDateline = values.getOrDefault("longHoldDateline", 0.0);
        if (holdDateline != 0 && holdDateline != 1) {
            throw new IOException("summary model: longHoldDateline must be 0 or 1, got " + holdDateline);
        }
        double secondDateline = values.getOrDefault("longSecondHoldDateline", 0.0);
        if (secondDateline != 0 && secondDateline != 1) {
            throw new IOException("summary model: longSecondHoldDateline must be 0 or 1, got " + secondDateline);
        }
        double secondLede = values.getOrDefault("longSecondHoldLede", 0.0);
        if (secondLede != Math.rint(secondLede)) {
            throw new IOException("summary model: longSecondHoldLede must be a whole number of words, got " + secondLede);
        }
        double topicMeaning = values.getOrDefault("longTopicMeaning", 0.0);
        if (topicMeaning != 0 && topicMeaning != 1) {
            throw new IOException("summary model: longTopicMeaning must be 0 or 1, got " + topicMeaning);
        }
        try {
            LeadNewsSignal signal = new LeadNewsSignal(holdDateline == 1,
                    values.getOrDefault("longHoldSimilarity", Double.POSITIVE_INFINITY), (int) topicFrom,
                    values.getOrDefault("longTopicBelow", 0.0), topicMeaning == 1);
            return new SummaryModel(w, values.getOrDefault("redundancy", 1.0),
                    values.getOrDefault("fill", Double.POSITIVE_INFINITY), values.getOrDefault("leadMargin", 0.0),
                    new LongArticleGate((int) longFrom, values.getOrDefault("longLead", 0.0),
                            values.getOrDefault("longLeadMargin", 0.0),
                            values.getOrDefault("longSpread", Double.NEGATIVE_INFINITY), (int) teaserFrom,
                            values.getOrDefault("longRedundancy", Double.NaN)), signal, second,
                    new SecondVectorHold(values.getOrDefault("longSecondSpread", Double.NEGATIVE_INFINITY),
                            secondDateline == 1, (int) secondLede), trees.build());
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    public void write(Writer out) throws IOException {
        out.write("# Precis summary model: logistic-regression weights per sentence feature\n");
        writeSettings(out);
        trees.write(out);
    }

    private void writeSettings(Writer out) throws IOException {
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] == 0 && SentenceFeatures.OPTIONAL.contains(SentenceFeatures.NAMES.get(i))) {
                continue;
            }
            out.write(SentenceFeatures.NAMES.get(i) + " " + String.format(Locale.ROOT, "%.6f", weights[i]) + "\n");
        }
        out.write("redundancy " + String.format(Locale.ROOT, "%.6f", redundancy) + "\n");
        if (fill != Double.POSITIVE_INFINITY) {
            out.write("fill " + String.format(Locale.ROOT, "%.6f", fill) + "\n");
        }
        if (leadMargin != 0) {
            out.write("leadMargin " + String.format(Locale.ROOT, "%.6f", leadMargin) + "\n");
        }
        if (longArticles.active()) {
            out.write("longFrom " + longArticles.fromSentences() + "\n");
            out.write("longLead " + String.format(Locale.ROOT, "%.6f", longArticles.lead()) + "\n");
            out.write("longLeadMargin " + String.format(Locale.ROOT, "%.6f", longArticles.leadMargin()) + "\n");
            if (longArticles.spreadSet()) {
                out.write("longSpread " + String.format(Locale.ROOT, "%.6f", longArticles.minSpread()) + "\n");
            }
            if (longArticles.teaserSet()) {
                out.write("longTeaserFrom " + longArticles.teaserFrom() + "\n");
            }
            if (longArticles.redundancySet()) {
                out.write("longRedundancy " + String.format(Locale.ROOT, "%.6f", longArticles.redundancy()) + "\n");
            }
            if (leadSignal.holdDatelined()) {
                out.write("longHoldDateline 1\n");
            }
            if (leadSignal.holdSimilarity() != Double.POSITIVE_INFINITY) {
                out.write("longHoldSimilarity " + String.format(Locale.ROOT, "%.6f", leadSignal.holdSimilarity()) + "\n");
            }
            if (longWeights != null) {
                for (int i = 0; i < longWeights.length; i++) {
                    if (longWeights[i] == 0 && SentenceFeatures.OPTIONAL.contains(SentenceFeatures.NAMES.get(i))) {
                        continue;
                    }
                    out.write(LONG_PREFIX + SentenceFeatures.NAMES.get(i) + " "
                            + String.format(Locale.ROOT, "%.6f", longWeights[i]) + "\n");
                }
            }
            if (secondHold.minSpread() != Double.NEGATIVE_INFINITY) {
                out.write("longSecondSpread " + String.format(Locale.ROOT, "%.6f", secondHold.minSpread()) + "\n");
            }
            if (secondHold.holdDatelined()) {
                out.write("longSecondHoldDateline 1\n");
            }
            if (secondHold.holdLedeWords() > 0) {
                out.write("longSecondHoldLede " + secondHold.holdLedeWords() + "\n");
            }
            if (leadSignal.meaning()) {
                out.write("longTopicMeaning 1\n");
            }
            if (leadSignal.freeFrom() > 0) {
                out.write("longTopicFrom " + leadSignal.freeFrom() + "\n");
                out.write("longTopicBelow " + String.format(Locale.ROOT, "%.6f", leadSignal.freeBelow()) + "\n");
            }
        }
    }

    /** Whether the model weighs features that need sentence vectors from an encoder. */
    public boolean semantic() {
        for (String name : SentenceFeatures.SEMANTIC) {
            if (weights[SentenceFeatures.NAMES.indexOf(name)] != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether either weight vector weighs one of the {@linkplain SentenceFeatures#OPTIONAL optional} features. */
    boolean weighsKinds() {
        if (trees.active()) {
            return true; // trees are fitted on rows with every optional feature computed
        }
        for (String name : SentenceFeatures.OPTIONAL) {
            int k = SentenceFeatures.NAMES.indexOf(name);
            if (weights[k] != 0 || longWeights != null && longWeights[k] != 0) {
                return true;
            }
        }
        return false;
    }

    double score(double[] features) {
        double s = trees.score(features);
        for (int i = 0; i < weights.length; i++) {
            s += weights[i] * features[i];
        }
        return s;
    }

    /** The long-article score of a sentence: by the second vector (which must be set). */
    double scoreLong(double[] features) {
        double s = 0;
        for (int i = 0; i < longWeights.length; i++) {
            s += longWeights[i] * features[i];
        }
        return s;
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public double[] longWeights() {
        return longWeights == null ? null : longWeights.clone();
    }
}
