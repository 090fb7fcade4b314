package dev.precis.summarize;

import dev.precis.model.AnalyzedArticle;

/**
 * The feature rows the summarizer scores an article's candidate sentences on, with every optional
 * feature computed and no sentence vectors: what a training tool outside this package (the boosted
 * trees of {@link TreeEnsemble}, fitted in precis-lab) learns from, so that it sees exactly the rows the
 * summarizer will later score.
 */
public final class SentenceFeatureRows {

    private SentenceFeatureRows() {
    }

    /** One row per candidate sentence (index = sentence index), columns in {@link SummaryModel#featureNames()} order. */
    public static double[][] of(AnalyzedArticle article) {
        SentenceProfile p = new SentenceProfile(article);
        int n = Math.min(p.size(), PositionCentralitySummarizer.MAX_CANDIDATES);
        return SentenceFeatures.compute(p, article.article().title(), n, null, true);
    }
}
