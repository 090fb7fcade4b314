package dev.precis.eval.summaries;

/**
 * Corpus means of per-document ROUGE F1, ×100, with how the summaries were shaped.
 *
 * @param rouge1 ROUGE-1 F1
 * @param rouge2 ROUGE-2 F1
 * @param rougeL ROUGE-L F1
 * @param rougeLsum ROUGE-Lsum F1
 * @param documents how many documents were averaged
 * @param meanWords mean words per summary
 * @param danglingShare share of summaries with a dangling pronoun or connective (see
 *     {@code Readability})
 */
public record RougeMeans(double rouge1, double rouge2, double rougeL, double rougeLsum, int documents,
                         double meanWords, double danglingShare) {
}
