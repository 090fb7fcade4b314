package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bylines the markup gives: a link to the author's page ("/author/jane-doe", "/autor/anna-beispiel"), a
 * "by" alone in its element beside the name (or "Written by" alone, the name in the next box, as author boxes
 * put it above a bio), HTML entities a CMS leaves inside JSON-LD strings, and a
 * name shown twice in one element (once for screen readers). Pages written for this test.
 */
class AuthorMarkupTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    private static String page(String lang, String head, String meta) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><title>Neue Brücke | Lokalblatt</title>" + head + "</head><body>"
                + "<div class=top><a href=/>Lokalblatt</a></div><div class=content><h1>Neue Brücke über den Fluss</h1>"
                + meta + LocaleDateFormsTest.paragraphs() + "</div></body></html>";
    }

    private static String byline(String html) throws Exception {
        return new DensityArticleExtractor(null, CLOCK).extractPage(html, "https://news.example/lokales/bruecke").article().byline();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "en # # <div class=meta><a href=\"/author/jane-doe\">Jane Doe</a> · 3 min read</div> # Jane Doe",
        "de # # <div class=meta><a href=\"https://news.example/autor/anna-beispiel/\">Anna Beispiel</a></div> # Anna Beispiel",
        "fr # # <div class=meta><a href=\"/auteurs/marie-exemple?ref=top\">Marie Exemple</a></div> # Marie Exemple",
        "en # # <div class=flex><span>by </span><p><a href=/team>Jane Doe</a></p></div> # Jane Doe",
        "en # <script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":{\"name\":\"Maria &amp; Katerina\"}}</script> # # Maria & Katerina",
        "en # # <div class=author><span>Jane Doe</span> <span class=sr>Jane Doe</span></div> # Jane Doe",
        // the label alone, the name in the next box, a bio after it (the parent's text is too long to be a byline)
        "en # # <div class=box><div class=label>Written by</div><div class=name>Jane Doe</div><div class=bio>Jane has covered"
                + " the county council for a decade and writes about roads, bridges and the budgets that pay for them.</div></div> # Jane Doe",
        "en # # <div class=box><h2>Article by</h2><div class=name>Jane Doe</div><p>Jane has covered the county council for a"
                + " decade and writes about roads, bridges and the budgets that pay for them.</p></div> # Jane Doe",
    })
    void bylinesTheMarkupGives(String lang, String head, String meta, String expected) throws Exception {
        assertThat(byline(page(lang, head == null ? "" : head, meta == null ? "" : meta))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // the list of all authors, not one author's page
        "<div class=meta><a href=\"/authors/\">Our Authors</a></div>",
        // an address that merely contains the letters
        "<div class=meta><a href=\"/autumn/garden-tips\">Autumn Tips</a></div>",
        // a label whose next box is no name (a date), with a long text around it
        "<div class=box><div class=label>Posted by</div><div>March 3, 2024</div><div class=bio>The county council met on"
                + " Tuesday to discuss roads, bridges and the budgets that pay for them in the coming year.</div></div>",
    })
    void linksThatNameNoAuthor(String meta) throws Exception {
        assertThat(byline(page("en", "", meta))).isNull();
    }
}
