package dev.precis.lab.summaries;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.summarize.SummaryModel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Article-level features for deciding whether an article's lead beats a free model's pick
 * ({@link LeadBonusCheck}): the article's length, the eight lede signals (read off the lede's feature
 * row, divided by its lead prior), and how the free model sees the lead: how many of Lead-3's sentences
 * it keeps, its score spread (best later sentence minus Lead-3's weakest), Lead-3's mean score minus its
 * own picks', the share of quotation marks, and the R-1 of its pick against Lead-3.
 */
final class ArticleLeadFeatures {

    private static final List<String> SIGNALS = List.of("leadDateline", "leadLength", "leadFigure", "leadPast",
            "leadOpening", "leadRestated", "leadCentral", "leadShortArticle");
    static final List<String> NAMES = Stream.concat(Stream.of("logSentences"), Stream.concat(SIGNALS.stream(),
            Stream.of("overlapLead3", "spread", "leadMinusPicks", "quoteShare", "freeVsLead3R1"))).toList();

    private ArticleLeadFeatures() {
    }

    /** The article-level features of {@link #NAMES}, from the free model's scores and its three-sentence pick. */
    static double[] of(AnalyzedArticle a, double[][] rows, SummaryModel model, Summary free3, Summary lead3) {
        List<String> names = SummaryModel.featureNames();
        int leadColumn = names.indexOf("lead");
        int lede = 0;
        for (int r = 1; r < rows.length; r++) {
            if (rows[r][leadColumn] > rows[lede][leadColumn]) {
                lede = r;
            }
        }
        double prior = rows.length == 0 ? 1 : Math.max(rows[lede][leadColumn], 1e-9);
        double[] out = new double[NAMES.size()];
        out[0] = Math.log(1 + rows.length);
        for (int k = 0; k < SIGNALS.size(); k++) {
            out[1 + k] = rows.length == 0 ? 0 : rows[lede][names.indexOf(SIGNALS.get(k))] / prior;
        }
        double[] w = model.weights();
        double[] s = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            s[r] = model.trees().score(rows[r]);
            for (int k = 0; k < w.length; k++) {
                s[r] += w[k] * rows[r][k];
            }
        }
        Set<Integer> leadSet = indices(lead3, rows.length);
        Set<Integer> freeSet = indices(free3, rows.length);
        int lastLead = leadSet.stream().mapToInt(Integer::intValue).max().orElse(-1);
        double weakest = leadSet.stream().mapToDouble(i -> s[i]).min().orElse(0);
        double later = Double.NEGATIVE_INFINITY;
        for (int r = lastLead + 1; r < rows.length; r++) {
            later = Math.max(later, s[r]);
        }
        Set<Integer> shared = new HashSet<>(leadSet);
        shared.retainAll(freeSet);
        out[9] = shared.size() / 3.0;
        out[10] = later == Double.NEGATIVE_INFINITY ? -5 : Math.max(-5, later - weakest);
        out[11] = leadSet.stream().mapToDouble(i -> s[i]).average().orElse(0)
                - freeSet.stream().mapToDouble(i -> s[i]).average().orElse(0);
        String text = a.article().text();
        long quotes = text.chars().filter(ch -> ch == '"' || ch == '\u201C').count();
        out[12] = Math.min(1, quotes / 2.0 / Math.max(1, a.sentences().size()));
        String leadText = String.join("\n", lead3.texts(text));
        out[13] = leadText.isBlank() ? 0 : LeadBonusCheck.ROUGE.score(leadText, String.join("\n", free3.texts(text))).rouge1().f1();
        return out;
    }

    private static Set<Integer> indices(Summary s, int limit) {
        Set<Integer> out = new HashSet<>();
        for (SummarySentence x : s.sentences()) {
            if (x.sentenceIndex() < limit) {
                out.add(x.sentenceIndex());
            }
        }
        return out;
    }
}
