package dev.precis.eval.rouge;

/**
 * The four ROUGE variants reported for one reference/prediction pair, as Google's
 * {@code rouge_score} names them. Immutable and thread-safe.
 *
 * @param rouge1 clipped unigram overlap
 * @param rouge2 clipped bigram overlap
 * @param rougeL longest common subsequence over the whole token sequences
 * @param rougeLsum summary-level union LCS over newline-separated sentences (what news
 *     summarisation papers report as ROUGE-L)
 */
public record RougeScores(Prf rouge1, Prf rouge2, Prf rougeL, Prf rougeLsum) {
}
