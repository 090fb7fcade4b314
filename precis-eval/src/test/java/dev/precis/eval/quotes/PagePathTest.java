package dev.precis.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagePathTest {

    private static final String TEXT = "Ferry Timetable Stays, Mayor Says\n\nThe mayor spoke at noon.\n\n“We will rebuild the bridge by May,”"
            + " Ann Reed said. “Nobody will wait.”\n\nCouncillors were not convinced.\n\n“It is a promise,” she added.";

    private static String words(String text, int[] span) {
        return text.substring(span[0], span[1]).replaceAll("[\\s\\u00a0]+", " ").replaceAll("[“”‘’\"']", "'");
    }

    @Test
    void theTextFileFormsPutMetadataLinesBetweenHeadlineAndBody() {
        String file = PagePath.PAGETEXT.render(TEXT, 0);
        assertThat(file).startsWith("Ferry Timetable Stays, Mayor Says\nBy ").contains("\nPublished October 5, 2016 10:42 AM\n\nThe mayor");
        // the header block and the body paragraphs alternate: the first body paragraph straight, the second curly
        String mixed = PagePath.PAGEMIXED.render("Ferry Stays\n\n“Ferries matter,” Ann Reed said.\n\n“Bridges too,” Tom Hale said.", 0);
        assertThat(mixed).contains("\r\n", "\u00a0", "\"Ferries matter,\"", "“Bridges too,”\u00a0Tom").doesNotContain("\n\n");
    }

    @Test
    void theHtmlPageSetsQuoteParagraphsAsBlockquotesWithAPullQuoteAndChrome() {
        String page = PagePath.PAGEHTML.render(TEXT, 1);
        assertThat(page).contains("<h1>Ferry Timetable Stays, Mayor Says</h1>", "<blockquote><p>“We will rebuild",
                "<p>“It is a promise,” she added.</p>", "<aside class=\"pull-quote\"><p>“We will rebuild the bridge by May,”</p></aside>",
                "<nav>", "<footer>");
        assertThat(PagePath.PAGEBR.render(TEXT, 1)).contains("noon.<br><br>\n“We will").doesNotContain("<blockquote>");
    }

    @Test
    void alignmentMovesSpansOntoTheProducedTextAndMarksDroppedOnes() {
        String produced = "Headline\r\nBy Someone\r\n\r\nThe mayor spoke at noon.\r\n\r\n\"We will rebuild the bridge by May,\" Ann\u00a0Reed"
                + " said. \"Nobody will wait.\"\r\n\r\nCouncillors were not convinced.";
        TextPerturbation.Perturbed a = TextAlignment.align(TEXT, produced);
        String quote = "We will rebuild the bridge by May,";
        int qs = TEXT.indexOf(quote);
        int[] content = {qs, qs + quote.length()};
        int[] speaker = {TEXT.indexOf("Ann Reed"), TEXT.indexOf("Ann Reed") + 8};
        assertThat(words(produced, a.span(content))).isEqualTo(words(TEXT, content));
        assertThat(words(produced, a.span(speaker))).isEqualTo("Ann Reed");
        int ps = TEXT.indexOf("It is a promise");
        assertThat(a.span(new int[] {ps, ps + 15})).containsExactly(-1, -1);
        assertThat(TextAlignment.unaligned(TEXT, a.map())).isEqualTo("FerryTimetableStays,MayorSays“Itisapromise,”sheadded.".length());
    }

    @Test
    void aTextFileAlignsWhole() {
        String file = PagePath.PAGETEXT.render(TEXT, 2);
        TextPerturbation.Perturbed a = PagePath.PAGETEXT.analysed(TEXT, 2, null);
        assertThat(a.text()).isEqualTo(file);
        assertThat(TextAlignment.unaligned(TEXT, a.map())).isZero();
    }

    @Test
    void thePageSourceFormIsRecognisedAsAPageAndPlainTextIsNot() {
        assertThat(dev.precis.extract.HtmlArticleReader.looksLikePage(PagePath.PAGESOURCE.render(TEXT, 0))).isTrue();
        assertThat(dev.precis.extract.HtmlArticleReader.looksLikePage("  <html lang=\"en\"><body><p>x</p></body></html>")).isTrue();
        assertThat(dev.precis.extract.HtmlArticleReader.looksLikePage(PagePath.PAGETEXT.render(TEXT, 0))).isFalse();
        assertThat(dev.precis.extract.HtmlArticleReader.looksLikePage("<b>Bold</b> claims, the mayor said.")).isFalse();
    }
}
