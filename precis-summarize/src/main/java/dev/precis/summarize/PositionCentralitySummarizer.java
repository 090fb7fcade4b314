package dev.precis.summarize;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Summary;
import dev.precis.model.SummaryLength;
import dev.precis.model.SummarySentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Precis' extractive summarizer for news. Each sentence is scored by a linear model (see
 * {@link SummaryModel}, learned from reference summaries) over its features: graph centrality
 * (PageRank over the TF-IDF cosine graph, as in LexRank/TextRank), similarity to the centroid and to
 * the headline, its position (news puts the point first), its length, and the shapes that read badly.
 * Sentences are then chosen greedily with maximal marginal relevance, so near-duplicates are not
 * repeated; captions, credits and bylines are left out while anything else is available; a sentence
 * opening with "He"/"But"/"This" carries its penalty only when the sentence before it is not chosen
 * too. The result is in document order.
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
    private static final double DUPLICATE_SIMILARITY = 0.75;
    private static final int DANGLING = SentenceFeatures.NAMES.indexOf("dangling");

    private final SummaryModel model;

    public PositionCentralitySummarizer(SummaryModel model) {
        this.model = model;
    }

    @Override
    public Summary summarize(AnalyzedArticle article, SummaryLength length) {
        SentenceProfile p = new SentenceProfile(article);
        int n = Math.min(p.size(), MAX_CANDIDATES);
        double[][] features = SentenceFeatures.compute(p, article.article().title(), n);
        double[] base = new double[n];
        for (int i = 0; i < n; i++) {
            base[i] = model.score(features[i]);
        }
        double danglingWeight = model.weights()[DANGLING];
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
                    double score = base[i] - model.redundancy() * maxSimilarity[i];
                    if (p.danglingOpener[i] && i > 0 && chosen[i - 1]) {
                        score -= danglingWeight;
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
}
