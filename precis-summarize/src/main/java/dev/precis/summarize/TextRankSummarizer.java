package dev.precis.summarize;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Summary;
import dev.precis.model.SummaryLength;
import dev.precis.model.SummarySentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The TextRank baseline (Mihalcea and Tarau, 2004, with cosine TF-IDF edges as in LexRank): PageRank
 * over the sentence-similarity graph, best-ranked sentences first. Quadratic in the number of
 * sentences, so only the first {@value #MAX_SENTENCES} take part. Stateless and thread-safe.
 */
public final class TextRankSummarizer implements Summarizer {

    static final int MAX_SENTENCES = 400;

    @Override
    public Summary summarize(AnalyzedArticle article, SummaryLength length) {
        SentenceProfile p = new SentenceProfile(article);
        int n = Math.min(p.size(), MAX_SENTENCES);
        double[] rank = Centrality.pageRank(p, n);
        List<Integer> order = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -rank[i]).thenComparingInt(i -> i))
                .toList();
        LengthBudget budget = new LengthBudget(length, p.size());
        List<SummarySentence> chosen = new ArrayList<>();
        for (int i : order) {
            if (budget.full()) {
                break;
            }
            if (budget.admits(p.words[i])) {
                budget.add(p.words[i]);
                chosen.add(new SummarySentence(i, p.sentences.get(i).range(), rank[i]));
            }
        }
        return new Summary(article.article().id(), chosen);
    }
}
