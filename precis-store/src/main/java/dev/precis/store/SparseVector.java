package dev.precis.store;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * A sparse vector of word weights: ids sorted ascending with their values, in two primitive arrays
 * (about 12 bytes an entry instead of a boxed map's 60 or more). Lookups are binary searches; adding
 * another vector merges the two. Not thread-safe.
 */
final class SparseVector {

    private int[] ids;
    private double[] values;
    private int size;

    private SparseVector(int[] ids, double[] values, int size) {
        this.ids = ids;
        this.values = values;
        this.size = size;
    }

    static SparseVector empty() {
        return new SparseVector(new int[0], new double[0], 0);
    }

    /** The vector of {@code n} distinct ids with their values (the arrays are left as they are). */
    static SparseVector of(int[] ids, double[] values, int n) {
        return both(ids, values, values, n)[0];
    }

    /**
     * Two vectors over the same {@code n} distinct ids, one with {@code a}'s values and one with {@code b}'s,
     * from one sort of the ids (the arrays are left as they are).
     */
    static SparseVector[] both(int[] ids, double[] a, double[] b, int n) {
        int[] order = order(ids, n);
        int[] sortedIds = new int[n];
        double[] sortedA = new double[n];
        double[] sortedB = b == a ? sortedA : new double[n];
        for (int i = 0; i < n; i++) {
            sortedIds[i] = ids[order[i]];
            sortedA[i] = a[order[i]];
            sortedB[i] = b[order[i]];
        }
        return new SparseVector[] {new SparseVector(sortedIds, sortedA, n), new SparseVector(sortedIds, sortedB, n)};
    }

    /**
     * The positions of {@code ids[0..n)} in ascending order of id. Each id (at most 2^31 - 1) and its position
     * are packed into one long and the longs sorted as primitives: the ids are distinct, so this is the order
     * of a sort by id, without boxing every position and calling a comparator (every article added sorts its
     * word ids this way).
     */
    private static int[] order(int[] ids, int n) {
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = ((long) ids[i] << 32) | i;
        }
        Arrays.sort(packed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) packed[i];
        }
        return order;
    }

    /**
     * A vector with the same entries that shares this one's arrays: no method writes into an array it
     * holds ({@link #add} and {@link #trim} replace them), so each may change later without touching the other.
     */
    SparseVector share() {
        return new SparseVector(ids, values, size);
    }

    /** Whether {@code other} holds this vector's own arrays ({@link #share}): the same entries, by construction. */
    boolean sharesArrays(SparseVector other) {
        return ids == other.ids && values == other.values && size == other.size;
    }

    int size() {
        return size;
    }

    int idAt(int i) {
        return ids[i];
    }

    double valueAt(int i) {
        return values[i];
    }

    /** The ids array itself, ascending in {@code [0, size())} (read only: {@link TopicQuery#cos}'s loop). */
    int[] idArray() {
        return ids;
    }

    /** The values array itself, in {@code [0, size())} (read only: {@link TopicQuery#cos}'s loop). */
    double[] valueArray() {
        return values;
    }

    /** The position of {@code id}, or a negative number when it is absent. */
    int indexOf(int id) {
        return id < 0 ? -1 : Arrays.binarySearch(ids, 0, size, id);
    }

    /**
     * Adds {@code other} into this vector: each value becomes {@code before + v}, or {@code before + 1 + v}
     * (evaluated left to right, as the story centroids always were) with {@code plusOne}. When
     * {@code idf} is given, returns how much the sum of squared idf-weighted values grew
     * ({@code (after² - before²) x idf²} per id), else 0.
     */
    double add(SparseVector other, boolean plusOne, IntToDoubleFunction idf) {
        int[] outIds = new int[size + other.size];
        double[] outValues = new double[outIds.length];
        int i = 0;
        int j = 0;
        int n = 0;
        double grown = 0;
        while (i < size || j < other.size) {
            if (j == other.size || (i < size && ids[i] < other.ids[j])) {
                outIds[n] = ids[i];
                outValues[n++] = values[i++];
                continue;
            }
            double before = 0.0;
            if (i < size && ids[i] == other.ids[j]) {
                before = values[i++];
            }
            double after = plusOne ? before + 1 + other.values[j] : before + other.values[j];
            if (idf != null) {
                double w = idf.applyAsDouble(other.ids[j]);
                grown += (after * after - before * before) * w * w;
            }
            outIds[n] = other.ids[j++];
            outValues[n++] = after;
        }
        ids = outIds;
        values = outValues;
        size = n;
        return grown;
    }

    /** Drops spare capacity (after the last merge a vector is kept as long as it lives). */
    void trim() {
        if (ids.length > size) {
            ids = Arrays.copyOf(ids, size);
            values = Arrays.copyOf(values, size);
        }
    }
}
