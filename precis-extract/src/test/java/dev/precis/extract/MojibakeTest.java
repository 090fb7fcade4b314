package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Text encoded as UTF-8 twice is read back; text that only looks like it is left alone. Sentences written for this test. */
class MojibakeTest {

    /** What a page shows when its UTF-8 bytes were read as {@code wrong} and saved again. */
    private static String twice(String s, String wrong) {
        return new String(s.getBytes(StandardCharsets.UTF_8), Charset.forName(wrong));
    }

    @Test
    void textReadAsLatin1OrWindows1252AndSavedAgainIsRepaired() {
        String clean = "You’re sure the café’s “new” menu — crème brûlée at 5 € — isn’t a joke? 🙂";
        assertThat(twice(clean, "ISO-8859-1")).isNotEqualTo(clean);
        assertThat(Mojibake.repair(twice(clean, "ISO-8859-1"))).isEqualTo(clean);
        // windows-1252 leaves 0x9D (the last byte of ”) unassigned; browsers, and so saved pages, show U+009D
        assertThat(Mojibake.repair("It isnâ€™t â€œnewâ€\u009D, itâ€™s crÃ¨me brÃ»lÃ©e â€“ at 5 â‚¬."))
                .isEqualTo("It isn’t “new”, it’s crème brûlée – at 5 €.");
    }

    @Test
    void cleanTextAndLookAlikesStay() {
        String clean = "Die Straße ist heiß“, sagte er. São Paulo, Âge d’or, 3×4 = 12.";
        assertThat(Mojibake.repair(clean)).isSameAs(clean);
        String plain = "The growers along the valley changed how they water their orchards.";
        assertThat(Mojibake.repair(plain)).isSameAs(plain);
    }

    @Test
    void theBodyOfADoublyEncodedPageReadsAsWritten() throws Exception {
        String story = "<p>Part 0: you’re told the growers along the valley changed how they water their orchards "
                + "this summer — and the county measured the savings month by month.</p>\n" + OrchardStory.paragraphs(6);
        String html = "<html><head><title>Orchards save water</title></head><body><article><h1>Orchards save water</h1>"
                + twice(story, "windows-1252") + "</article></body></html>";
        String text = new DensityArticleExtractor(null).extract(html, "https://farm.example/2024/05/orchards").text();
        assertThat(text).contains("you’re told").contains("summer — and").doesNotContain("â€");
    }
}
