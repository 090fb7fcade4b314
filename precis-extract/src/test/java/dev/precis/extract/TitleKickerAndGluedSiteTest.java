package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Headlines behind a kicker the h1 opens with in an element of its own, when a meta title words the rest ("Exklusiv:",
 * "Live", "Opinion"), and {@code <title>}s that put the site's name first with the colon set close to it ("Kanalblatt:
 * …", the site named by og:site_name or by its host). Guards: a kicker typed as the h1's own text, a meta title that
 * keeps the kicker, a headline's own colon. Pages written for this test.
 */
class TitleKickerAndGluedSiteTest {

    private static String title(String site, String head, String body) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "<p>Text.</p></body></html>",
                "https://www.kanalblatt.de/stadt/bruecke");
        return TitleChooser.choose(doc, null, site);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // the kicker in its own element; <title> or og:title words the headline without it
        "Kanalblatt # <title>Neue Brücke über den Fluss | Kanalblatt</title> # <h1><span class=kicker>Exklusiv:</span> Neue Brücke über den Fluss</h1> # Neue Brücke über den Fluss",
        "The Towpath # <meta property=og:title content=\"Council votes on the new footbridge\"> # <h1><strong>Live</strong> Council votes on the new footbridge</h1> # Council votes on the new footbridge",
        "Le Canal # <title>La passerelle divise le conseil – Le Canal</title> # <h1><em class=surtitre>Opinion</em> La passerelle divise le conseil</h1> # La passerelle divise le conseil",
        // the site's name first, the colon close to it: by og:site_name, by the host's label
        "The Towpath # <title>The Towpath: Council votes on the new footbridge</title> # <div>no headline</div> # Council votes on the new footbridge",
        "www.kanalblatt.de # <title>Kanalblatt: Neue Brücke über den Fluss</title> # <div>keine Überschrift</div> # Neue Brücke über den Fluss",
        // guards: the kicker typed into the h1's own text stays; a meta title that keeps the kicker; a headline's colon
        "Kanalblatt # <title>Neue Brücke über den Fluss | Kanalblatt</title> # <h1>Exklusiv: Neue Brücke über den Fluss</h1> # Exklusiv: Neue Brücke über den Fluss",
        "Kanalblatt # <title>Exklusiv: Neue Brücke über den Fluss | Kanalblatt</title> # <h1><span class=kicker>Exklusiv:</span> Neue Brücke über den Fluss</h1> # Exklusiv: Neue Brücke über den Fluss",
        "Kanalblatt # <title>Brücke: Was die Stadt jetzt plant</title> # <div>keine Überschrift</div> # Brücke: Was die Stadt jetzt plant",
        "www.kanalblatt.de # <title>Kanal: Was die Stadt jetzt plant</title> # <div>keine Überschrift</div> # Kanal: Was die Stadt jetzt plant",
    })
    void kickersAndSiteNamesBeforeTheHeadline(String site, String head, String body, String expected) {
        assertThat(title(site, head, body)).isEqualTo(expected);
    }
}
