package dev.precis.summarize;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Summary;
import dev.precis.model.SummaryLength;

/**
 * Chooses sentences of an article for an extractive summary. Stateless and thread-safe.
 *
 * <pre>{@code
 * Summary s = summarizer.summarize(analyzed, SummaryLength.sentences(3));
 * }</pre>
 */
public interface Summarizer {

    /** A summary of at most the requested length, sentences in document order. */
    Summary summarize(AnalyzedArticle article, SummaryLength length);
}
