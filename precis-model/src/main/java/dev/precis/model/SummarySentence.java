package dev.precis.model;

/**
 * A sentence chosen for a summary, with the score that chose it. Immutable and thread-safe.
 *
 * @param sentenceIndex index of the sentence among the article's sentences
 * @param range characters of the sentence in the article text
 * @param score the summarizer's score (higher is more summary-worthy; scale is the summarizer's)
 */
public record SummarySentence(int sentenceIndex, TextRange range, double score) {
}
