package dev.precis.store;

import java.util.List;

/**
 * What happened in a window: the top stories with what is new in them and a summary. Immutable.
 *
 * @param window the window covered
 * @param generated when the digest was made (ISO instant)
 * @param stories the stories, best first
 */
public record Digest(DigestWindow window, String generated, List<Entry> stories) {

    public Digest {
        stories = List.copyOf(stories);
    }

    /**
     * One story of the digest.
     *
     * @param story the story
     * @param newArticles its articles in the window, newest first
     * @param sources the distinct sources among them
     * @param score the ranking score (new articles and sources, recency, size)
     * @param summary the story's summary over the window's dates
     */
    public record Entry(StoryInfo story, List<ArticleRef> newArticles, int sources, double score, StorySummary summary) {

        public Entry {
            newArticles = List.copyOf(newArticles);
        }
    }
}
