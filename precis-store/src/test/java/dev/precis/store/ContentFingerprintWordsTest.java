package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The fingerprint's hand-written word scan finds exactly the words the regular expression it replaced found. */
class ContentFingerprintWordsTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private static List<String> byPattern(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    @Test
    void madeUpTextsSplitAsThePatternSplitsThem() {
        for (String text : List.of("", "   ", "The Harbour Board's 2nd vote — 12–3 — wasn't close.",
                "Café au lait at Zoë's: naïve cafe\u0301 ÉLAN", "Chapter Ⅻ, x² + y³ = ½ of ٣٤٥ items",
                "İstanbul DAĞ ǅemal ß ΣΊΣΥΦΟΣ", "math 𝐀𝐁𝐂 and 𝟏𝟐 end", "lone \uD835 high and \uDC00 low surrogate",
                "東京 の ニュース 2024年", "e-mail re:think @home #tag")) {
            assertThat(ContentFingerprint.words(text)).as(text).isEqualTo(byPattern(text));
        }
    }

    @Test
    void randomTextsOfMixedCharactersSplitAsThePatternSplitsThem() {
        String alphabet = "aZé ß-'’.,0²Ⅻ٣東\u0301\uD835\uDC00\uDC00\uD835 \t\n𝐀ǅİ";
        Random random = new Random(41);
        for (int t = 0; t < 500; t++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            assertThat(ContentFingerprint.words(text)).as(text).isEqualTo(byPattern(text));
        }
    }

    @Test
    void theHashIsOfTheWordsJoinedBySpaces() {
        assertThat(ContentFingerprint.hashOf("Harbour fees, rising!")).isEqualTo(ContentFingerprint.hashOf("harbour FEES rising"))
                .isEqualTo(ContentFingerprint.of("  Harbour -- fees rising.").contentHash())
                .isNotEqualTo(ContentFingerprint.hashOf("harbour fee rising"));
    }
}
