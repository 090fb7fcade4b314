package dev.precis.summarize;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Summary;
import dev.precis.model.SummaryLength;
import dev.precis.model.SummarySentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Precis' extractive summarizer for news. Each sentence is scored by a lead prior (news puts the
 * point first), its centrality (TF-IDF cosine with the article's centroid, as in centroid/LexRank
 * summarizers, but linear in the article's length), its overlap with the headline and a preference
 * for sentences of ordinary length. Sentences are then chosen greedily with maximal marginal
 * relevance, so near-duplicates are not repeated, and with the shapes that read badly pushed down:
 * captions, credits and bylines are left out while anything else is available, a sentence opening
 * with "He"/"But"/"This" is penalised unless the sentence before it is chosen too, and half of a
 * quotation is penalised. The result is in document order.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * Summarizer summarizer = new PositionCentralitySummarizer(SummaryWeights.DEFAULT);
 * Summary s = summarizer.summarize(analyzed, SummaryLength.sentences(3));
 * }</pre>
 */
public final class PositionCentralitySummarizer implements Summarizer {

    /** Candidates beyond this position are not considered: bounds work on very long inputs. */
    static final int MAX_CANDIDATES = 2000;
    private static final double DUPLICATE_SIMILARITY = 0.75;

    private final SummaryWeights weights;

    public PositionCentralitySummarizer(SummaryWeights weights) {
        this.weights = weights;
    }

    @Override
    public Summary summarize(AnalyzedArticle article, SummaryLength length) {
        SentenceProfile p = new SentenceProfile(article);
        int n = Math.min(p.size(), MAX_CANDIDATES);
        double[] base = baseScores(p, article.article().title(), n);
        boolean[] chosen = new boolean[n];
        double[] maxSimilarity = new double[n];
        LengthBudget budget = new LengthBudget(length, p.size());
        List<SummarySentence> result = new ArrayList<>();
        // Pass 0 keeps out junk and near-duplicates; later passes fill a requested length from them
        // only when nothing else is left, so "3 sentences" gives 3 whenever the article has 3.
        for (int pass = 0; pass < 3 && !budget.full(); pass++) {
            while (!budget.full()) {
                int best = -1;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    if (chosen[i] || (pass == 0 && p.junk[i]) || (pass < 2 && maxSimilarity[i] > DUPLICATE_SIMILARITY)
                            || !budget.admits(p.words[i])) {
                        continue;
                    }
                    double score = base[i] - weights.redundancy() * maxSimilarity[i];
                    if (p.danglingOpener[i] && (i == 0 || !chosen[i - 1])) {
                        score -= weights.dangling() * Math.abs(base[i]);
                    }
                    if (score > bestScore) {
                        bestScore = score;
                        best = i;
                    }
                }
                if (best < 0) {
                    break;
                }
                chosen[best] = true;
                budget.add(p.words[best]);
                result.add(new SummarySentence(best, p.sentences.get(best).range(), bestScore));
                for (int i = 0; i < n; i++) {
                    if (!chosen[i]) {
                        maxSimilarity[i] = Math.max(maxSimilarity[i], p.cosine(i, best));
                    }
                }
            }
        }
        return new Summary(article.article().id(), result);
    }

    private double[] baseScores(SentenceProfile p, String title, int n) {
        double[] centroid = new double[p.vocabulary];
        for (int i = 0; i < p.size(); i++) {
            for (int k = 0; k < p.termIds[i].length; k++) {
                centroid[p.termIds[i][k]] += p.weight(i, k);
            }
        }
        double centroidNorm = norm(centroid);
        double[] titleVector = new double[p.vocabulary];
        Terms.forEach(title, 0, title.length(), (term, capitalized) -> {
            Integer id = p.ids.get(term);
            if (id != null) {
                titleVector[id] += Math.log((1.0 + p.size()) / p.documentFrequency[id]);
            }
        });
        double titleNorm = norm(titleVector);
        double[] centrality = new double[n];
        double[] titleSim = new double[n];
        double maxCentrality = 1e-9;
        double maxTitle = 1e-9;
        for (int i = 0; i < n; i++) {
            centrality[i] = p.cosine(i, centroid, centroidNorm);
            titleSim[i] = p.cosine(i, titleVector, titleNorm);
            maxCentrality = Math.max(maxCentrality, centrality[i]);
            maxTitle = Math.max(maxTitle, titleSim[i]);
        }
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            double lead = 1.0 / Math.pow(1 + i, weights.positionDecay());
            int w = p.words[i];
            double ordinaryLength = w < 8 ? w / 8.0 : w > 40 ? 40.0 / w : 1.0;
            score[i] = weights.position() * lead
                    + weights.centrality() * centrality[i] / maxCentrality
                    + weights.title() * titleSim[i] / maxTitle
                    + weights.length() * ordinaryLength;
            if (p.partialQuote[i]) {
                score[i] *= 1 - weights.partialQuote();
            }
        }
        return score;
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }
}
