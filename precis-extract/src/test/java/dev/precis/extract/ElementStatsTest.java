package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * {@link ElementStats}' counts on a made-up page, and on random nested markup against the counts computed
 * here by plain recursion over jsoup's child lists (the definitions the one-walk pass must keep).
 */
class ElementStatsTest {

    @Test
    void madeUpPageCounts() {
        Document doc = Jsoup.parse("<body><div><p>The bridge, long closed, reopens.</p>"
                + "<p><a href=/x>Read more</a></p><ul><li>short</li></ul></div> tail</body>");
        ElementStats stats = ElementStats.of(doc.body());
        ElementStats.Counts div = stats.get(doc.selectFirst("div"));
        assertThat(div.chars).isEqualTo("Thebridge,longclosed,reopens.".length() + "Readmore".length() + "short".length());
        assertThat(div.commas).isEqualTo(2);
        assertThat(div.linkChars).isEqualTo("Readmore".length());
        assertThat(div.paraChars).isEqualTo("Thebridge,longclosed,reopens.".length());
        assertThat(stats.get(doc.body()).ownChars).isEqualTo(4);
        assertThat(stats.get(doc.body()).chars).isEqualTo(div.chars + 4);
        assertThat(stats.get(doc.selectFirst("p")).paragraphs).isZero();
    }

    @Test
    void randomNestedMarkupCountsAsTheDefinitionsSay() {
        String[] tags = {"div", "p", "li", "a", "span", "section", "b"};
        String[] words = {"bridge", "council, ", "  ", "\u00a0", "word\u3001", "x", "reopens the old road today ",
            "\n\t", "A long sentence about the harbour that runs well past eighty characters in all, as prose does. "};
        Random random = new Random(39);
        for (int k = 0; k < 300; k++) {
            StringBuilder html = new StringBuilder("<body>");
            int open = 0;
            for (int i = 0; i < 60; i++) {
                int r = random.nextInt(4);
                if (r == 0) {
                    html.append('<').append(tags[random.nextInt(tags.length)]).append('>');
                    open++;
                } else if (r == 1 && open > 0) {
                    html.append("</").append(tags[random.nextInt(tags.length)]).append('>');
                    open--;
                } else {
                    html.append(words[random.nextInt(words.length)]);
                }
            }
            Element body = Jsoup.parse(html.toString()).body();
            ElementStats stats = ElementStats.of(body);
            check(body, stats, true);
        }
    }

    /** Asserts {@code e}'s counts and returns its {chars, linkChars, commas, paragraphs, paraChars, proseChars}. */
    private static int[] check(Element e, ElementStats stats, boolean root) {
        int[] sum = new int[6];
        int own = 0;
        int ownCommas = 0;
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                for (char ch : t.getWholeText().toCharArray()) {
                    if (!Character.isWhitespace(ch) && ch != '\u00a0') {
                        own++;
                        ownCommas += ch == ',' || ch == '\uff0c' || ch == '\u3001' ? 1 : 0;
                    }
                }
            } else if (n instanceof Element c) {
                int[] child = check(c, stats, false);
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += child[i];
                }
            }
        }
        int chars = sum[0] + own;
        int links = "a".equals(e.normalName()) ? chars : sum[1];
        int paragraphs = sum[3];
        int paraChars = sum[4];
        int prose = sum[5];
        if (!"a".equals(e.normalName()) && "p".equals(e.normalName()) && links * 2 < chars) {
            paraChars = chars;
            paragraphs += chars >= 80 && links * 3 < chars ? 1 : 0;
            prose = chars;
        } else if ("li".equals(e.normalName()) && paraChars == 0 && chars >= 80 && links * 6 < chars) {
            prose = chars;
        }
        ElementStats.Counts c = stats.get(e);
        assertThat(new int[] {c.chars, c.linkChars, c.commas, c.paragraphs, c.paraChars, c.proseChars, c.ownChars,
            c.ownCommas}).as(e.cssSelector()).containsExactly(chars, links, sum[2] + ownCommas, paragraphs, paraChars,
                prose, own, ownCommas);
        return new int[] {chars, links, sum[2] + ownCommas, paragraphs, paraChars, prose};
    }
}
