package dev.precis.eval.extraction;

import java.nio.charset.StandardCharsets;
import net.dankito.readability4j.Readability4J;

/**
 * Baseline systems for the extraction table: Readability4J 1.0.8 (a Java port of Mozilla
 * Readability) and the whole page's visible text. Stateless and thread-safe.
 */
public final class ReadabilityBaseline {

    private ReadabilityBaseline() {
    }

    /** Readability4J's text content of the page. */
    public static String readability(AebPage page) {
        String html = new String(page.html(), StandardCharsets.UTF_8);
        String text = new Readability4J(page.url() == null ? "" : page.url(), html).parse().getTextContent();
        return text == null ? "" : text;
    }

    /** All visible text of the page's body. */
    public static String wholePage(AebPage page) {
        String html = new String(page.html(), StandardCharsets.UTF_8);
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        return doc.body() == null ? "" : doc.body().text();
    }
}
