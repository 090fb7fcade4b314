package dev.precis.store;

import java.util.List;

/**
 * A short summary of a story drawn from its articles' own summaries: 3–5 sentences, no two saying the
 * same thing, in the order of their articles' dates, each pointing at the article and the characters it
 * came from. Immutable.
 *
 * @param storyId the story
 * @param since the earliest publication date considered (ISO), or null for all articles
 * @param addedSince when the window also takes the articles added since a moment (ISO instant; a duration
 *     such as {@code 24h}), that moment; null otherwise
 * @param sentences the sentences in time order
 */
public record StorySummary(long storyId, String since, String addedSince, List<Sentence> sentences) {

    public StorySummary {
        sentences = List.copyOf(sentences);
    }

    /** A summary over a publication-date window (or the whole story when {@code since} is null). */
    public StorySummary(long storyId, String since, List<Sentence> sentences) {
        this(storyId, since, null, sentences);
    }

    /**
     * One summary sentence.
     *
     * @param articleId the stored article it comes from
     * @param start first character in the article's text
     * @param end one past its last character
     * @param text the sentence ({@code body.substring(start, end)})
     * @param published the article's publication date or null
     * @param source the article's source or null
     * @param speaker who is quoted in the sentence (the speaker of the first attributed quote that overlaps
     *     it, as the quote finder resolved it), or null
     */
    public record Sentence(long articleId, int start, int end, String text, String published, String source, String speaker) {

        public Sentence(long articleId, int start, int end, String text, String published, String source) {
            this(articleId, start, end, text, published, source, null);
        }

        Sentence withSpeaker(String who) {
            return new Sentence(articleId, start, end, text, published, source, who);
        }
    }
}
