package dev.precis.lab.baselines;

import dev.precis.eval.extraction.AebPage;
import dev.precis.eval.extraction.WcxbEvaluation;
import dev.precis.eval.extraction.WcxbPage;
import dev.precis.extract.PageDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * Baseline systems for the extraction table: Readability4J 1.0.8 (a Java port of Mozilla
 * Readability) and the whole page's visible text. Development tool only: it lives in precis-lab so
 * neither Readability4J (unmaintained since 2021) nor its code ships in the product jar. Stateless
 * and thread-safe.
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

    /**
     * Readability4J on a WCXB page (decoded as Precis decodes it): its text, title and byline. It does
     * not tell page types apart, so it calls every page an article.
     */
    public static WcxbEvaluation.Prediction readability(WcxbPage page, byte[] bytes) throws Exception {
        String html = PageDecoder.decode(bytes, null);
        // a base address it can resolve links against, or it logs an error for every page without one
        Article a = new Readability4J(page.url() == null ? "https://example.invalid/" : page.url(), html).parse();
        String text = a.getTextContent();
        return new WcxbEvaluation.Prediction(null, text == null ? "" : text, a.getTitle(), a.getByline(),
                List.of(), null, null);
    }

    /** All visible text of the page's body. */
    public static String wholePage(AebPage page) {
        String html = new String(page.html(), StandardCharsets.UTF_8);
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        return doc.body() == null ? "" : doc.body().text();
    }
}
