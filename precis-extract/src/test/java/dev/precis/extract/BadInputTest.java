package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs that are not articles must end in one clear line or an article, never a stack overflow, a
 * hang or unbounded memory. The module's tests run with -Xmx256m and a small thread stack.
 */
@Timeout(60)
class BadInputTest {

    private final HtmlArticleReader reader = new HtmlArticleReader(new DensityArticleExtractor(null));

    private static final String PARAGRAPH = "<p>The council said on Monday that the new library would open in the spring,"
            + " after two years of building work and a long debate about its cost to the town.</p>";
    /** A second, different paragraph (a paragraph the body already holds is kept once). */
    private static final String PARAGRAPH_2 = "<p>Readers will find a café on the ground floor, study rooms above it"
            + " and, on the roof, a garden that the town's schools may use for their classes.</p>";

    @Test
    void twoScriptsInARowInsideSvgNeitherCrashNorLoseTheArticle() throws Exception {
        // the structure of a real product page that stopped a batch of 1,497 pages: inline SVG icons
        // in the menu, each ending in two script elements
        byte[] html = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/regression/svg-scripts-in-nav.html"));
        // jsoup 1.21.1 itself fails on it (drop this line once an upgrade fixes jsoup)
        assertThatThrownBy(() -> org.jsoup.Jsoup.parse(new String(html, StandardCharsets.UTF_8)))
                .isInstanceOf(IndexOutOfBoundsException.class);
        var page = reader.read(html, "https://garden.example/guides/shed-kits", null);
        assertThat(page.article().title()).isEqualTo("Garden shed kits: what to check before you buy");
        assertThat(page.article().text()).startsWith("A shed kit looks simple")
                .endsWith("a second weekend of repairs.").doesNotContain("Sheds").doesNotContain("Copyright");
        assertThat(page.article().paragraphs()).hasSize(4);
    }

    @Test
    void pdfBytesAreNotHtml() {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\u0000\u0001\u0002stream\u0003\u0004"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertOneLineFailure(pdf, "not HTML");
    }

    @Test
    void imageBytesAreNotHtml() {
        byte[] png = new byte[4096];
        new java.util.Random(7).nextBytes(png);
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 'N';
        png[3] = 'G';
        assertOneLineFailure(png, "not HTML");
    }

    @Test
    void emptyInputIsRejected() {
        assertOneLineFailure(new byte[0], "empty");
        assertOneLineFailure("   \n\t ".getBytes(StandardCharsets.UTF_8), "empty");
    }

