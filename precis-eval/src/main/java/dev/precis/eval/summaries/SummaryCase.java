package dev.precis.eval.summaries;

import dev.precis.model.Article;
import java.util.List;

/**
 * One article with its reference summary, as evaluation reads it.
 *
 * @param article the article (title and body)
 * @param referenceSentences the reference summary's sentences, in order
 * @param group a grouping for reports and splits (BBC category; "jsonl" otherwise)
 * @param number the case's number within its source, used for the tune/test split
 */
public record SummaryCase(Article article, List<String> referenceSentences, String group, int number) {

    public SummaryCase {
        referenceSentences = List.copyOf(referenceSentences);
    }

    /** The reference as ROUGE-Lsum wants it: one sentence a line. */
    public String reference() {
        return String.join("\n", referenceSentences);
    }
}
