package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CommentNamesTest {

    @Test
    void asksForTheFullLookOnlyWhenANameMayHoldACommentWord() {
        assertThat(CommentNames.mayName("post-Comments")).isTrue();
        assertThat(CommentNames.mayName("RESPOND")).isTrue();
        assertThat(CommentNames.mayName("disqus_thread")).isTrue();
        assertThat(CommentNames.mayName("dİsqus")).isTrue();
        assertThat(CommentNames.mayName("story-body")).isFalse();
        assertThat(CommentNames.mayName("")).isFalse();
        assertThat(CommentNames.mayName("commen")).isFalse();
    }

    @Test
    void neverSaysNoWhereLowerCasingFindsAWord() {
        Random random = new Random(39);
        String parts = "cCoOmMeEnNtTrRsSpPdDiIqQuU _-İıſKK\u212a";
        int found = 0;
        for (int k = 0; k < 200_000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                sb.append(parts.charAt(random.nextInt(parts.length())));
            }
            if (random.nextInt(4) == 0) {
                sb.insert(random.nextInt(sb.length() + 1), random.nextBoolean() ? "CoMMent" : "Disqus");
            }
            String name = sb.toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.contains("comment") || lower.contains("respond") || lower.contains("disqus")) {
                found++;
                assertThat(CommentNames.mayName(name)).as(name).isTrue();
            }
        }
        assertThat(found).isGreaterThan(1_000);
    }
}
