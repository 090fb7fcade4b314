package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pages that date themselves nowhere the earlier rules look: a publication key in a script (an
 * analytics data layer, a page-state object), then the first date after the headline in a
 * {@code <time>} or a box named a date, past the start of the text, then one in the title; and the
 * day order of "12/07/2017" where the page's declared language does not settle it; and a date beside
 * another page's linked headline, which is that page's. Pages written for this test; each runs under a
 * Berlin and a New York clock, fixed.
 */
class LastResortDatesTest {

    private static final String[] ZONES = {"Europe/Berlin", "America/New_York"};

    private static String page(String htmlAttrs, String head, String meta, String after, String outside) {
        return "<!doctype html><html " + htmlAttrs + "><head><title>Neue Brücke | Lokalblatt</title>" + head
                + "</head><body><div class=top><a href=/>Lokalblatt</a></div><main><article><h1>Neue Brücke über den Fluss</h1>"
                + meta + LocaleDateFormsTest.paragraphs() + after + "</article>" + outside
                + "</main><div class=bottom>© 2023 Lokalblatt</div></body></html>";
    }

    private static String published(String zone, String html, LanguageGuesser guesser) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2024-03-10T01:30:00Z"), ZoneId.of(zone));
        String got = new DensityArticleExtractor(guesser, clock).extractPage(html, "https://news.example/lokales/bruecke")
                .article().published();
        return got == null ? null : got.substring(0, 10);
    }

    private static String published(String zone, String html) throws Exception {
        return published(zone, html, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "<script>var dataLayer = [{\"pageType\": \"article\", \"publishDate\": \"2017-07-12 14:30:00\"}];</script> # 2017-07-12",
        "<script>dataLayer.push({'section': 'lokales', 'article_publication_date': '2017-07-12T14:30:00+02:00'});</script> # 2017-07-12",
        "<script>window.page = {pubDate: '12.07.2017', ressort: 'Lokales'};</script> # 2017-07-12",
        // a JSON-LD block too broken to parse (a trailing comma, an unquoted key) still names its date
        "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", datePublished: \"2017-07-12T14:30:00+02:00\",, }</script> # 2017-07-12",
    })
    void aScriptsPublicationKeyDatesAPageDatedNowhereElse(String script, String expected) throws Exception {
        for (String zone : ZONES) {
            assertThat(published(zone, page("lang=de", script, "", "", ""))).as(zone).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "<meta name=\"publication-date\" content=\"2017-07-12\"> # 2017-07-12",
        "<meta name=\"bt:pubdate\" content=\"2017-07-12T14:30:00+02:00\"> # 2017-07-12",
        "<meta name=\"Erscheinungsdatum\" content=\"12.07.2017\"> # 2017-07-12",
        // a publication's spelling that names a change is none
        "<meta name=\"publication-date-modified\" content=\"2017-07-14\"><meta name=\"dcterms.issued\" content=\"2017-07-12\"> # 2017-07-12",
    })
    void otherSpellingsOfAPublicationMetaName(String head, String expected) throws Exception {
        for (String zone : ZONES) {
            assertThat(published(zone, page("lang=de", head, "", "", ""))).as(zone).isEqualTo(expected);
        }
    }

    @Test
    void aDateInTheTitleDatesAPageDatedNowhereElse() throws Exception {
        // the title only in <title>: the page shows no heading with the date
        String html = page("lang=de", "", "", "", "").replace("<h1>Neue Brücke über den Fluss</h1>", "")
                .replace("<title>Neue Brücke | Lokalblatt</title>", "<title>Pressemitteilung vom 12.07.2017 | Lokalblatt</title>");
        for (String zone : ZONES) {
            assertThat(published(zone, html)).as(zone).isEqualTo("2017-07-12");
            // a date box in the article comes first
            assertThat(published(zone, html.replace("</article>", "<span class=date>10.07.2017</span></article>")))
                    .as(zone).isEqualTo("2017-07-10");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a change, a record's creation, the publisher, an expiry: none is the publication
        "<script>var dataLayer = [{\"dateModified\": \"2017-07-14\", \"updatedAt\": \"2017-07-14\"}];</script>",
        "<script>var items = [{\"createdAt\": \"2016-01-01T10:00:00Z\"}];</script>",
        "<script>var cfg = {\"publisher\": \"2017-07-12\", \"publishExpiry\": \"2017-07-12\"};</script>",
        // a publication key whose value is no date
        "<script>var cfg = {\"publishDate\": \"unknown\"};</script>",
        // a date after the clock's day
        "<script>var dataLayer = [{\"publishDate\": \"2031-07-12\"}];</script>",
    })
    void scriptValuesThatAreNoPublication(String script) throws Exception {
        for (String zone : ZONES) {
            assertThat(published(zone, page("lang=de", script, "", "", ""))).as(zone).isNull();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // inline after the last paragraph: a line of its own, as readers see it
        "<span class=date>12.07.2017</span> # 2017-07-12",
        "<time>12.07.2017</time> # 2017-07-12",
        "<p class=post-meta><span class=datum>12.07.2017, 14:30 Uhr</span></p> # 2017-07-12",
        "<div class=articleDate>12 juillet 2017</div> # 2017-07-12",
        // the article's own footer box (a <footer> inside an article already was)
        "<div class=entry-footer>Erstellt am 12.07.2017 um 14:30 Uhr</div> # 2017-07-12",
    })
    void aDateBoxAfterTheTextDatesAPageDatedNowhereElse(String after, String expected) throws Exception {
        for (String zone : ZONES) {
            assertThat(published(zone, page("lang=de", "", "", after, ""))).as(zone).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a date inside running text is what the article talks about
        "<p>Die Bauarbeiten sollen nach dem Beschluss des Rates, der für den Sommer erwartet wird, am 12.07.2017 beginnen und rund drei Jahre dauern, sagte der Sprecher der Stadt.</p> # ",
        // an unmarked line: anyone's date (a teaser's, a comment's), not taken even as a last resort
        "<p class=info>12.07.2017 | Anna Beispiel</p> # ",
        "<p>Le Journal, 12 juillet 2017</p> # ",
        // a date box whose line holds a link or much else
        "<p class=date><a href=/x>Andere Nachricht</a> 12.07.2017</p> # ",
        "<div class=date>Hans schrieb am 12.07.2017 über die Pläne der Stadt:</div> # ",
        // readers' comments, named in Dutch, Polish or French, and the page's footer
        " # <div class=reacties><p>Jan, 14.07.2017</p><p>Goed artikel!</p></div>",
        " # <div id=komentarze><p>Ania, 14.07.2017</p><p>Świetnie!</p></div>",
        " # <section class=\"bloc-réactions\"><p>Paul, 14.07.2017</p><p>Bravo</p></section>",
        " # <div class=footer>Impressum · 14.07.2017</div>",
        // a sidebar
        " # <aside><h3>Meistgelesen</h3><p><a href=/x>Andere Nachricht</a> 10.07.2017</p></aside>",
    })
    void datesTheLastResortMustNotTake(String after, String outside) throws Exception {
        for (String zone : ZONES) {
            assertThat(published(zone, page("lang=de", "", "", after == null ? "" : after, outside == null ? "" : outside)))
                    .as(zone).isNull();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a "more on this" box between the headline and the meta line: its dates are the linked stories'
        "<div class=box><h3>Mehr zum Thema</h3><p><a href=/a>Alte Brücke wird ab Montag für Autos gesperrt</a> 03.05.2016</p></div>"
                + "<p class=meta>12.07.2017 14:30 Uhr</p> # 2017-07-12",
        "<ul><li><a href=/a>Alte Brücke wird ab Montag für Autos gesperrt</a> <time datetime=2016-05-03>3. Mai</time></li></ul>"
                + "<p class=meta>12.07.2017 14:30 Uhr</p> # 2017-07-12",
        // short links on the meta line (the author, the section) leave its date the article's
        "<p class=meta>Von <a href=/autor/anna>Anna Beispiel</a> · <a href=/lokales>Lokales</a> · 12.07.2017</p> # 2017-07-12",
        "<p class=meta><a href=/lokales>Lokales und Region</a> 12.07.2017</p> # 2017-07-12",
    })
    void aDateBesideAnotherPagesLinkedHeadlineIsThatPages(String meta, String expected) throws Exception {
        for (String zone : ZONES) {
            assertThat(published(zone, page("lang=de", "", meta, "", ""))).as(zone).isEqualTo(expected);
        }
    }

    @Test
    void theLastResortsNeverOverruleADateThePageStates() throws Exception {
        for (String zone : ZONES) {
            String script = "<script>var dataLayer = [{\"publishDate\": \"2017-07-01\"}];</script>";
            // structured, labelled before the text, on the meta line: each outranks the script and the closing line
            assertThat(published(zone, page("lang=de", "<meta property=\"article:published_time\" content=\"2017-07-10T10:00:00+02:00\">"
                    + script, "", "<time>14.07.2017</time>", ""))).as(zone).isEqualTo("2017-07-10");
            assertThat(published(zone, page("lang=de", script, "<div class=meta>Veröffentlicht am 10.07.2017</div>",
                    "<time>14.07.2017</time>", ""))).as(zone).isEqualTo("2017-07-10");
            // the script's publication outranks the closing line
            assertThat(published(zone, page("lang=de", script, "", "<time>14.07.2017</time>", ""))).as(zone).isEqualTo("2017-07-01");
            // and the closing date box dates the page when no script does
            assertThat(published(zone, page("lang=de", "", "", "<time>14.07.2017</time>", ""))).as(zone).isEqualTo("2017-07-14");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a datetime attribute in a French page's order
        "lang=fr # <p class=meta><time datetime=\"12/07/2017\">12 juillet</time></p> # # 2017-07-12",
        // the language declared says month first, but the page's other slash date can only be day first
        "lang=en # <p class=meta>Publié le 12/07/2017</p> # <p>Mis à jour le 25/07/2017</p> # 2017-07-12",
        // and the other way round: an American date settles a page on a day-first domain
        "lang=de # <p class=meta>Posted 07/12/2017</p> # <p>Updated 07/25/2017</p> # 2017-07-12",
    })
    void aPagesOwnDatesSettleTheirDayOrder(String attrs, String meta, String after, String expected) throws Exception {
        for (String zone : ZONES) {
            assertThat(published(zone, page(attrs, "", meta, after == null ? "" : after, ""))).as(zone).isEqualTo(expected);
        }
    }

    @Test
    void aPageWithoutADeclaredLanguageHasItsTextsDayOrder() throws Exception {
        String french = "<!doctype html><html><head><title>Nouveau pont</title></head><body><main><article><h1>Nouveau pont sur la rivière</h1>"
                + "<p class=meta>Publié le 12/07/2017 à 14h30</p>"
                + "<p>Le conseil municipal a longuement débattu mardi soir du projet de nouveau pont sur la rivière, qui doit remplacer "
                + "l'ancien ouvrage fermé depuis des années, et a modifié plusieurs points du plan présenté par la mairie.</p>".repeat(4)
                + "</article></main></body></html>";
        for (String zone : ZONES) {
            Clock clock = Clock.fixed(Instant.parse("2024-03-10T01:30:00Z"), ZoneId.of(zone));
            DensityArticleExtractor x = new DensityArticleExtractor(LanguageGuesser.load(), clock);
            assertThat(x.extractPage(french, "https://journal.example/pont").article().published()).as(zone).isEqualTo("2017-07-12");
            // without a guesser the undeclared page on an unknown domain stays month first
            assertThat(published(zone, french)).as(zone).isEqualTo("2017-12-07");
        }
    }
}
