package dev.precis.summarize;

import dev.precis.nlp.ModelLoadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;

/**
 * A linear sentence-scoring model: one weight per {@link SentenceFeatures} feature, learned by
 * {@link SummaryModelTrainer} (logistic regression: is this sentence in the reference summary?).
 * Stored as text ({@link SummaryModelText}), one {@code name weight} line per feature, so a diff shows what
 * training changed; the {@linkplain SentenceFeatures#OPTIONAL optional} features may be left out (weight 0).
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
 * @param beam whether the summary is chosen among whole candidate summaries ({@link SummaryBeam#NONE}:
 *     the greedy one)
 * @param fillWords under a word budget, the words a summary holds from which it is no longer filled: from
 *     there it stops when its best remaining sentence does not fit, as if {@code fill} were 0 (0: filled
 *     within {@code fill} at any length). A budget of at most this many words is filled as without it, since
 *     a summary that holds the budget's words is already full.
 */
public record SummaryModel(double[] weights, double redundancy, double fill, double leadMargin,
                           LongArticleGate longArticles, LeadNewsSignal leadSignal, double[] longWeights,
                           SecondVectorHold secondHold, TreeEnsemble trees, SummaryBeam beam, int fillWords) {

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
        if (beam == null) {
            throw new IllegalArgumentException("summary model: beam must not be null (use SummaryBeam.NONE)");
        }
        if (fillWords < 0) {
            throw new IllegalArgumentException("summary model: fillWords must be >= 0, got " + fillWords);
        }
        if (longWeights != null) {
            if (longWeights.length != SentenceFeatures.NAMES.size()) {
                throw new IllegalArgumentException("summary model needs " + SentenceFeatures.NAMES.size()
                        + " long-article weights, got " + longWeights.length);
            }
            longWeights = longWeights.clone();
        }
    }

    /** A model that fills a word budget within {@code fill} at any length. */
    public SummaryModel(double[] weights, double redundancy, double fill, double leadMargin,
                        LongArticleGate longArticles, LeadNewsSignal leadSignal, double[] longWeights,
                        SecondVectorHold secondHold, TreeEnsemble trees, SummaryBeam beam) {
        this(weights, redundancy, fill, leadMargin, longArticles, leadSignal, longWeights, secondHold, trees, beam, 0);
    }

    /** This model no longer filling a word budget once a summary holds {@code words} words (0: always). */
    public SummaryModel withFillWords(int words) {
        return new SummaryModel(weights, redundancy, fill, leadMargin, longArticles, leadSignal, longWeights,
                secondHold, trees, beam, words);
    }

    /** A model that takes the greedy summary. */
    public SummaryModel(double[] weights, double redundancy, double fill, double leadMargin,
                        LongArticleGate longArticles, LeadNewsSignal leadSignal, double[] longWeights,
                        SecondVectorHold secondHold, TreeEnsemble trees) {
        this(weights, redundancy, fill, leadMargin, longArticles, leadSignal, longWeights, secondHold, trees,
                SummaryBeam.NONE);
    }

    /** This model choosing among whole summaries with {@code summaryBeam}. */
    public SummaryModel withBeam(SummaryBeam summaryBeam) {
        return new SummaryModel(weights, redundancy, fill, leadMargin, longArticles, leadSignal, longWeights,
                secondHold, trees, summaryBeam, fillWords);
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
        return new SummaryModel(weights, redundancy, fill, leadMargin, longArticles, leadSignal, longWeights, hold, trees,
                beam, fillWords);
    }

    /** This model with {@code ensemble}'s output added to every sentence's linear score. */
    public SummaryModel withTrees(TreeEnsemble ensemble) {
        return new SummaryModel(weights, redundancy, fill, leadMargin, longArticles, leadSignal, longWeights,
                secondHold, ensemble, beam, fillWords);
    }

    /** A model whose freed articles are scored with its own weights and the gate's lead weight. */
    public SummaryModel(double[] weights, double redundancy, double fill, double leadMargin,
                        LongArticleGate longArticles, LeadNewsSignal leadSignal) {
        this(weights, redundancy, fill, leadMargin, longArticles, leadSignal, null);
    }

    /** This model with {@code second} as the weight vector of the articles the gate frees. */
    public SummaryModel withLongWeights(double[] second) {
        return new SummaryModel(weights, redundancy, fill, leadMargin, longArticles, leadSignal, second, secondHold, trees,
                beam, fillWords);
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
        return SummaryModelText.read(in);
    }

    /** Writes the model as text, one {@code name value} line per weight and setting, then the trees' lines. */
    public void write(Writer out) throws IOException {
        SummaryModelText.write(this, out);
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
