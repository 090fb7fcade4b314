package dev.precis.summarize;

import dev.precis.model.SummarySentence;
import java.util.List;

/**
 * One summary a {@link SummaryBeam} weighs as a whole: its sentences in the order chosen, and what the
 * summary-level score reads of them. Immutable.
 *
 * @param sentences the chosen sentences, in the order chosen
 * @param path the sum of the rankings the greedy steps gave them (the lede's score, then each choice's)
 * @param coverage the share of the article's salient term weight the summary's sentences hold (0 to 1;
 *     a term is salient by the number of the article's sentences beyond the first that hold it)
 * @param words the words the summary shows
 * @param lede the share of the article's salient term weight its first chosen sentence (the lede) holds alone
 */
public record SummaryCandidate(List<SummarySentence> sentences, double path, double coverage, int words, double lede) {

    public SummaryCandidate {
        sentences = List.copyOf(sentences);
    }

    /** A candidate whose lede's share is not known (0). */
    public SummaryCandidate(List<SummarySentence> sentences, double path, double coverage, int words) {
        this(sentences, path, coverage, words, 0);
    }
}
