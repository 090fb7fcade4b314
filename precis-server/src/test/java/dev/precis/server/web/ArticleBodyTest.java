package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.model.TextRange;
import dev.precis.server.web.Pages.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ArticleBodyTest {

    private static Quote quote(int start, int end) {
        return new Quote(new TextRange(start, end), new TextRange(start, end), QuoteKind.DIRECT, "Someone", null, "said");
    }

    private static List<List<Segment>> segments(List<Pages.Paragraph> paragraphs) {
        return paragraphs.stream().map(Pages.Paragraph::segments).toList();
    }

    private static String joined(List<Segment> p) {
        return p.stream().map(Segment::text).collect(Collectors.joining());
    }

    @Test
    void paragraphsKeepTheirTextAndQuotesGetAnchors() {
        String text = "First part. \"Quoted words,\" she said.\n\nSecond paragraph here.";
        int br = text.indexOf("\n\n");
        List<TextRange> paras = List.of(new TextRange(0, br), new TextRange(br + 2, text.length()));
        int qs = text.indexOf('"');
        int qe = text.lastIndexOf('"') + 1;
        List<List<Segment>> out = segments(ArticleBody.layout(text, paras, List.of(quote(qs, qe))));
        assertThat(out).hasSize(2);
        assertThat(joined(out.get(0))).isEqualTo(text.substring(0, br));
        assertThat(joined(out.get(1))).isEqualTo("Second paragraph here.");
        assertThat(ArticleBody.layout(text, paras, List.of()).get(1).start()).isEqualTo(br + 2);
        assertThat(out.get(0)).containsExactly(new Segment("First part. ", null, false),
                new Segment("\"Quoted words,\"", "q-" + qs, true), new Segment(" she said.", null, false));
    }

    @Test
    void aQuoteAcrossParagraphsIsMarkedInBothAndAnchoredOnce() {
        String text = "Aaaa bbbb.\n\nCccc dddd.";
        List<TextRange> paras = List.of(new TextRange(0, 10), new TextRange(12, 22));
        List<List<Segment>> out = segments(ArticleBody.layout(text, paras, List.of(quote(5, 17))));
        assertThat(out.get(0)).containsExactly(new Segment("Aaaa ", null, false), new Segment("bbbb.", "q-5", true));
        assertThat(out.get(1)).containsExactly(new Segment("Cccc ", null, true), new Segment("dddd.", null, false));
    }

    @Test
    void overlappingQuotesAreHighlightedOnceAndEachKeepsAnAnchor() {
        String text = "0123456789abcdefghij";
        List<List<Segment>> out = segments(ArticleBody.layout(text, List.of(), List.of(quote(2, 10), quote(5, 15), quote(5, 8))));
        List<Segment> p = out.get(0);
        assertThat(joined(p)).isEqualTo(text);
        assertThat(p.stream().map(Segment::anchor).filter(a -> a != null).toList()).containsExactly("q-2", "q-5");
        assertThat(p.stream().filter(Segment::marked).map(Segment::text).collect(Collectors.joining())).isEqualTo("23456789abcde");
    }

    @Test
    void summarySentencesAreFlaggedByIndexInsideAndOutsideQuotes() {
        String text = "One two. \"Three four,\" he said. Five six.";
        int q = text.indexOf('"');
        int second = text.indexOf("Five");
        List<TextRange> summary = List.of(new TextRange(0, 8), new TextRange(q, second - 1), new TextRange(second, text.length()));
        List<Segment> p = ArticleBody.layout(text, List.of(), List.of(quote(q, q + 13)), summary).get(0).segments();
        assertThat(joined(p)).isEqualTo(text);
        assertThat(p).contains(new Segment("One two.", null, false, 0, false), new Segment("\"Three four,\"", "q-" + q, true, 1, false),
                new Segment(" he said.", null, false, 1, false), new Segment("Five six.", null, false, 2, false));
        assertThat(p.stream().filter(x -> x.sentence() < 0).map(Segment::text).collect(Collectors.joining())).isEqualTo("  ");
    }

    @Test
    void randomQuotesNeverLoseOrDuplicateText() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            int n = 1 + random.nextInt(80);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append((char) ('a' + random.nextInt(26)));
            }
            String text = sb.toString();
            List<TextRange> paras = new ArrayList<>();
            int pos = 0;
            while (pos < n) {
                int end = Math.min(n, pos + 1 + random.nextInt(20));
                paras.add(new TextRange(pos, end));
                pos = end + random.nextInt(3);
            }
            List<Quote> quotes = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                int s = random.nextInt(n);
                quotes.add(quote(s, s + random.nextInt(n - s + 1)));
            }
            List<TextRange> summary = new ArrayList<>();
            for (int i = random.nextInt(4), at = 0; i > 0 && at < n; i--) {
                int s = at + random.nextInt(n - at);
                int e = s + random.nextInt(n - s + 1);
                summary.add(new TextRange(s, e));
                at = e;
            }
            List<List<Segment>> out = segments(ArticleBody.layout(text, paras, quotes, summary));
            assertThat(out).hasSameSizeAs(paras);
            for (int i = 0; i < paras.size(); i++) {
                assertThat(joined(out.get(i))).isEqualTo(paras.get(i).slice(text));
            }
            List<String> anchors = out.stream().flatMap(List::stream).map(Segment::anchor).filter(a -> a != null).toList();
            assertThat(anchors).doesNotHaveDuplicates();
        }
    }

    @Test
    void snippetsSplitIntoPlainAndMarkedRuns() {
        assertThat(Snippets.split("a [[b]] c [[d]]")).containsExactly(new Segment("a ", null, false), new Segment("b", null, true),
                new Segment(" c ", null, false), new Segment("d", null, true));
        assertThat(Snippets.split("open [[but never closed")).containsExactly(new Segment("open [[but never closed", null, false));
        assertThat(Snippets.split(null)).isEmpty();
    }
}
