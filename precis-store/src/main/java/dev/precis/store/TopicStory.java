package dev.precis.store;

/**
 * A story of a {@link TopicSpace}: its centroid (summed log-tf per word of its members), the sum of its
 * members' meaning vectors, its size and date span; norms under the current idf are cached per epoch
 * ({@link #refresh}). Mutable: the space adds members and merges stories.
 */
final class TopicStory {

    SparseVector terms = SparseVector.empty();
    SparseVector keys = SparseVector.empty();
    /** Sum of its members' meaning vectors (null until one has a vector), and how many have one. */
    float[] meaning;
    int meanings;
    int members;
    Long first;
    Long last;
    int epoch = -1;
    double termNorm;
    double keyNorm;
    double termNormSq;
    double keyNormSq;

    /** Adds a member's meaning vector (null: none) to the story's sum. */
    void addMeaning(float[] v) {
        if (v != null && (meaning == null || meaning.length == v.length)) {
            if (meaning == null) {
                meaning = new float[v.length];
            }
            for (int i = 0; i < v.length; i++) {
                meaning[i] += v[i];
            }
            meanings++;
        }
    }

    /** Adds another story's sum of meaning vectors. */
    void addMeanings(TopicStory other) {
        if (other.meaning != null && (meaning == null || meaning.length == other.meaning.length)) {
            if (meaning == null) {
                meaning = new float[other.meaning.length];
            }
            for (int i = 0; i < meaning.length; i++) {
                meaning[i] += other.meaning[i];
            }
            meanings += other.meanings;
        }
    }

    /** Widens the story's date span to {@code day} (null: unknown, ignored). */
    void span(Long day) {
        if (day != null) {
            first = first == null || day < first ? day : first;
            last = last == null || day > last ? day : last;
        }
    }

    /**
     * Whether this story is {@code member} alone, with the member's own vectors ({@link SparseVector#share}) and the
     * same cached norms: a query's centroid score with it is then, to the bit, the query's similarity with the member
     * (its meaning sum is the member's vector added to zeros, which changes no value but a zero's sign, and no dot
     * product). Most stories are one article, so {@link StoryPlanner} reuses the member's score rather than compute
     * it twice.
     */
    boolean isAlone(TopicArticle member) {
        return members == 1 && terms.sharesArrays(member.terms) && keys.sharesArrays(member.keys)
                && termNorm == member.termNorm && keyNorm == member.keyNorm
                && meanings == (member.meaning == null ? 0 : 1);
    }

    /** Recomputes the norms under the idf of {@code articleCount} articles unless they are of {@code current}. */
    void refresh(int current, Vocabulary termWords, Vocabulary keyWords, int articleCount) {
        if (epoch != current) {
            termNorm = termWords.weightedNorm(terms, articleCount);
            keyNorm = keyWords.weightedNorm(keys, articleCount);
            termNormSq = termNorm * termNorm;
            keyNormSq = keyNorm * keyNorm;
            epoch = current;
        }
    }
}
