package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The body's core, on pages written for this test: without marked elements the core is the body itself, and
 * the paragraphs of a marked element (see {@link Added}) are told apart from the rest when they are collected.
 */
class CoreBodyTest {

    private static final String PAGE = "<html><body><div class=\"story\">"
            + "<p>The ferry to the island leaves the harbour at seven, and on calm days it is there within the hour.</p>"
            + "<div id=\"extra\"><p>Bicycles travel free, but a place for them is booked with the ticket.</p></div>"
            + "<p>In winter the first boat leaves at eight, and the last one comes back before dark.</p>"
            + "</div></body></html>";

    @Test
    void aBodyWithoutMarkedElementsIsItsOwnCore() {
        BodyExtractor.Body body = BodyExtractor.extract(Jsoup.parse(PAGE, "https://ferry.example/times"), null);
        assertThat(body.paragraphs()).hasSize(3);
        assertThat(body.core()).isSameAs(body.paragraphs());
    }

    @Test
    void paragraphsOfAMarkedElementAreToldApart() {
        Document doc = Jsoup.parse(PAGE, "https://ferry.example/times");
        Element story = doc.selectFirst("div.story");
        Added added = new Added();
        added.add(doc.getElementById("extra"));
        List<ParagraphCollector.Block> blocks = new ParagraphCollector(ElementStats.of(doc.body()), 0.5)
                .collect(List.of(story), added);
        assertThat(blocks).extracting(ParagraphCollector.Block::added).containsExactly(false, true, false);
        assertThat(blocks.get(1).text()).startsWith("Bicycles travel free");
        assertThat(new ParagraphCollector(ElementStats.of(doc.body()), 0.5).collect(List.of(story)))
                .extracting(ParagraphCollector.Block::added).containsExactly(false, false, false);
    }
}
