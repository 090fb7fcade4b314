package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sources other date readers (htmldate among them) fall back on, for pages that date themselves
 * nowhere the earlier rules look: a date alone on a line after the text, boxes named for a post's facts,
 * a post's own footer on pages without {@code <article>}, posting verbs as labels, Drupal's RDFa, more meta
 * names, the share image's address, and a page declared American English whose text is not. Pages written
 * for this test, laid out without {@code <article>} as many older sites are; each runs under Berlin, Paris,
 * New York and Tokyo clocks fixed at 2024-03-10T01:30Z.
 */
class FallbackDatesTest {

    private static final String[] ZONES = {"Europe/Berlin", "Europe/Paris", "America/New_York", "Asia/Tokyo"};

    private static final String DE = ("<p>Der Stadtrat hat am Dienstagabend nach langer Debatte den Bau der neuen Brücke über den Fluss "
            + "beschlossen, die die alte, seit Jahren gesperrte Verbindung ersetzen soll. Die Kosten werden auf rund zwölf "
            + "Millionen Euro geschätzt.</p>").repeat(4);
    private static final String FR = ("<p>Le conseil municipal a longuement débattu mardi soir du projet de nouveau pont sur la "
            + "rivière, qui doit remplacer l'ancien ouvrage fermé depuis des années, et a modifié plusieurs points du plan "
            + "présenté par la mairie.</p>").repeat(4);
    private static final String EN = ("<p>The city council decided on Tuesday evening, after a long debate, to build the new bridge "
            + "over the river, replacing the old crossing that has been closed for years; the cost is put at about twelve "
            + "million euros.</p>").repeat(4);

    /** A page with {@code head} in its head, {@code meta} under its headline and {@code after} after its text. */
    private static String page(String lang, String head, String meta, String after) {
        String text = lang.startsWith("fr") ? FR : lang.startsWith("en") ? EN : DE;
        return "<!doctype html><html lang=\"" + lang + "\"><head><title>Neue Brücke | Lokalblatt</title>" + head + "</head><body>"
                + "<div class=top><a href=/>Lokalblatt</a> <a href=/lokales>Lokales</a></div><div id=wrap><div class=main>"
                + "<h1>Neue Brücke über den Fluss</h1>" + meta + text + after + "</div>"
                + "<div class=sidebar><h3>Meistgelesen</h3><p><a href=/a>Ganz andere Nachricht aus der Stadt</a> 03.05.2016</p></div>"
                + "</div><footer>© 2023 Lokalblatt · Impressum · 14.07.2017</footer></body></html>";
    }

