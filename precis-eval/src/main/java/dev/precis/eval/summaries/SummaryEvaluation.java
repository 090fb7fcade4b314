package dev.precis.eval.summaries;

import dev.precis.eval.rouge.RougeScorer;
import dev.precis.eval.rouge.RougeScores;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.SummaryLength;
import dev.precis.nlp.SentenceSplitter;
import dev.precis.model.Summary;
import dev.precis.summarize.Readability;
import dev.precis.summarize.Summarizer;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Scores summarizers against reference summaries with ROUGE (stemmed, as rouge_score computes it),
 * at a fixed number of sentences and at each reference's own length in words. Articles are split into
 * sentences once and shared by every system, so all systems see the same sentences. Thread-safe.
 *
 * <pre>{@code
 * SummaryEvaluation eval = new SummaryEvaluation(splitter);
 * List<AnalyzedArticle> split = eval.prepare(cases);
 * RougeMeans lead = eval.score(cases, split, new LeadSummarizer(), SummaryEvaluation.sentences(3));
 * }</pre>
 */
public final class SummaryEvaluation {

    private final SentenceSplitter splitter;
    private final RougeScorer rouge = new RougeScorer(true);
    private final RougeScorer unstemmed = new RougeScorer(false);

    public SummaryEvaluation(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    /** A fixed length for every case. */
    public static Function<SummaryCase, SummaryLength> sentences(int n) {
        return c -> SummaryLength.sentences(n);
    }

    /** A fixed word budget for every case. */
    public static Function<SummaryCase, SummaryLength> words(int n) {
        return c -> SummaryLength.words(n);
    }

    /** The reference's own length in words, for every case. */
    public Function<SummaryCase, SummaryLength> referenceLength() {
        return c -> SummaryLength.words(Math.max(1, unstemmed.tokenize(c.reference()).size()));
    }

    /** The cases' articles split into sentences, in the same order. */
    public List<AnalyzedArticle> prepare(List<SummaryCase> cases) {
        return cases.parallelStream()
                .map(c -> AnalyzedArticle.ofSentences(c.article(), splitter.split(c.article().text())))
                .toList();
    }

    /** Mean ROUGE F1 ×100 of {@code system} over the cases at the given lengths. */
    public RougeMeans score(List<SummaryCase> cases, List<AnalyzedArticle> analyzed, Summarizer system,
                            Function<SummaryCase, SummaryLength> length) {
        return score(cases, analyzed, (c, a, l) -> system.summarize(a, l), length);
    }

    /** A system that may see the case (the oracle sees its reference). */
    @FunctionalInterface
    public interface CaseSummarizer {
        Summary summarize(SummaryCase c, AnalyzedArticle article, SummaryLength length);
    }

    /** Mean ROUGE F1 ×100 of {@code system} over the cases at the given lengths. */
    public RougeMeans score(List<SummaryCase> cases, List<AnalyzedArticle> analyzed, CaseSummarizer system,
                            Function<SummaryCase, SummaryLength> length) {
        return means(perCase(cases, analyzed, system, length));
    }

    /** The means of {@link #perCase} rows: ROUGE F1 ×100, words per summary and the dangling share. */
    public static RougeMeans means(double[][] perCase) {
        double[] sum = new double[6];
        for (double[] row : perCase) {
            for (int k = 0; k < sum.length; k++) {
                sum[k] += row[k];
            }
        }
        int n = Math.max(1, perCase.length);
        return new RougeMeans(100 * sum[0] / n, 100 * sum[1] / n, 100 * sum[2] / n, 100 * sum[3] / n,
                perCase.length, sum[4] / n, sum[5] / n);
    }

    /**
     * One row per case: ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum F1 (0 to 1), the summary's words, and
     * 1 if it dangles, else 0.
     */
    public double[][] perCase(List<SummaryCase> cases, List<AnalyzedArticle> analyzed, Summarizer system,
                              Function<SummaryCase, SummaryLength> length) {
        return perCase(cases, analyzed, (c, a, l) -> system.summarize(a, l), length);
    }

    /** One row per case, as {@link #perCase(List, List, Summarizer, Function)}, for a system that may see the case. */
    public double[][] perCase(List<SummaryCase> cases, List<AnalyzedArticle> analyzed, CaseSummarizer system,
                               Function<SummaryCase, SummaryLength> length) {
        double[][] perCase = new double[cases.size()][];
        IntStream.range(0, cases.size()).parallel().forEach(i -> {
            SummaryCase c = cases.get(i);
            AnalyzedArticle a = analyzed.get(i);
            Summary summary = system.summarize(c, a, length.apply(c));
            List<String> texts = summary.texts(a.article().text());
            String prediction = String.join("\n", texts);
            RougeScores s = rouge.score(c.reference(), prediction);
            perCase[i] = new double[] {s.rouge1().f1(), s.rouge2().f1(), s.rougeL().f1(), s.rougeLsum().f1(),
                    SummaryLength.wordCount(prediction), Readability.dangles(a, summary) ? 1 : 0};
        });
        return perCase;
    }
}
