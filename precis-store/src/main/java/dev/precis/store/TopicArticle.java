package dev.precis.store;

/**
 * One article of a {@link TopicSpace}: log-tf vectors ({@code 1 + ln count}) of its content words and key
 * names, its meaning vector and day, the story it is in, and the vectors' idf-weighted norms as of
 * {@code epoch} (recomputed by {@link #refresh} when the idf has moved on). Mutable: the space moves it
 * between stories.
 */
final class TopicArticle {

    final SparseVector terms;
    final SparseVector keys;
    /** Unit-length meaning vector, or null. */
    final float[] meaning;
    final Long day;
    /** The language its words are read in (English while {@link StoryParams#readsLanguages()} is off). */
    final StoryLanguage language;
    /** Counts of the lead's content words ({@link ArticleFeatures#lead()}), or null (none, or leads not read). */
    SparseVector lead;
    long story;
    int epoch = -1;
    double termNorm;
    double keyNorm;
    double leadNorm;

    TopicArticle(SparseVector terms, SparseVector keys, float[] meaning, Long day, StoryLanguage language, long story) {
        this.terms = terms;
        this.keys = keys;
        this.meaning = meaning;
        this.day = day;
        this.language = language;
        this.story = story;
    }

    /** Recomputes the norms under the idf of {@code articleCount} articles unless they are of {@code current}. */
    void refresh(int current, Vocabulary termWords, Vocabulary keyWords, int articleCount) {
        if (epoch != current) {
            termNorm = termWords.weightedNorm(terms, articleCount);
            keyNorm = keyWords.weightedNorm(keys, articleCount);
            leadNorm = lead == null ? 0 : termWords.weightedNorm(lead, articleCount);
            epoch = current;
        }
    }
}