    private static String published(String zone, String html, LanguageGuesser guesser) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2024-03-10T01:30:00Z"), ZoneId.of(zone));
        return DatePages.day(new DensityArticleExtractor(guesser, clock)
                .extractPage(html, "https://www.lokalblatt.example/lokales/neue-bruecke-123").article().published());
    }

    private static String published(String zone, String html) throws Exception {
        return published(zone, html, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "de # <p>12.07.2017</p> # 2017-07-12",
        "de # <p>Mittwoch, den 12. Juli 2017, 14:30 Uhr</p> # 2017-07-12",
        "de # <p>Mi., 12.07.17 - 14:30</p> # 2017-07-12",
        "fr # <p>mercredi 12 juillet 2017 à 14h30</p> # 2017-07-12",
        "fr # <p>12 févr. 2017</p> # 2017-02-12",
        "it # <p>12/07/2017 alle 14:30</p> # 2017-07-12",
        "en-GB # <p>Wednesday 12 July 2017</p> # 2017-07-12",
    })
    void aDateAloneOnALineAfterTheTextDatesAPageDatedNowhereElse(String lang, String after, String expected) throws Exception {
        for (String zone : ZONES) {
            assertThat(published(zone, page(lang, "", "", after))).as(zone).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a source's or a person's line: a name beside the date, or the name on the short line above it
        "fr # <p>Le Journal, 12 juillet 2017</p>",
        "de # <div><div>Karl Muster</div><div>12.07.2017</div></div>",
        // a linked date after the text (another page's), a comment that quotes a day
        "de # <p><a href=/archiv/2017-07-12>12.07.2017</a></p>",
        "fr # <p>Paul a écrit le 14/07/2017 :</p>",
        // a date in running text
        "de # <p>Die Bauarbeiten sollen nach dem Beschluss des Rates, der für den Sommer erwartet wird, am 12.07.2017 beginnen und rund drei Jahre dauern.</p>",
    })
    void linesThatAreNoBareDate(String lang, String after) throws Exception {
        for (String zone : ZONES) {
            assertThat(published(zone, page(lang, "", "", after))).as(zone).isNull();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "<div class=post-info>12. Juli 2017</div> # 2017-07-12",
        "<small>12.07.2017, 14:30 Uhr</small> # 2017-07-12",
        "<span class=newsdate>12.07.2017 14:30</span> # 2017-07-12",
        "<div class=artikeldatum>12.07.2017</div> # 2017-07-12",
        "<div class=entry-meta>12 juillet 2017</div> # 2017-07-12",
        // the post's own footer, on a page without <article>
        "<footer class=entry-footer><span class=posted-on>12. Juli 2017</span></footer> # 2017-07-12",
        "<div class=post-footer>12.07.2017</div> # 2017-07-12",
    })
    void boxesNamedForAPostsFactsDateAPageDatedNowhereElse(String after, String expected) throws Exception {
        for (String zone : ZONES) {
            assertThat(published(zone, page("de", "", "", after))).as(zone).isEqualTo(expected);
        }
    }

    @Test
    void anInfoBoxNotNamedThePostsOtherBoxesAndThePagesFooterDateNothing() throws Exception {
        for (String zone : ZONES) {
            // "info" alone names no post (as LastResortDatesTest keeps), and the page's own footer holds 14.07.2017
            assertThat(published(zone, page("de", "", "", "<p class=info>12.07.2017 | Anna Beispiel</p>"))).as(zone).isNull();
            assertThat(published(zone, page("de", "", "", ""))).as(zone).isNull();
            // a box named for something else (tags) with a date and a name beside it
            assertThat(published(zone, page("de", "", "", "<div class=tags>12.07.2017 | Anna Beispiel</div>"))).as(zone).isNull();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "fr # <p>Posté le 12/07/2017 par Jean</p>",
        "fr # <p>Écrit le 12 juillet 2017 par Jean Dupont</p>",
        "fr # <div class=submitted>Soumis par Jean le mer, 12/07/2017 - 14:30</div>",
        "de # <p>Eingestellt am 12.07.2017 von Anna</p>",
        "de # <p>Verfasst am 12. Juli 2017</p>",
        "de # <p>Artikel vom 12.07.2017</p>",
        "de # <p>Gepostet am 12.07.2017 in Lokales</p>",
        "it # <p>Scritto il 12/07/2017 da Marco</p>",
        "nl # <p>Geschreven op 12 juli 2017 door Jan</p>",
        "es # <p>Escrito el 12 de julio de 2017 por Ana</p>",
    })
    void postingVerbsLabelAPublicationAfterTheText(String lang, String after) throws Exception {
        for (String zone : ZONES) {
            assertThat(published(zone, page(lang, "", "", after))).as(zone).isEqualTo("2017-07-12");
            // and the labelled day outranks an unlabelled one further down
            assertThat(published(zone, page(lang, "", "", after + "<p>Anna Beispiel</p><p>14.07.2017</p>"))).as(zone)
                    .isEqualTo("2017-07-12");
        }
    }

    @Test
    void drupalsRdfaPublicationDatesThePageButNotAComments() throws Exception {
        String post = "<div class=submitted><span property=\"dc:date dc:created\" content=\"2017-07-12T14:30:00+02:00\" "
                + "datatype=\"xsd:dateTime\">Eingereicht von Anna am Mi, 12.07.2017 - 14:30</span></div>";
        String comment = "<div class=comment><span property=\"dc:date dc:created\" content=\"2017-07-14T09:00:00+02:00\">14.07.2017</span>"
                + "<p>Toller Artikel!</p></div>";
        for (String zone : ZONES) {
            assertThat(published(zone, page("de", "", "", post))).as(zone).isEqualTo("2017-07-12");
            assertThat(published(zone, page("de", "", "", comment))).as(zone).isNull();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "<meta name=\"dc:date\" content=\"2017-07-12\"> # 2017-07-12",
        "<meta name=\"DC.created\" content=\"2017-07-12\"> # 2017-07-12",
        "<meta name=\"article.created\" content=\"2017-07-12T14:30:00\"> # 2017-07-12",
        "<meta name=\"dateposted\" content=\"12.07.2017\"> # 2017-07-12",
        "<meta name=\"timestamp\" content=\"2017-07-12 14:30:00\"> # 2017-07-12",
        // the share image's address, filed by day
        "<meta property=\"og:image\" content=\"https://www.lokalblatt.example/bilder/2017/07/12/bruecke.jpg\"> # 2017-07-12",
        // by month only it names no day
        "<meta property=\"og:image\" content=\"https://www.lokalblatt.example/uploads/2017/07/bruecke.jpg\"> # ",
    })
    void moreMetaNamesAndTheShareImagesAddress(String head, String expected) throws Exception {
        for (String zone : ZONES) {
            assertThat(published(zone, page("de", head, "", ""))).as(zone).isEqualTo(expected);
        }
    }

    @Test
    void theShareImagesDayYieldsToADayThePageShows() throws Exception {
        String head = "<meta property=\"og:image\" content=\"https://www.lokalblatt.example/bilder/2016/05/03/archiv.jpg\">";
        for (String zone : ZONES) {
            assertThat(published(zone, page("de", head, "<p class=meta>12.07.2017</p>", ""))).as(zone).isEqualTo("2017-07-12");
            assertThat(published(zone, page("de", head, "", "<p>12.07.2017</p>"))).as(zone).isEqualTo("2017-07-12");
        }
    }

    @Test
    void aPageDeclaredAmericanEnglishWhoseTextIsFrenchWritesItsDaysFirst() throws Exception {
        LanguageGuesser guesser = LanguageGuesser.load();
        for (String zone : ZONES) {
            String french = page("fr", "", "<p class=meta>Publié le 12/07/2017 à 14h30</p>", "").replace("lang=\"fr\"", "lang=\"en-US\"");
            assertThat(published(zone, french, guesser)).as(zone).isEqualTo("2017-07-12");
            // without a guesser the declared language orders it
            assertThat(published(zone, french)).as(zone).isEqualTo("2017-12-07");
            // an English text keeps the declared month-first order
            assertThat(published(zone, page("en-US", "", "<p class=meta>Posted 07/12/2017</p>", ""), guesser))
                    .as(zone).isEqualTo("2017-07-12");
        }
    }
}
