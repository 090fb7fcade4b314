package dev.precis.summarize;

import dev.precis.nlp.encoder.SentenceEncoder;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Summary;
import dev.precis.model.SummaryLength;
import dev.precis.model.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Precis' extractive summarizer for news. Each sentence is scored by a linear model (see
 * {@link SummaryModel}, learned from reference summaries) over its features: graph centrality
 * (PageRank over the TF-IDF cosine graph, as in LexRank/TextRank), similarity to the centroid and to
 * the headline, its position (news puts the point first), its length, and the shapes that read badly.
 * Sentences are then chosen greedily with maximal marginal relevance, so near-duplicates are not
 * repeated; captions, credits, bylines and time stamps are left out while anything else is available;
 * a sentence opening with "He"/"But"/"This", or crediting a quotation to a bare pronoun, is taken only
 * together with the sentence before it. A word budget is hard (see {@link LengthBudget}), and the
 * summary stops short of it rather than fill it with a sentence scored far below the best one that no
 * longer fits ({@link SummaryModel#fill()}). A model may choose among whole candidate summaries instead
 * ({@link SummaryBeam}). The result is in document order. A lede is shown without
 * the dateline and source tag in front of it ("LONDON, England (Reuters) -- "; {@link SentenceTrim}):
 * each summary sentence's range is what the reader sees, and a word budget counts those words.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * Summarizer summarizer = new PositionCentralitySummarizer(SummaryModel.loadDefault());
 * Summary s = summarizer.summarize(analyzed, SummaryLength.sentences(3));
 * }</pre>
 */
public final class PositionCentralitySummarizer implements Summarizer {

    /** Candidates beyond this position are not considered: bounds work on very long inputs. */
    static final int MAX_CANDIDATES = 2000;
    private static final int DANGLING = SentenceFeatures.NAMES.indexOf("dangling");
    private static final int PRONOUN_SPEAKER = SentenceFeatures.NAMES.indexOf("pronounSpeaker");
    private static final int LEAD = SentenceFeatures.NAMES.indexOf("lead");

    private final SummaryModel model;
    private final SentenceEncoder encoder;

    /** A summarizer for a model without semantic features (the fast path: no encoder). */
    public PositionCentralitySummarizer(SummaryModel model) {
        this(model, null);
    }

    /**
     * A summarizer whose model may weigh semantic features, computed with {@code encoder}.
     *
     * @throws IllegalArgumentException when the model has semantic features, or a {@link LeadNewsSignal}
     *     over meaning vectors, and there is no encoder
     */
    public PositionCentralitySummarizer(SummaryModel model, SentenceEncoder encoder) {
        boolean needs = model.semantic() || model.leadSignal().needsEncoder();
        if (needs && encoder == null) {
            throw new IllegalArgumentException("this summary model needs a sentence encoder");
        }
        this.model = model;
        this.encoder = needs ? encoder : null;
    }

    /** The vectors of the profile's first {@code n} sentences. */
    static float[][] vectors(SentenceEncoder encoder, SentenceProfile p, int n) {
        List<String> texts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TextRange r = p.sentences.get(i).range();
            texts.add(p.text.substring(r.start(), r.end()));
        }
        return encoder.encode(texts);
    }

    @Override
    public Summary summarize(AnalyzedArticle article, SummaryLength length) {
        LengthBudget budget = new LengthBudget(length, article.sentences().size());
        GreedySelection selection = select(article, budget);
        SummaryBeam beam = model.beam();
        if (beam.active(length) && beam.appliesTo(article.sentences().size())) {
            return new Summary(article.article().id(), beam.best(beam.candidates(selection, budget, length)).sentences());
        }
        // Pass 0 keeps out junk and near-duplicates; later passes fill a requested length from them
        // only when nothing else is left, so "3 sentences" gives 3 whenever the article has 3. A word
        // budget is a limit, not a count to reach: a byline or a caption never fills it (only an article
        // of nothing else gets one).
        for (int pass = 0; pass < 3 && !budget.full(); pass++) {
            while (!budget.full() && selection.chooseNext(pass, budget)) {
                // chooseNext adds one sentence, or a sentence with the one before it
            }
        }
        return new Summary(article.article().id(), selection.result);
    }

    /**
     * The whole summaries the model's {@link SummaryBeam} weighs for this article and length (with a
     * width of 1, the greedy one alone), the greedy one first: for fitting the beam's weights.
     */
    public List<SummaryCandidate> candidates(AnalyzedArticle article, SummaryLength length) {
        LengthBudget budget = new LengthBudget(length, article.sentences().size());
        return model.beam().candidates(select(article, budget), budget, length);
    }

    /** The article's sentences scored, and a selection holding the lede (when it fits the budget). */
    private GreedySelection select(AnalyzedArticle article, LengthBudget budget) {
        SentenceProfile p = new SentenceProfile(article);
        int n = Math.min(p.size(), MAX_CANDIDATES);
        double[][] features = SentenceFeatures.compute(p, article.article().title(), n,
                model.semantic() ? vectors(encoder, p, n) : null, model.weighsKinds());
        double[] weights = model.weights();
        // A long article may weigh the lead less than a short one (LongArticleGate): its lead weight
        // replaces the model's, and so does its fallback margin.
        LongArticleGate gate = model.longArticles();
        double[] base = new double[n];
        for (int i = 0; i < n; i++) {
            base[i] = model.score(features[i]);
        }
        boolean longArticle = false;
        boolean layered = model.longWeights() != null && model.secondHold().active();
        if (freedCandidate(model, encoder, p, n)) {
            // a second weight vector, fitted on freed articles only, replaces the whole score
            double[] second = model.longWeights();
            double leadShift = gate.lead() - weights[LEAD];
            double[] freed = new double[n];
            for (int i = 0; i < n; i++) {
                freed[i] = second != null ? model.scoreLong(features[i]) : base[i] + leadShift * features[i][LEAD];
            }
            double spread = spread(p, n, freed);
            if (gate.frees(spread) && !(layered && model.secondHold().holds(p, n, spread))) {
                longArticle = true;
                base = freed;
                if (second != null) {
                    weights = second;
                }
            }
        }
        if (!longArticle && layered) {
            // held back from the second vector (SecondVectorHold): scored as without it and without the signal
            double[] freed = shiftedLead(model, features, base, n);
            if (gate.isLong(p.contentSentences, gate.teaserSet() && LeadShape.teaser(p, n))
                    && gate.frees(spread(p, n, freed))) {
                longArticle = true;
                base = freed;
            }
        }
        double leadMargin = longArticle ? gate.leadMargin() : model.leadMargin();
        double redundancy = longArticle && gate.redundancySet() ? gate.redundancy() : model.redundancy();
        double[] antecedentPenalty = new double[n];
        boolean[] needsAntecedent = new boolean[n];
        for (int i = 0; i < n; i++) {
            // a demonstrative inside the lede points at nothing the reader could be shown (only junk
            // comes before it), so it binds from the second sentence of news on
            needsAntecedent[i] = i > 0 && (p.danglingOpener[i] || p.traits[i].pronounSpeaker()
                    || p.demonstrative[i] && p.contentPosition[i] > 0);
            antecedentPenalty[i] = weights[DANGLING] * features[i][DANGLING]
                    + weights[PRONOUN_SPEAKER] * features[i][PRONOUN_SPEAKER];
        }
        GreedySelection selection = new GreedySelection(p, n, base, antecedentPenalty, needsAntecedent, leadMargin,
                redundancy, model.fill(), model.fillWords());
        selection.takeLede(budget);
        selection.wordBudget = budget.countsWords();
        return selection;
    }

    /** The model's own scores with the gate's lead weight in place of the model's. */
    private static double[] shiftedLead(SummaryModel model, double[][] features, double[] base, int n) {
        double shift = model.longArticles().lead() - model.weights()[LEAD];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = base[i] + shift * features[i][LEAD];
        }
        return out;
    }

    /**
     * Whether the gate may free the article: by its length (and the lede's shape), then, with a
     * {@link LeadNewsSignal}, by whether its lead is the news (a dateline, the lead–rest similarity).
     */
    static boolean freedCandidate(SummaryModel model, SentenceEncoder encoder, SentenceProfile p, int n) {
        LongArticleGate gate = model.longArticles();
        boolean byLength = gate.isLong(p.contentSentences, gate.teaserSet() && LeadShape.teaser(p, n));
        LeadNewsSignal signal = model.leadSignal();
        if (!gate.active() || !signal.active()) {
            return byLength;
        }
        boolean datelined = byLength && signal.holdDatelined() && LeadNewsSignal.datelined(p, n);
        boolean asks = byLength ? signal.holdSimilarity() != Double.POSITIVE_INFINITY
                : signal.freeFrom() > 0 && p.contentSentences >= signal.freeFrom();
        double similarity = !asks || datelined ? Double.NaN
                : signal.meaning() ? LeadNewsSignal.leadRestMeaning(encoder, p, n)
                : LeadNewsSignal.leadRestSimilarity(p, n);
        return signal.frees(byLength, p.contentSentences, datelined, similarity);
    }

    /**
     * The best score of a sentence of news after the lead-3 (the first three sentences of news) minus
     * the weakest score in the lead-3; negative infinity when the article has no sentence of news after it.
     */
    static double spread(SentenceProfile p, int n, double[] scores) {
        double weakestLead = Double.POSITIVE_INFINITY;
        double bestLater = Double.NEGATIVE_INFINITY;
        int seen = 0;
        for (int i = 0; i < n; i++) {
            if (p.junk[i]) {
                continue;
            }
            if (seen++ < 3) {
                weakestLead = Math.min(weakestLead, scores[i]);
            } else {
                bestLater = Math.max(bestLater, scores[i]);
            }
        }
        return bestLater - weakestLead;
    }
}
