package dev.precis.store;

import java.util.Arrays;

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
    /** {@link #averageMeaning()}, kept until the sum changes (null: not computed since). */
    private float[] average;
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
            average = null;
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
            average = null;
        }
    }

    /**
     * The sum of meaning vectors divided by their number, each component as {@link MeaningSpace#mix} divides
     * it (so to the same bits), or null when no member has one. Kept between calls: the planner compares the
     * new article with every candidate story's, and only one story changes per article added.
     */
    float[] averageMeaning() {
        if (meaning == null || meanings == 0) {
            return null;
        }
        if (average == null) {
            float[] a = new float[meaning.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = meaning[i] / meanings;
            }
            average = a;
        }
        return average;
    }

    /**
     * Whether this story is its one member {@code e} to every input of a similarity: the same word and name
     * vectors (shared arrays), norms and meaning vector, so that its centroid scores exactly what the member
     * scored (the same operations on the same values). Most stories have one member, and comparing the centroid
     * again was a third of the planner's vector work (ingest --analyzed). Checked, not assumed: norms refreshed at
     * different article counts of one idf epoch differ, and so does a zero's sign in the story's summed meaning.
     */
    boolean isOnly(TopicArticle e) {
        return e != null && members == 1 && termNorm == e.termNorm && keyNorm == e.keyNorm
                && terms.sameAs(e.terms) && keys.sameAs(e.keys) && Arrays.equals(averageMeaning(), e.meaning);
    }

    /** Widens the story's date span to {@code day} (null: unknown, ignored). */
    void span(Long day) {
        if (day != null) {
            first = first == null || day < first ? day : first;
            last = last == null || day > last ? day : last;
        }
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
