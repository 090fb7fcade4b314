package dev.precis.summarize;

import dev.precis.model.SummarySentence;
import java.util.List;

/**
 * One summary a {@link SummaryBeam} weighs as a whole: its sentences in the order chosen, and what the
 * summary-level score (or a {@link SummaryRanker}) reads of them. Immutable.
 *
 * @param sentences the chosen sentences, in the order chosen
 * @param path the sum of the rankings the greedy steps gave them (the lede's score, then each choice's)
 * @param coverage the share of the article's salient term weight the summary's sentences hold (0 to 1;
 *     a term is salient by the number of the article's sentences beyond the first that hold it)
 * @param words the words the summary shows
 * @param lede the share of the article's salient term weight its first chosen sentence (the lede) holds alone
 * @param leadHeld how many of the article's first three sentences of news (its Lead-3) the summary holds
 * @param reach the place among the article's sentences of news of the summary's latest sentence (0: the lede)
 * @param articleSentences the article's sentences of news
 */
public record SummaryCandidate(List<SummarySentence> sentences, double path, double coverage, int words, double lede,
                               int leadHeld, int reach, int articleSentences) {

    public SummaryCandidate {
        sentences = List.copyOf(sentences);
    }

    /** A candidate whose place in the article is not known. */
    public SummaryCandidate(List<SummarySentence> sentences, double path, double coverage, int words, double lede) {
        this(sentences, path, coverage, words, lede, 0, 0, 0);
    }

    /** A candidate whose lede's share and place in the article are not known. */
    public SummaryCandidate(List<SummarySentence> sentences, double path, double coverage, int words) {
        this(sentences, path, coverage, words, 0);
    }

    /** Whether {@code other} holds the same sentences, in any order. */
    boolean sameSentences(SummaryCandidate other) {
        if (other.sentences.size() != sentences.size()) {
            return false;
        }
        for (SummarySentence s : sentences) {
            boolean held = false;
            for (SummarySentence o : other.sentences) {
                held |= o.sentenceIndex() == s.sentenceIndex();
            }
            if (!held) {
                return false;
            }
        }
        return true;
    }
}
