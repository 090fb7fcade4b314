package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ClassSignals#words} splits a class list at non-letters and camel-case humps by hand; it must give exactly
 * the array the former {@code String.split(" +")} of the same prepared text gave (empty and one-word names included).
 */
class ClassSignalsWordsTest {

    /** The former implementation, kept here as the reference. */
    private static String[] reference(String names) {
        StringBuilder sb = new StringBuilder(names.length() + 8);
        char prev = ' ';
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
                    sb.append(' ');
                }
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(' ');
            }
            prev = c;
        }
        return sb.toString().toLowerCase(Locale.ROOT).trim().split(" +");
    }

    @Test
    void wordsOfTypicalNames() {
        assertThat(ClassSignals.words("social-share  socialShare social_share"))
                .containsExactly("social", "share", "social", "share", "social", "share");
        assertThat(ClassSignals.words("")).containsExactly("");
        assertThat(ClassSignals.words("  -- ")).containsExactly("");
        assertThat(ClassSignals.words("entry")).containsExactly("entry");
        assertThat(ClassSignals.words(" post__date 12 ")).containsExactly("post", "date");
    }

    @Test
    void sameAsTheRegexSplitOnRandomNames() {
        String alphabet = "aZ -_9 xYé Ü.\u00a0\tß";
        Random r = new Random(42);
        for (int n = 0; n < 20000; n++) {
            StringBuilder s = new StringBuilder();
            int len = r.nextInt(14);
            for (int i = 0; i < len; i++) {
                s.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            assertThat(ClassSignals.words(s.toString())).as("'%s'", s).containsExactly(reference(s.toString()));
        }
    }

    @Test
    void sameAsTheReferenceForEveryCharacterOfTheBmp() {
        // the lowering is done once, per character: every letter ("İ", "Σ", title-case "ǅ") must come out as the
        // former second lowering of the whole string left it
        for (int c = 0; c < 0x10000; c++) {
            String s = "aB" + (char) c + "Cd" + (char) c + "-e";
            assertThat(ClassSignals.words(s)).as("U+%04X", c).containsExactly(reference(s));
        }
    }
}
