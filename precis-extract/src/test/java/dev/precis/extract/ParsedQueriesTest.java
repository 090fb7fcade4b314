package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

/**
 * The extractor keeps its jsoup queries parsed once, in static fields, and reuses each on every page: a parsed
 * query must find what its string finds, page after page (jsoup parses the string on every call otherwise).
 */
class ParsedQueriesTest {

    private static final String[] QUERIES = {"article", "h1", "form", "table", "a[href]", "[itemscope]",
        "[itemprop=name]", "article, main, [role=main]", "h1, h2, h3, h4, h5, h6", "h2, h3, h4, h5, h6",
        "[property][content]", "[typeof*=Comment], [class*=comment]", "div[hidden][id^=S:]",
        "meta[property=og:type]", "link[rel=canonical][href], meta[property=og:url][content]"};

    @Test
    void aQueryParsedOnceFindsWhatItsStringFindsOnEveryPage() {
        Evaluator[] parsed = new Evaluator[QUERIES.length];
        for (int q = 0; q < QUERIES.length; q++) {
            parsed[q] = QueryParser.parse(QUERIES[q]);
        }
        String[] pieces = {"<article>", "</article>", "<main>", "<div role=main>", "<h1>Title</h1>", "<h3>Sub</h3>",
            "<form><input></form>", "<table><tr><td>1</td></tr></table>", "<a href=/x>link</a>", "<a>no link</a>",
            "<div itemscope><span itemprop=name>Ann Lee</span></div>", "<p property=og:x content=1>p</p>",
            "<div class=comment-box><p>c</p></div>", "<div typeof=UserComment>t</div>", "<div hidden id=S:1>s</div>",
            "<div>", "</div>", "<p>text</p>"};
        Random random = new Random(41);
        int found = 0;
        for (int n = 0; n < 300; n++) {
            StringBuilder html = new StringBuilder("<html><head><meta property=og:type content=article>"
                    + "<link rel=canonical href=https://example.org/a></head><body>");
            for (int i = 0; i < 40; i++) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            Document doc = Jsoup.parse(html.toString());
            for (int q = 0; q < QUERIES.length; q++) {
                assertThat(doc.select(parsed[q])).as(QUERIES[q]).containsExactlyElementsOf(doc.select(QUERIES[q]));
                found += doc.select(parsed[q]).size();
                for (Element e : doc.body().children()) {
                    assertThat(e.closest(parsed[q])).as(QUERIES[q]).isSameAs(e.closest(QUERIES[q]));
                    assertThat(e.selectFirst(parsed[q])).as(QUERIES[q]).isSameAs(e.selectFirst(QUERIES[q]));
                }
            }
        }
        assertThat(found).isGreaterThan(10_000);
    }
}
