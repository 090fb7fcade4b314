package dev.precis.store;

import java.util.Arrays;

/**
 * What {@link StoryPlanner#plan} keeps per candidate story while it walks an article's candidate members: the
 * closest member's similarity, its words-and-names similarity and key-name cosine (and its id), the highest
 * content-word cosine over the story's members (and that member's id and key-name cosine). Primitive arrays,
 * one slot per story in the order first seen, found through a small open-addressing table and reused from
 * plan to plan: the seven boxed hash maps it replaces cost a tenth of the planner's time in a bulk load
 * ({@code ingest --analyzed}), and nothing read from them depended on their order. Not thread-safe.
 */
final class StoryTally {

    private long[] stories = new long[16];
    double[] best = new double[16];
    double[] lexical = new double[16];
    double[] keys = new double[16];
    long[] closestMember = new long[16];
    double[] maxWords = new double[16];
    long[] wordsMember = new long[16];
    double[] wordsMemberKeys = new double[16];
    private int size;
    /** Open-addressing table: slot + 1 of the story hashed there, 0 when empty. */
    private int[] table = new int[64];

    /** Forgets every story (before a new plan). */
    void clear() {
        if (size > 0) {
            Arrays.fill(table, 0);
            size = 0;
        }
    }

    int size() {
        return size;
    }

    long story(int slot) {
        return stories[slot];
    }

    /** The slot of {@code story}, or -1 when it has none. */
    int slotOf(long story) {
        int mask = table.length - 1;
        for (int h = hash(story) & mask; table[h] != 0; h = (h + 1) & mask) {
            int s = table[h] - 1;
            if (stories[s] == story) {
                return s;
            }
        }
        return -1;
    }

    /**
     * The slot of {@code story}; a new one (its values for the caller to set) is {@code -(slot + 1)}.
     */
    int slotOrAdd(long story) {
        int found = slotOf(story);
        if (found >= 0) {
            return found;
        }
        if (size == stories.length) {
            grow();
        }
        if ((size + 1) * 2 > table.length) {
            rehash(table.length * 2);
        }
        int s = size++;
        stories[s] = story;
        place(s);
        return -(s + 1);
    }

    /** The value at {@code story}'s slot, or {@code absent} when the story has none. */
    double get(double[] values, long story, double absent) {
        int s = slotOf(story);
        return s < 0 ? absent : values[s];
    }

    private void place(int s) {
        int mask = table.length - 1;
        int h = hash(stories[s]) & mask;
        while (table[h] != 0) {
            h = (h + 1) & mask;
        }
        table[h] = s + 1;
    }

    private void rehash(int length) {
        table = new int[length];
        for (int s = 0; s < size; s++) {
            place(s);
        }
    }

    private void grow() {
        int n = stories.length * 2;
        stories = Arrays.copyOf(stories, n);
        best = Arrays.copyOf(best, n);
        lexical = Arrays.copyOf(lexical, n);
        keys = Arrays.copyOf(keys, n);
        closestMember = Arrays.copyOf(closestMember, n);
        maxWords = Arrays.copyOf(maxWords, n);
        wordsMember = Arrays.copyOf(wordsMember, n);
        wordsMemberKeys = Arrays.copyOf(wordsMemberKeys, n);
    }

    private static int hash(long story) {
        long h = story * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
