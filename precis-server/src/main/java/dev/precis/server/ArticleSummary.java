package dev.precis.server;

import java.util.List;

/**
 * A summary of a stored article as the API and the reader send it. Immutable.
 *
 * @param articleId the article's library id
 * @param sentences the chosen sentences in document order
 */
public record ArticleSummary(long articleId, List<Line> sentences) {

    public ArticleSummary {
        sentences = List.copyOf(sentences);
    }

    /**
     * One summary sentence.
     *
     * @param index the sentence's index among the article's sentences
     * @param start its first character in the article text (a Java {@code String} offset)
     * @param end one past its last character
     * @param text the sentence as shown: the article text from {@code start} to {@code end}, which for a
     *             lede leaves out a leading dateline and source tag ("LONDON (Reuters) -- ")
     */
    public record Line(int index, int start, int end, String text) {
    }
}
