package dev.precis.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The hits {@link StoryPlanner} counts per candidate article (shared key names and telling words) and the
 * best-counted candidates, in primitive arrays reused from plan to plan. The planner always took the
 * candidates from a {@code HashMap<Long, Integer>} filled with {@code merge}, sorted by count (stable), so
 * among equal counts the map's iteration order decides which make the cut; that order is kept to the
 * element: this class follows when the map would have grown its table, and orders the articles as its
 * buckets and bins would ({@code merge} puts a new key at the head of its bin, a resize keeps the bins'
 * order). When a bin would have held eight keys (the map then turns it into a tree, or grows early),
 * {@link #top} gives up and the planner counts with the map itself. Boxing every posting was the
 * planner's third cost in a bulk load ({@code ingest --analyzed}). Not thread-safe.
 */
final class CandidateCounts {

    /** {@code java.util.HashMap}'s initial table and the bin length at which it stops being a plain list. */
    private static final int FIRST_TABLE = 16;
    private static final int LONGEST_LIST = 7;

    private long[] ids = new long[256];
    private int[] counts = new int[256];
    private int size;
    /** Open-addressing table: index + 1 of the article hashed there, 0 when empty. */
    private int[] table = new int[1024];
    /** The table length {@code HashMap} would have now (0: not allocated yet), and per length the keys it held at its end. */
    private int mapTable;
    private int[] stageTable = new int[40];
    private int[] stageKeys = new int[40];
    private int stages;

    /** Forgets every count (before a new plan). */
    void clear() {
        if (size > 0) {
            Arrays.fill(table, 0);
        }
        size = 0;
        mapTable = 0;
        stages = 0;
    }

    /** {@code hits.merge(article, w, Integer::sum)}. */
    void add(long article, int w) {
        // HashMap.merge allocates or doubles its table before it looks the key up, when it holds more than 3/4 of it
        if (mapTable == 0) {
            newStage(FIRST_TABLE);
        } else if (size > mapTable / 4 * 3) {
            newStage(mapTable * 2);
        }
        int mask = table.length - 1;
        int h = spread(article) & mask;
        for (int i = table[h]; i != 0; i = table[h]) {
            if (ids[i - 1] == article) {
                counts[i - 1] += w;
                return;
            }
            h = (h + 1) & mask;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        ids[size] = article;
        counts[size] = w;
        table[h] = ++size;
        stageKeys[stages - 1] = size;
        if (size * 2 > table.length) {
            rehash();
        }
    }

    private void newStage(int length) {
        if (stages == stageTable.length) {
            stageTable = Arrays.copyOf(stageTable, stages * 2);
            stageKeys = Arrays.copyOf(stageKeys, stages * 2);
        }
        mapTable = length;
        stageTable[stages] = length;
        stageKeys[stages] = size;
        stages++;
    }

    /**
     * The {@code limit} articles of the highest counts, as {@code hits.entrySet().stream().sorted(by count,
     * highest first).limit(limit)} lists them; null when the map's order cannot be told (a bin of eight or more).
     */
    List<Long> top(int limit) {
        if (size == 0) {
            return List.of();
        }
        if (size >= 1 << 21 || mapTable > 1 << 22 || !plainBins()) {
            return null;
        }
        // the map's iteration order: bucket by bucket, each bin newest key first
        long[] order = new long[size];
        int mask = mapTable - 1;
        for (int i = 0; i < size; i++) {
            order[i] = (long) (bucket(ids[i]) & mask) << 21 | ((1 << 21) - 1 - i);
        }
        Arrays.sort(order);
        // then a stable sort by count, highest first: count, then the position in that order
        long[] ranked = new long[size];
        for (int p = 0; p < size; p++) {
            int i = (1 << 21) - 1 - (int) (order[p] & ((1 << 21) - 1));
            ranked[p] = (long) (Integer.MAX_VALUE - counts[i]) << 32 | p;
            order[p] = i;
        }
        Arrays.sort(ranked);
        int n = Math.min(limit, size);
        List<Long> out = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            int p = (int) (ranked[r] & 0xFFFFFFFFL);
            out.add(ids[(int) order[p]]);
        }
        return out;
    }

    /** The {@code limit} keys of the highest counts of a map filled with {@code merge}, as the planner always took them. */
    static List<Long> top(java.util.Map<Long, Integer> hits, int limit) {
        return hits.entrySet().stream()
                .sorted(java.util.Map.Entry.<Long, Integer>comparingByValue().reversed())
                .limit(limit).map(java.util.Map.Entry::getKey).toList();
    }

    /** Whether every bin of the map stayed a plain list of at most {@value #LONGEST_LIST} keys at every table length. */
    private boolean plainBins() {
        for (int s = 0; s < stages; s++) {
            int length = stageTable[s];
            int[] bins = new int[length];
            for (int i = 0; i < stageKeys[s]; i++) {
                if (++bins[bucket(ids[i]) & (length - 1)] > LONGEST_LIST) {
                    return false;
                }
            }
        }
        return true;
    }

    private void rehash() {
        int[] next = new int[table.length * 2];
        int mask = next.length - 1;
        for (int i = 0; i < size; i++) {
            int h = spread(ids[i]) & mask;
            while (next[h] != 0) {
                h = (h + 1) & mask;
            }
            next[h] = i + 1;
        }
        table = next;
    }

    /** {@code HashMap.hash(Long.valueOf(id))}: the bucket of a key is this masked by the table length - 1. */
    static int bucket(long id) {
        int h = Long.hashCode(id);
        return h ^ (h >>> 16);
    }

    private static int spread(long id) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
