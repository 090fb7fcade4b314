package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link SpelledNames#withoutHashes} counts a token's runs of letters and digits while reading it, in one pass; it
 * must blank exactly the tokens the former two-pass reading blanked, and give its argument itself back when it
 * blanks none (callers compare by identity).
 */
class SpelledNamesHashesTest {

    private static final Pattern SIZE = Pattern.compile("\\d+[xX]\\d+");

    /** The former implementation: find each token, then count its runs. */
    private static String reference(String names) {
        StringBuilder out = null;
        int start = -1;
        for (int i = 0; i <= names.length(); i++) {
            boolean alnum = i < names.length() && Character.isLetterOrDigit(names.charAt(i));
            if (alnum && start < 0) {
                start = i;
            } else if (!alnum && start >= 0) {
                int runs = 0;
                int prev = -1;
                for (int k = start; k < i; k++) {
                    int kind = Character.isDigit(names.charAt(k)) ? 1 : 0;
                    if (kind != prev) {
                        runs++;
                        prev = kind;
                    }
                }
                if (runs >= 3 && !SIZE.matcher(names).region(start, i).find()) {
                    if (out == null) {
                        out = new StringBuilder(names);
                    }
                    for (int k = start; k < i; k++) {
                        out.setCharAt(k, ' ');
                    }
                }
                start = -1;
            }
        }
        return out == null ? names : out.toString();
    }

    @Test
    void blanksGeneratedTokensOnly() {
        assertThat(SpelledNames.withoutHashes("card component_bbc4ad583c")).isEqualTo("card component_          ");
        assertThat(SpelledNames.withoutHashes("ad-slot e2odqo13 x")).isEqualTo("ad-slot          x");
        String plain = "banner-300x250 h2 col-12 story";
        assertThat(SpelledNames.withoutHashes(plain)).isSameAs(plain);
        assertThat(SpelledNames.withoutHashes("")).isEmpty();
    }

    @Test
    void sameAsTheTwoPassReadingOnRandomNames() {
        String alphabet = "ab9 0x-_X١٢é";
        Random r = new Random(7);
        for (int n = 0; n < 50000; n++) {
            StringBuilder s = new StringBuilder();
            int len = r.nextInt(16);
            for (int i = 0; i < len; i++) {
                s.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String names = s.toString();
            String got = SpelledNames.withoutHashes(names);
            String want = reference(names);
            assertThat(got).as("'%s'", names).isEqualTo(want);
            assertThat(got == names).as("identity for '%s'", names).isEqualTo(want == names);
        }
    }
}
