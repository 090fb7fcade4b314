package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkupDepthTest {

    /** The names the scan treats apart: raw text (skipped to its end tag) and elements that do not nest. */
    private static final Set<String> APART = Set.of("script", "style", "textarea", "title", "area", "base", "br",
            "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p", "li", "dt",
            "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "rt", "rp", "html", "head",
            "body", "frame", "basefont", "keygen", "image");

    @Test
    void namesTheKnownTagsInAnyCase() {
        String html = "<SCRIPT><Br><div><TextArea><h1>";
        assertThat(MarkupDepth.knownName(html, 1, 7)).isEqualTo("script");
        assertThat(MarkupDepth.knownName(html, 9, 11)).isEqualTo("br");
        assertThat(MarkupDepth.knownName(html, 13, 16)).isEqualTo(MarkupDepth.OTHER);
        assertThat(MarkupDepth.knownName(html, 18, 26)).isEqualTo("textarea");
        assertThat(MarkupDepth.knownName(html, 28, 30)).isEqualTo(MarkupDepth.OTHER);
        // "ſ" equals "s" when case is ignored but lower-cases to itself, so this is no script tag
        assertThat(MarkupDepth.knownName("ſcript", 0, 6)).isEqualTo(MarkupDepth.OTHER);
        // the Kelvin sign lower-cases to "k"
        assertThat(MarkupDepth.knownName("lin\u212a", 0, 4)).isEqualTo("link");
    }

    @Test
    void sameAnswerAsLowerCasingTheName() {
        String[] pieces = {"s", "S", "cr", "ipt", "IPT", "t", "T", "yle", "b", "r", "R", "li", "LI", "p", "d", "t",
            "h", "ead", "EAD", "body", "opt", "group", "ion", "k", "\u212a", "ſ", "İ", "ı", "i", "x", "1", "2", "é",
            "area", "meta", "img", "frame", "keygen", "title", "text", "area", "source", "wbr", "tfoot", "rp"};
        Random random = new Random(41);
        int apart = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder name = new StringBuilder();
            int parts = 1 + random.nextInt(3);
            for (int i = 0; i < parts; i++) {
                name.append(pieces[random.nextInt(pieces.length)]);
            }
            String html = "<" + name + ">";
            String lower = name.toString().toLowerCase(Locale.ROOT);
            String expected = APART.contains(lower) ? lower : MarkupDepth.OTHER;
            assertThat(MarkupDepth.knownName(html, 1, 1 + name.length())).as(name.toString()).isEqualTo(expected);
            apart += expected.isEmpty() ? 0 : 1;
        }
        assertThat(apart).isGreaterThan(1_000);
    }
}
