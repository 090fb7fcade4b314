package dev.precis.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's candidate articles and their points ({@link StoryPlanner}'s candidate lookup), counted in primitive arrays
 * instead of a {@code HashMap<Long, Integer>} of boxed ids and counts, with the map's order kept: {@link #top} lists the
 * ids by points (most first) and, among equal points, in the order a {@code new HashMap<Long, Integer>()} filled by
 * {@code merge(id, points, Integer::sum)} with the same calls iterates them — the order the planner has always used to
 * decide which of equally good candidates make its cut (so the same candidates, in the same order, by construction).
 *
 * <p>That order is the map's table order: an id's bin ({@code spread(hash) & (capacity - 1)}), and within a bin the
 * later insertion first ({@code merge} puts a new node at the head of its bin; a resize splits a bin keeping its nodes'
 * order). The capacity is followed as the map grows it: a resize when {@code merge} is called with more entries than
 * three quarters of the capacity, and when a bin reaches eight nodes in a table shorter than 64. A bin of eight in a
 * longer table would become a tree, whose order is not the insertion order: the counts then say {@link #ordered} false
 * and the caller counts with a real map instead. Whether this JVM's {@code HashMap} orders as described is checked once,
 * against a real map, on ids that collide, resize and grow bins; if it does not, {@link #ordered} is always false.
 * Not thread-safe: one planner's, used under its lock.
 */
final class CandidateCounts {

    /** Whether this JVM's {@code HashMap} orders merged {@code Long} keys as this class follows them. */
    static final boolean MATCHES_HASH_MAP = selfCheck();

    private static final int TREEIFY_BIN = 8;
    private static final int MIN_TREEIFY_CAPACITY = 64;
    /** Bits of the sort key for an entry's insertion index and its bin (each below 2^24), the rest for its points. */
    private static final int SEQ_BITS = 24;
    private static final int MAX_SEQ = (1 << SEQ_BITS) - 1;
    private static final int MAX_POINTS = (1 << 15) - 1;

    /** By entry, in insertion order: the id and its points. */
    private long[] ids = new long[256];
    private int[] points = new int[256];
    private int size;
    /** Open addressing from an id to its entry + 1 (0: empty slot). */
    private int[] slots = new int[512];
    /** The capacity a HashMap filled the same way would have (0: no table yet), and its bins' node counts. */
    private int capacity;
    private int[] bins = new int[16];
    private boolean treed;
    private int maxPoints;
    private long[] keys = new long[256];

    /** Empties the counts for the next plan. */
    void clear() {
        if (size > 0) {
            Arrays.fill(slots, 0);
        }
        size = 0;
        capacity = 0;
        treed = false;
        maxPoints = 0;
    }

    /** {@code merge(id, w, Integer::sum)}. */
    void add(long id, int w) {
        // HashMap.merge resizes first when the map holds more than its threshold (or has no table yet)
        if (capacity == 0) {
            resize(16);
        } else if (size > capacity - (capacity >>> 2)) {
            resize(capacity << 1);
        }
        int mask = slots.length - 1;
        int s = mix(id) & mask;
        for (int e; (e = slots[s]) != 0; s = (s + 1) & mask) {
            if (ids[e - 1] == id) {
                points[e - 1] += w;
                maxPoints = Math.max(maxPoints, points[e - 1]);
                return;
            }
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            points = Arrays.copyOf(points, size * 2);
        }
        ids[size] = id;
        points[size] = w;
        maxPoints = Math.max(maxPoints, w);
        size++;
        slots[s] = size;
        if (size * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        int bin = spread(id) & (capacity - 1);
        int before = bins[bin]++;
        if (before >= TREEIFY_BIN - 1) {
            if (capacity < MIN_TREEIFY_CAPACITY) {
                resize(capacity << 1);
            } else {
                treed = true;
            }
        }
    }

    /** Whether {@link #top} gives the map's order (false: count with a map). */
    boolean ordered() {
        return MATCHES_HASH_MAP && !treed && size <= MAX_SEQ && capacity <= (1 << SEQ_BITS) && maxPoints <= MAX_POINTS;
    }

    int size() {
        return size;
    }

    /**
     * The ids with the most points, at most {@code limit}, as {@code hits.entrySet().stream().sorted(comparingByValue()
     * .reversed()).limit(limit)} lists them; only when {@link #ordered}.
     */
    List<Long> top(int limit) {
        if (!ordered()) {
            throw new IllegalStateException("the counts' order is not the map's");
        }
        int max = maxPoints;
        // the lowest points that make the cut: from the top, count the entries until the limit is reached
        int floor = 0;
        if (size > limit) {
            int[] at = new int[max + 1];
            for (int i = 0; i < size; i++) {
                at[points[i]]++;
            }
            int taken = 0;
            floor = max;
            while (floor > 0 && taken + at[floor] < limit) {
                taken += at[floor];
                floor--;
            }
        }
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (points[i] >= floor) {
                n++;
            }
        }
        if (keys.length < n) {
            keys = new long[Math.max(n, keys.length * 2)];
        }
        int k = 0;
        int mask = capacity - 1;
        for (int i = 0; i < size; i++) {
            if (points[i] >= floor) {
                int p = points[i];
                // points first (most first), then the bin (table order), then the later insertion first
                keys[k++] = ((long) (MAX_POINTS - p) << (2 * SEQ_BITS)) | ((long) (spread(ids[i]) & mask) << SEQ_BITS) | (MAX_SEQ - i);
            }
        }
        Arrays.sort(keys, 0, n);
        int m = Math.min(limit, n);
        Long[] out = new Long[m];
        for (int j = 0; j < m; j++) {
            out[j] = ids[MAX_SEQ - (int) (keys[j] & MAX_SEQ)];
        }
        return List.of(out);
    }

    private void resize(int newCapacity) {
        capacity = newCapacity;
        if (bins.length < newCapacity) {
            bins = new int[newCapacity];
        } else {
            Arrays.fill(bins, 0, newCapacity, 0);
        }
        int mask = newCapacity - 1;
        for (int i = 0; i < size; i++) {
            bins[spread(ids[i]) & mask]++;
        }
    }

    private void rehash(int length) {
        slots = new int[length];
        int mask = length - 1;
        for (int i = 0; i < size; i++) {
            int s = mix(ids[i]) & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = i + 1;
        }
    }

    /** {@code HashMap.hash} of a {@code Long}. */
    private static int spread(long id) {
        int h = Long.hashCode(id);
        return h ^ (h >>> 16);
    }

    private static int mix(long id) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** The ids by points as the planner's map lists them: {@code hits.entrySet()} sorted by points, most first. */
    static List<Long> topOfMap(Map<Long, Integer> hits, int limit) {
        return hits.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed())
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    /**
     * Whether counts and a real {@code HashMap} give the same top lists on ids made to collide (multiples of 16, 32, 64
     * and 128, which fill bins, resize small tables and, past 64, make trees), interleaved with repeated and spread ids.
     */
    private static boolean selfCheck() {
        try {
            CandidateCounts c = new CandidateCounts();
            long seed = 0x5DEECE66DL;
            for (int round = 0; round < 24; round++) {
                c.clear();
                Map<Long, Integer> m = new HashMap<>();
                int n = 20 + round * 37;
                int stride = 16 << (round % 4);
                for (int i = 0; i < n; i++) {
                    seed = seed * 6364136223846793005L + 1442695040888963407L;
                    int r = (int) (seed >>> 33);
                    long id = switch (r & 3) {
                        case 0 -> 1 + (long) stride * ((r >>> 2) % 40);
                        case 1 -> 1 + ((r >>> 2) % 3000);
                        case 2 -> (1L << 32) + ((r >>> 2) % 5000);
                        default -> 1 + ((r >>> 2) % 12);
                    };
                    int w = 1 + ((r >>> 20) & 1);
                    m.merge(id, w, Integer::sum);
                    c.add(id, w);
                }
                if (c.ordered() && !c.top(Integer.MAX_VALUE).equals(topOfMap(m, Integer.MAX_VALUE))) {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
