package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ContentFingerprint#of} hashes each shingle as a run of the joined words: the same hash and signature as
 * hashing the words one by one (the reference below, the former code), for texts of none to many words, mixed case,
 * punctuation, digits and letters outside Latin-1.
 */
class ContentFingerprintShinglesTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @Test
    void theSignatureAndHashAreThoseOfTheWordByWordShingles() throws Exception {
        List<String> texts = new ArrayList<>(List.of("", "  ...  ", "Harbour", "Harbour bridge", "Harbour bridge shut",
                "The harbour bridge shut at 6pm; ferries ran late.", "Zürich's Ärzte — über 40 Ärzte, İstanbul ve Ελλάδα!",
                "a a a a a a a a", "One two three four five six seven eight nine ten eleven twelve."));
        Random r = new Random(7);
        String[] pieces = {"dock", "Crane", "über", "ŞEHİR", "42", "x", "Mole", "pier-head", "fog.", "  ", "\n"};
        for (int t = 0; t < 200; t++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(60);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[r.nextInt(pieces.length)]).append(r.nextBoolean() ? " " : ", ");
            }
            texts.add(sb.toString());
        }
        for (String text : texts) {
            ContentFingerprint fp = ContentFingerprint.of(text);
            List<String> words = words(text);
            assertThat(fp.minhash()).as(text).containsExactly(wordByWord(words));
            assertThat(fp.contentHash()).as(text).isEqualTo(sha256(String.join(" ", words)));
            assertThat(fp.contentHash()).isEqualTo(ContentFingerprint.hashOf(text));
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** The signature computed word by word: FNV-1a over each shingle's words, each followed by a space. */
    private static int[] wordByWord(List<String> words) {
        long[] seeds = new long[ContentFingerprint.SIZE];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < seeds.length; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            seeds[i] = x;
        }
        int[] sig = new int[ContentFingerprint.SIZE];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (int i = 0; i < Math.max(1, words.size() - 2); i++) {
            long h = 0xcbf29ce484222325L;
            for (int j = i; j < Math.min(words.size(), i + 3); j++) {
                for (char c : words.get(j).toCharArray()) {
                    h = (h ^ c) * 0x100000001b3L;
                }
                h = (h ^ ' ') * 0x100000001b3L;
            }
            for (int s = 0; s < sig.length; s++) {
                sig[s] = Math.min(sig[s], (int) (mix(h ^ seeds[s]) >>> 33));
            }
        }
        return sig;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
