package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@link ContentFingerprint}'s hand-written word splitter must give exactly the words of the regular expression
 * {@code [\p{L}\p{N}]+} (lower-cased) it replaced, so that stored content hashes and MinHash signatures (which
 * decide duplicates and near-duplicates, and are compared with those of libraries written before) stay the same.
 */
class ContentFingerprintTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The splitting the library used before: the regular expression, lower-cased with the root locale. */
    private static List<String> regexWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static String sha256(String s) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void splitsLikeTheRegularExpressionOnMixedScriptsAndSymbols() {
        List<String> texts = List.of(
                "",
                "   ",
                "The Mayor said: \"We'll reopen the bridge on 3 May 2031.\"",
                "co-operation, e-mail; O'Neill & Sons (est. 1899) — 42% up",
                "Ünïcödé Straße ÉCOLE naïve café İstanbul ΣΊΣΥΦΟΣ",
                "e\u0301cole: a combining accent splits the word",
                "数字 2024年 の ニュース 한국어 العربية हिन्दी",
                "x² ½ Ⅻ ٣٤ ۵ ௰ numbers of other kinds",
                "math 𝐀𝐁𝐂 and emoji 😀 between w😀rds, 𝟘𝟙",
                "lone \uD800 high and \uDC00 low surrogates, and a pair split \uD835x",
                "tabs\tand\nnew\r\nlines\u00A0non-breaking\u2009thin",
                "ǅungla ǈ titlecase, ʰmodifier ᵃ letters, ſ long s, K Kelvin");
        for (String t : texts) {
            assertThat(ContentFingerprint.words(t)).as(t).isEqualTo(regexWords(t));
        }
        assertThat(ContentFingerprint.words("Bridge  REOPENS, bridge!")).containsExactly("bridge", "reopens", "bridge");
    }

    @Test
    void splitsLikeTheRegularExpressionOnRandomCodePoints() {
        // characters of every kind the splitter distinguishes: ASCII, Latin-1, other scripts, combining marks,
        // numbers of the three kinds, supplementary letters and symbols, and unpaired surrogates
        int[] pool = {'a', 'Z', '0', '9', ' ', '-', '\'', '.', '_', 0xAA, 0xB2, 0xC9, 0xDF, 0xD7, 0x130, 0x1C5, 0x2B0,
            0x301, 0x3A3, 0x416, 0x5D0, 0x627, 0x663, 0x905, 0x93F, 0x2167, 0x2460, 0x3042, 0x4E2D, 0xAC00, 0xFF21,
            0x1D400, 0x1D7D8, 0x1F600, 0x10400, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0x2009, 0x200B};
        Random r = new Random(27);
        for (int k = 0; k < 5_000; k++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(40);
            for (int i = 0; i < len; i++) {
                sb.appendCodePoint(pool[r.nextInt(pool.length)]);
            }
            String t = sb.toString();
            assertThat(ContentFingerprint.words(t)).as(t).isEqualTo(regexWords(t));
        }
    }

    @Test
    void hashesAreThoseOfTheJoinedWords() throws NoSuchAlgorithmException {
        String text = "The Council met on Monday. The council, it said, \"met\" on MONDAY!";
        String expected = sha256("the council met on monday the council it said met on monday");
        assertThat(ContentFingerprint.hashOf(text)).isEqualTo(expected);
        assertThat(ContentFingerprint.of(text).contentHash()).isEqualTo(expected);
        // case, punctuation and spacing do not matter; words do
        assertThat(ContentFingerprint.hashOf("the  COUNCIL met on monday; the council it said met on monday")).isEqualTo(expected);
        assertThat(ContentFingerprint.hashOf("The Council met on Tuesday.")).isNotEqualTo(expected);
    }

    /**
     * {@link ContentFingerprint#of} after {@link ContentFingerprint#hashOf} of the same string reuses that split;
     * the fingerprint must be the one a fresh split gives, and an equal text in another string object, or a
     * different text after the hash, must not pick up the remembered one.
     */
    @Test
    void fingerprintAfterTheHashIsTheFreshOne() {
        String text = "Shares in the harbour firm rose 4% on Monday; its chief said “we expected more”.";
        String other = "A different report on the harbour firm's shares, published on Tuesday.";
        ContentFingerprint fresh = ContentFingerprint.of(new String(text.toCharArray()));
        ContentFingerprint freshOther = ContentFingerprint.of(new String(other.toCharArray()));

        assertThat(ContentFingerprint.hashOf(text)).isEqualTo(fresh.contentHash());
        ContentFingerprint reused = ContentFingerprint.of(text);
        assertThat(reused.contentHash()).isEqualTo(fresh.contentHash());
        assertThat(reused.minhash()).containsExactly(fresh.minhash());

        ContentFingerprint.hashOf(text);
        ContentFingerprint afterOther = ContentFingerprint.of(other);
        assertThat(afterOther.contentHash()).isEqualTo(freshOther.contentHash());
        assertThat(afterOther.minhash()).containsExactly(freshOther.minhash());

        ContentFingerprint.hashOf(other);
        ContentFingerprint.of(other);
        ContentFingerprint again = ContentFingerprint.of(other); // the remembered split is used once only
        assertThat(again.minhash()).containsExactly(freshOther.minhash());
    }

    /** The BBC articles of the shared data, when present: every one splits as before. */
    @Test
    void splitsLikeTheRegularExpressionOnTheBbcTexts() throws IOException {
        Path dir = Path.of(System.getProperty("precis.shared", "../../shared"), "data/bbc-news-summary/articles");
        Assumptions.assumeTrue(Files.isDirectory(dir), "skipped: ../shared/data/bbc-news-summary/articles is missing");
        int files = 0;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.filter(Files::isRegularFile).sorted().toList()) {
                String t = Files.readString(p, StandardCharsets.ISO_8859_1);
                assertThat(ContentFingerprint.words(t)).as(p.toString()).isEqualTo(regexWords(t));
                files++;
            }
        }
        assertThat(files).isGreaterThan(100);
    }
}
