package dev.precis.nlp.entity;

/**
 * The 64-bit hash {@link CompiledNameModel} keys features by: FNV-1a over the feature's UTF-16 chars,
 * then a MurmurHash3 finaliser so that the low bits spread well over the table. FNV-1a is incremental,
 * so a feature can be hashed as a prefix state continued with a token's chars ({@link #start},
 * {@link #add}, {@link #finish}) without building the string; {@code of(s)} equals
 * {@code finish(add(start(), s))}. Stateless and thread-safe.
 */
final class FeatureHash {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    static long start() {
        return OFFSET;
    }

    static long add(long state, CharSequence s) {
        long h = state;
        for (int i = 0, n = s.length(); i < n; i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }

    static long add(long state, char c) {
        return (state ^ c) * PRIME;
    }

    static long finish(long state) {
        long h = state;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    static long of(String s) {
        return finish(add(start(), s));
    }

    static int slot(long h, int mask) {
        return (int) h & mask;
    }
}