    @Test
    void truncatedHtmlStillYieldsTheParagraphsThatArrived() throws Exception {
        String html = "<html><head><title>Library opens</title></head><body><article>" + PARAGRAPH + PARAGRAPH_2
                + "<p>The mayor said the building would be open seven days a w";
        var page = reader.read(html.getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(page.article().text()).startsWith("The council said on Monday").contains("seven days a w");
        assertThat(page.article().paragraphs()).hasSize(3);
    }

    @Test
    void hundredThousandNestedDivsNeitherOverflowNorHang() {
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>".repeat(100_000)).append(PARAGRAPH).append("</div>".repeat(100_000)).append("</body></html>");
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        try {
            var page = reader.read(bytes, null, null);
            assertThat(page.article().text()).contains("new library");
        } catch (ExtractionException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void twoHundredThousandUnclosedDivsAreRefusedWithinTheTestHeap() {
        // 1.16 GB of heap to parse before the depth bound; this JVM has 256 MB
        String html = "<html><body>" + "<div>".repeat(200_000) + PARAGRAPH + "</body></html>";
        assertOneLineFailure(html.getBytes(StandardCharsets.UTF_8), "levels deep");
    }

    @Test
    void unclosedParagraphsAndListItemsAreNotNesting() throws Exception {
        String html = "<html><head><title>Old page</title><script>var s = '<div><div><div>';</script></head><body><article>"
                + "<p>The council said on Monday that the new library would open in May, after two years of building work."
                        .repeat(MarkupDepth.MAX_DEPTH + 100)
                + "<ul>" + "<li>item".repeat(MarkupDepth.MAX_DEPTH + 100) + "</ul></article></body></html>";
        assertThat(MarkupDepth.tooDeep(html)).isFalse();
        assertThat(reader.read(html.getBytes(StandardCharsets.UTF_8), null, null).article().text()).startsWith("The council said");
        assertThat(MarkupDepth.tooDeep("<span>".repeat(MarkupDepth.MAX_DEPTH + 1))).isTrue();
        assertThat(MarkupDepth.tooDeep("<span>x</span>".repeat(MarkupDepth.MAX_DEPTH + 1))).isFalse();
    }

    @Test
    void thirtyMegabytePageStaysWithinASmallHeap() throws Exception {
        StringBuilder sb = new StringBuilder(31 * 1024 * 1024);
        sb.append("<html><head><title>Big page</title></head><body><article>");
        while (sb.length() < 30 * 1024 * 1024) {
            sb.append(PARAGRAPH);
        }
        sb.append("</article></body></html>");
        byte[] bytes = sb.toString().getBytes(StandardCharsets.US_ASCII);
        sb = null;
        try {
            var page = reader.read(bytes, null, null);
            assertThat(page.article().text()).startsWith("The council said");
        } catch (ExtractionException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
        }
    }

    @Test
    void pageLargerThanTheLimitIsRefusedWithOneLine() {
        byte[] huge = new byte[PageDecoder.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertOneLineFailure(huge, "larger than");
    }

    @Test
    void homePageWithOnlyLinksHasNoArticle() {
        StringBuilder sb = new StringBuilder("<html><body><nav>");
        for (int i = 0; i < 50; i++) {
            sb.append("<div class=\"teaser\"><h3><a href=\"/s").append(i).append("\">Headline number ").append(i)
                    .append(" about the town</a></h3></div>");
        }
        sb.append("</nav><div class=\"grid\">");
        for (int i = 0; i < 50; i++) {
            sb.append("<div class=\"tile\"><a href=\"/t").append(i).append("\">Another story on the front page, number ")
                    .append(i).append("</a></div>");
        }
        sb.append("</div></body></html>");
        assertOneLineFailure(sb.toString().getBytes(StandardCharsets.UTF_8), "no article text");
    }

    @Test
    void brokenGzipIsRefusedWithOneLine() throws Exception {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(("<html><body>" + PARAGRAPH + "</body></html>").getBytes(StandardCharsets.UTF_8));
        }
        byte[] full = bos.toByteArray();
        byte[] cut = java.util.Arrays.copyOf(full, full.length / 2);
        assertOneLineFailure(cut, "gzip");
    }

    @Test
    void randomMarkupNeverThrowsAnythingButExtractionException() {
        java.util.Random random = new java.util.Random(42);
        String[] pieces = {"<div>", "</div>", "<p>", "</p>", "<a href=x>", "</a>", "<br>", "<script>", "</script>",
            "text and more words, ", "<table><tr><td>", "</td></tr></table>", "<!--", "-->", "<h1>", "</h1>", "&amp;",
            "<li>", "<ul class=share>", "</ul>", "\u0000", "<time datetime=2020-01-01>", "By Jane Doe"};
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder("<html><body>");
            int n = random.nextInt(400);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            try {
                var page = reader.read(sb.toString().getBytes(StandardCharsets.UTF_8), "https://example.com/a", null);
                String text = page.article().text();
                page.article().paragraphs().forEach(r -> assertThat(r.end()).isLessThanOrEqualTo(text.length()));
            } catch (ExtractionException e) {
                assertThat(e.getMessage()).doesNotContain("\n");
            }
        }
    }

    private void assertOneLineFailure(byte[] bytes, String reason) {
        assertThatThrownBy(() -> reader.read(bytes, null, null))
                .isInstanceOf(ExtractionException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(reason).doesNotContain("\n"));
    }

    @Test
    void aTitleIsOneLineEvenFromAnH1ThatKeepsLineBreaks() throws Exception {
        // found by the page fuzzer (PageFuzzTestInputs/fuzz/crash-title-line-break): jsoup's text() keeps
        // the line breaks of a <textarea>, <pre> or <title> inside the headline
        String html = "<html><head><title>Harbour bridge reopens</title></head><body><article><h1>Harbour bridge"
                + "<textarea>\n  reopens\n</textarea></h1>" + PARAGRAPH + PARAGRAPH + "</article></body></html>";
        var page = reader.read(html.getBytes(StandardCharsets.UTF_8), "https://news.example/a", null);
        assertThat(page.article().title()).doesNotContain("\n").isEqualTo("Harbour bridge reopens");
    }
}
