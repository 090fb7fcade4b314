package dev.precis.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final long[] SEEDS = new long[SIZE];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            SEEDS[i] = x;
        }
    }

    /** Fingerprint of an article's text. */
    public static ContentFingerprint of(String text) {
        // the normalised words joined by single spaces (what the hash reads) and where each word starts in it
        StringBuilder sb = new StringBuilder(text.length());
        int[] starts = new int[64];
        int count = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (count > 0) {
                sb.append(' ');
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = sb.length();
            sb.append(m.group().toLowerCase(Locale.ROOT));
        }
        String joined = sb.toString();
        return new ContentFingerprint(sha256(joined), minhash(joined.toCharArray(), starts, count));
    }

    /** Only the exact-content hash (cheaper than {@link #of}). */
    public static String hashOf(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(m.group().toLowerCase(Locale.ROOT));
        }
        return sha256(sb.toString());
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

    /**
     * The signature of the word 3-shingles of {@code joined} (the words joined by single spaces, word {@code i}
     * starting at {@code starts[i]}): each shingle hashed (FNV-1a) over its words' characters, each word followed by
     * a space, which is the run of {@code joined} from the shingle's first word to the end of its third and a space.
     * A text of fewer than three words is one shingle of all of them (none: the empty shingle, no space).
     */
    private static int[] minhash(char[] joined, int[] starts, int count) {
        int[] sig = new int[SIZE];
        Arrays.fill(sig, Integer.MAX_VALUE);
        long[] seeds = SEEDS;
        int n = Math.max(1, count - 2);
        for (int i = 0; i < n; i++) {
            long h = 0xcbf29ce484222325L;
            if (count > 0) {
                int end = i + 3 < count ? starts[i + 3] - 1 : joined.length;
                for (int k = starts[i]; k < end; k++) {
                    h ^= joined[k];
                    h *= 0x100000001b3L;
                }
                h ^= ' ';
                h *= 0x100000001b3L;
            }
            for (int s = 0; s < SIZE; s++) {
                int v = (int) (mix(h ^ seeds[s]) >>> 33);
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
