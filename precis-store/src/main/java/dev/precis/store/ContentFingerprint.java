package dev.precis.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What makes two texts the same article: an exact hash of the normalised words (case, punctuation and
 * white space ignored) and a MinHash signature of word 3-shingles for near-duplicates (estimated Jaccard
 * similarity of the shingle sets). Hand-written because it is a few lines and the shingle and
 * normalisation choices are the product's own. Immutable.
 *
 * @param contentHash hex SHA-256 of the normalised word sequence
 * @param minhash {@link #SIZE} minimum hash values, one per hash function
 */
public record ContentFingerprint(String contentHash, int[] minhash) {

    /** Number of hash functions in a signature. */
    public static final int SIZE = 64;
    /** Shingle sets at least this similar (estimated Jaccard) are near-duplicates. */
    public static final double NEAR_DUPLICATE_SIMILARITY = 0.7;
    private static final long[] SEEDS = new long[SIZE];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            SEEDS[i] = x;
        }
    }

    /**
     * The words and hash of the last text {@link #hashOf} read on this thread: an ingest asks for the hash
     * (the duplicate check) and then, on the same thread and the very same string, for the fingerprint, so
     * {@link #of} takes both from here instead of splitting and hashing the text again. Matched by identity
     * (the same String object, so the same characters); one entry a thread, replaced by the next text.
     */
    private static final ThreadLocal<Split> LAST = new ThreadLocal<>();

    private record Split(String text, List<String> words, String hash) {
    }

    /** Fingerprint of an article's text. */
    public static ContentFingerprint of(String text) {
        Split last = LAST.get();
        if (last != null && last.text() == text) {
            LAST.remove();
            return new ContentFingerprint(last.hash(), minhash(last.words()));
        }
        List<String> words = words(text);
        return new ContentFingerprint(sha256(String.join(" ", words)), minhash(words));
    }

    /** Only the exact-content hash (cheaper than {@link #of}). */
    public static String hashOf(String text) {
        List<String> words = words(text);
        String hash = sha256(String.join(" ", words));
        LAST.set(new Split(text, words, hash));
        return hash;
    }

    /**
     * The text's words, lower-cased: the maximal runs of letters and numbers ({@code [\p{L}\p{N}]+}, by
     * code point, Unicode general categories L* and Nd/Nl/No as {@link java.util.regex.Pattern} defines them).
     * Written out instead of the regular expression it replaces (same words, tested against it): the matcher
     * and its substrings were most of a fingerprint's cost, paid twice per article (the duplicate check's
     * {@link #hashOf}, then {@link #of}) on every ingest.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (!asciiWord(c)) {
                    i++;
                    continue;
                }
            } else if (!isWord(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            int start = i;
            while (i < n) {
                char d = text.charAt(i);
                if (d < 0x80) {
                    if (!asciiWord(d)) {
                        break;
                    }
                    i++;
                } else {
                    int cp = text.codePointAt(i);
                    if (!isWord(cp)) {
                        break;
                    }
                    i += Character.charCount(cp);
                }
            }
            words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static boolean asciiWord(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** The categories of {@code \p{L}} and {@code \p{N}}. */
    private static boolean isWord(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets. */
    public double similarity(int[] other) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (minhash[i] == other[i]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    /** The signature as hex, for storage. */
    public String minhashHex() {
        StringBuilder sb = new StringBuilder(SIZE * 8);
        HexFormat hex = HexFormat.of();
        for (int v : minhash) {
            sb.append(hex.toHexDigits(v));
        }
        return sb.toString();
    }

    static int[] parseHex(String hex) {
        int[] out = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            out[i] = Integer.parseUnsignedInt(hex, i * 8, i * 8 + 8, 16);
        }
        return out;
    }

    private static int[] minhash(List<String> words) {
        int[] sig = new int[SIZE];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        int n = Math.max(1, words.size() - 2);
        for (int i = 0; i < n; i++) {
            long h = 0xcbf29ce484222325L;
            for (int j = i; j < Math.min(words.size(), i + 3); j++) {
                String w = words.get(j);
                for (int k = 0; k < w.length(); k++) {
                    h ^= w.charAt(k);
                    h *= 0x100000001b3L;
                }
                h ^= ' ';
                h *= 0x100000001b3L;
            }
            for (int s = 0; s < SIZE; s++) {
                int v = (int) (mix(h ^ SEEDS[s]) >>> 33);
                if (v < sig[s]) {
                    sig[s] = v;
                }
            }
        }
        return sig;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
