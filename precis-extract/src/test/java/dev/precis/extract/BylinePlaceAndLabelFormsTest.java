package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bylines that name a place after the author ("Par Jean Exemple, à Lyon", "Von Anna Beispiel, aus Kiew": no second
 * author; names opening with a particle stay), and author labels "Author(s)" and "Article written by:" with the name
 * in the next box; an author box's description ("author-description") after the name. Pages written for this test.
 */
class BylinePlaceAndLabelFormsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Par Jean Exemple, à Lyon # Jean Exemple",
        "Von Anna Beispiel, aus Kiew # Anna Beispiel",
        "By Jane Q. Doe, in Cairo # Jane Q. Doe",
        "Por Ana Modelo, desde Quito # Ana Modelo",
        // guards: particles open names; two people
        "Von Jan van der Berg und Lisa Beispiel # Jan van der Berg; Lisa Beispiel",
        "Par Jean Exemple et Claire Modèle # Jean Exemple; Claire Modèle",
        "Por Ana Modelo, de la Cruz Prieto # Ana Modelo; de la Cruz Prieto",
    })
    void aPlaceAfterTheNameIsNoAuthor(String byline, String expected) {
        assertThat(AuthorNames.split(byline, null)).isEqualTo(List.of(expected.split("; ")));
    }

    private static Article article(String meta) throws Exception {
        String html = "<!doctype html><html lang=en><head><title>New footbridge over the canal | Towpath</title></head><body>"
                + "<div class=top><a href=/>Towpath</a></div><div class=content><h1>New footbridge over the canal</h1>"
                + LocaleDateFormsTest.paragraphs() + meta + "</div></body></html>";
        return new DensityArticleExtractor(null, CLOCK).extractPage(html, "https://towpath.example/city/footbridge").article();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "<div class=facts><div class=fact><h6>Date</h6><p>May 2024</p></div><div class=fact><h6>Author(s)</h6>"
                + "<p><a href=/library/?author=jane>Jane Q. Doe</a></p></div></div> # Jane Q. Doe",
        "<section class=writer-box><h2>Article written by:</h2><div class=person><h3>Jane Q. Doe</h3>"
                + "<p>Jane reports on the city's transport.</p></div></section> # Jane Q. Doe",
        // an author box's description after the name: the name, not the description
        "<div class=writer><p class=name-line>Jane Q. Doe</p><div class=author-description>Certified Coffee Taster, "
                + "M.A. History</div></div> # Jane Q. Doe",
        // guard: a bio box holding the name
        "<div class=author-bio><h4>Jane Q. Doe</h4><p>Jane writes about canals and bridges.</p></div> # Jane Q. Doe",
    })
    void namesUnderAuthorLabels(String meta, String expected) throws Exception {
        assertThat(article(meta).byline()).isEqualTo(expected);
    }
}
