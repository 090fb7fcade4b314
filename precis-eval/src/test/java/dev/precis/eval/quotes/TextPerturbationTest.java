package dev.precis.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextPerturbationTest {

    private static final String TEXT = "The mayor spoke at noon.\n\n“We will rebuild the bridge by May,” Ann Reed said. "
            + "She added that the ferry’s timetable would not change.\n\nCouncillors were not convinced.";

    /** The words of a span, before and after the rewrite, with white space and marks read alike. */
    private static String words(String text, int[] span) {
        return text.substring(span[0], span[1]).replaceAll("[\\s\\u00a0]+", " ").replaceAll("[“”‘’\"']", "'");
    }

    @Test
    void everyFormKeepsTheWordsOfEverySpan() {
        String quote = "We will rebuild the bridge by May,";
        int qs = TEXT.indexOf(quote);
        int[] content = {qs, qs + quote.length()};
        int[] speaker = {TEXT.indexOf("Ann Reed"), TEXT.indexOf("Ann Reed") + 8};
        int[] last = {TEXT.indexOf("Councillors"), TEXT.length()};
        for (TextPerturbation p : TextPerturbation.values()) {
            TextPerturbation.Perturbed out = p.apply(TEXT);
            for (int[] span : new int[][] {content, speaker, last}) {
                assertThat(words(out.text(), out.span(span))).as(p.name()).isEqualTo(words(TEXT, span));
            }
            assertThat(out.map()[TEXT.length()]).isEqualTo(out.text().length());
        }
    }

    @Test
    void eachFormChangesTheLayoutItNames() {
        assertThat(TextPerturbation.STRAIGHT.apply(TEXT).text()).contains("\"We will", "May,\" Ann", "ferry's").doesNotContain("“", "’");
        assertThat(TextPerturbation.SINGLE.apply(TEXT).text()).contains("‘We will", "May,’ Ann", "ferry’s").doesNotContain("“", "”");
        assertThat(TextPerturbation.SINGLE.apply("He said \"no way at all\" twice.").text()).isEqualTo("He said ‘no way at all’ twice.");
        assertThat(TextPerturbation.CRLF.apply(TEXT).text()).contains("noon.\r\n\r\n“We").doesNotContain(".\n\n");
        assertThat(TextPerturbation.JOINED.apply(TEXT).text()).doesNotContain("\n").contains("noon. “We", "change. Councillors");
        assertThat(TextPerturbation.NBSP.apply(TEXT).text()).contains("The\u00a0mayor", "Reed\u00a0said. She",
                "rebuild the\u00a0bridge");
        assertThat(TextPerturbation.NONE.apply(TEXT).text()).isEqualTo(TEXT);
        assertThat(TextPerturbation.SINGLEASCII.apply(TEXT).text()).contains("'We will", "May,' Ann", "ferry's").doesNotContain("“", "’");
        assertThat(TextPerturbation.PTB.apply(TEXT).text()).contains("``We will", "May,'' Ann", "ferry’s");
        assertThat(TextPerturbation.PTB.apply("He said \"no way\" twice.").text()).isEqualTo("He said ``no way'' twice.");
        assertThat(TextPerturbation.GUILLEMETS.apply(TEXT).text()).contains("«We will", "May,» Ann");
        assertThat(TextPerturbation.DASH.apply(TEXT).text()).contains("\n— We will rebuild the bridge by May, Ann Reed said.");
        assertThat(TextPerturbation.DASH.apply("He said “no”.\n\nShe left.").text()).isEqualTo("He said “no”.\n\nShe left.");
        assertThat(TextPerturbation.SENTLINES.apply(TEXT).text()).isEqualTo("The mayor spoke at noon.\n“We will rebuild the bridge by May,”"
                + " Ann Reed said.\nShe added that the ferry’s timetable would not change.\nCouncillors were not convinced.");
        assertThat(TextPerturbation.SENTLINES.apply("Mr. Reed met U.S. officials. They left.").text())
                .isEqualTo("Mr. Reed met U.S. officials.\nThey left.");
        assertThat(TextPerturbation.LINES.apply(TEXT).text()).contains("noon.\n“We", "change.\nCouncillors").doesNotContain("\n\n");
        assertThat(TextPerturbation.HTMLESC.apply(TEXT).text()).contains("&ldquo;We will", "May,&rdquo; Ann", "ferry&rsquo;s");
        assertThat(TextPerturbation.HTMLESC.apply("A \"B\" & C's").text()).isEqualTo("A &quot;B&quot; &amp; C&#39;s");
        assertThat(TextPerturbation.LOWHIGH.apply(TEXT).text()).contains("„We will", "May,“ Ann");
        assertThat(TextPerturbation.SPACED.apply(TEXT).text()).contains("“ We will", "May, ” Ann");
        assertThat(TextPerturbation.SPACED.apply("He said \"no way\" twice.").text()).isEqualTo("He said \" no way \" twice.");
    }

    @Test
    void wrappedLinesStayWithinSeventyTwoColumnsAndParagraphsApart() {
        String wrapped = TextPerturbation.WRAP.apply(TEXT).text();
        for (String line : wrapped.split("\n")) {
            assertThat(line.length()).isLessThanOrEqualTo(72);
        }
        assertThat(wrapped.split("\n\n")).hasSize(3);
        assertThat(wrapped.split("\n\n")[1]).contains("\n");
        assertThat(wrapped.replace('\n', ' ')).isEqualTo(TEXT.replace('\n', ' '));
    }

    @Test
    void anUnknownFormIsRefusedByName() {
        assertThat(TextPerturbation.parse(" Crlf")).isEqualTo(TextPerturbation.CRLF);
        assertThatThrownBy(() -> TextPerturbation.parse("tabs")).hasMessageContaining("'tabs'");
    }
}
