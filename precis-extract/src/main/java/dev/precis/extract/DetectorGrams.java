package dev.precis.extract;

import java.util.Arrays;

/**
 * The distinct character n-grams (one to three chars) of a normalized text, lower-cased, in the order
 * Apache OpenNLP's language detector (2.5) hands them to its model. That order is what the detector's
 * two {@code java.util.HashMap}s of {@code CharBuffer} keys iterate in: by bucket ({@code CharBuffer}'s
 * hash, spread as the map spreads it, at the table size the map grows to for that many keys), and
 * within a bucket in the order the grams first occur (ones, then twos, then threes, left to right). The
 * model adds up the grams' weights in that order, so the same order gives the same sums to the last bit
 * and the same ranking ({@link LanguageScores}). A gram is packed into a {@code long} ({@link #pack}).
 * Stateless and thread-safe.
 */
final class DetectorGrams {

    static final int MAX_N = 3;
    /** A map's bin that reaches this many keys is turned into a tree, which iterates in another order. */
    private static final int TREE_BIN = 8;
    private static final int FIRST_TABLE = 16;

    private DetectorGrams() {
    }

    /**
     * The grams of {@code normalized} in the detector's order, or null when that order cannot be told
     * here: lower-casing changed the text's length (the detector's buffer then holds a different text),
     * or one of the maps would have turned a bin into a tree.
     */
    static long[] ordered(CharSequence normalized) {
        char[] low = lowerCased(normalized);
        if (low == null) {
            return null;
        }
        int total = 0;
        for (int n = 1; n <= MAX_N; n++) {
            total += Math.max(0, low.length - n + 1);
        }
        long[] grams = new long[total];
        int[] hashes = new int[total];
        int distinct = distinct(low, grams, hashes);
        int table = FIRST_TABLE;
        while (distinct > threshold(table)) {
            table <<= 1;
        }
        // the first map is filled in order of occurrence, the second in the first's order: both must keep lists
        int[] occurrence = new int[distinct];
        for (int i = 0; i < distinct; i++) {
            occurrence[i] = i;
        }
        if (growsTree(occurrence, hashes, table)) {
            return null;
        }
        long[] byBucket = new long[distinct];
        for (int i = 0; i < distinct; i++) {
            byBucket[i] = (long) (hashes[i] & (table - 1)) << 32 | i;
        }
        Arrays.sort(byBucket);
        int[] order = new int[distinct];
        for (int i = 0; i < distinct; i++) {
            order[i] = (int) byBucket[i];
        }
        if (growsTree(order, hashes, table)) {
            return null;
        }
        long[] out = new long[distinct];
        for (int i = 0; i < distinct; i++) {
            out[i] = grams[order[i]];
        }
        return out;
    }

    /** A gram of one to {@link #MAX_N} chars packed: its length above bit 48, its first char highest. */
    static long pack(String gram) {
        return pack(gram.toCharArray(), 0, gram.length());
    }

    private static long pack(char[] s, int from, int n) {
        long key = (long) n << 48;
        for (int j = 0; j < n; j++) {
            key |= (long) s[from + j] << (16 * (MAX_N - 1 - j));
        }
        return key;
    }

    /** A packed gram's first slot in an open-addressed table of {@code mask + 1} slots (a power of two). */
    static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    /** As the detector lower-cases: code point by code point; null when the length changes. */
    private static char[] lowerCased(CharSequence text) {
        char[] out = new char[text.length()];
        int at = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            int low = Character.toLowerCase(cp);
            int width = Character.charCount(low);
            if (at + width > out.length) {
                return null;
            }
            at += Character.toChars(low, out, at);
        }
        return at == out.length ? out : null;
    }

    /** Fills {@code grams} and their spread hashes with the distinct grams in order of first occurrence; their count. */
    private static int distinct(char[] low, long[] grams, int[] hashes) {
        int slots = Integer.highestOneBit(Math.max(8, grams.length * 2)) << 1;
        long[] seen = new long[slots];
        int count = 0;
        for (int n = 1; n <= MAX_N; n++) {
            for (int i = 0; i + n <= low.length; i++) {
                long key = pack(low, i, n);
                int slot = slot(key, slots - 1);
                while (seen[slot] != 0 && seen[slot] != key) {
                    slot = (slot + 1) & (slots - 1);
                }
                if (seen[slot] == 0) {
                    seen[slot] = key;
                    grams[count] = key;
                    hashes[count] = spread(low, i, n);
                    count++;
                }
            }
        }
        return count;
    }

    /** {@code CharBuffer.hashCode} of the gram (its chars last to first), spread as {@code HashMap} spreads it. */
    private static int spread(char[] s, int from, int n) {
        int h = 1;
        for (int j = from + n - 1; j >= from; j--) {
            h = 31 * h + s[j];
        }
        return h ^ (h >>> 16);
    }

    /** A {@code HashMap}'s resize threshold at {@code table} buckets (load factor 0.75). */
    private static int threshold(int table) {
        return table / 4 * 3;
    }

    /**
     * True when a {@code HashMap} filled with the keys in {@code order} would, at some table size it
     * passes through, hold a bin of {@link #TREE_BIN} keys or more (counted conservatively: the bin
     * turns into a tree at its ninth key, or the table grows early).
     */
    private static boolean growsTree(int[] order, int[] hashes, int last) {
        int[] bins = new int[last];
        for (int table = FIRST_TABLE; table <= last; table <<= 1) {
            Arrays.fill(bins, 0, table, 0);
            // the key that passes the threshold is put in before the table grows
            int present = Math.min(order.length, threshold(table) + 1);
            for (int i = 0; i < present; i++) {
                if (++bins[hashes[order[i]] & (table - 1)] >= TREE_BIN) {
                    return true;
                }
            }
        }
        return false;
    }
}
