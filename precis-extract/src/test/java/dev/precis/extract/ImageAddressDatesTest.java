package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The last resort {@link ImageAddressDates}: a page dated nowhere else is dated by a whole day in its own images'
 * addresses, never by a logo's, an avatar's, an icon's, a teaser's, a sidebar's or a comment's image, a month folder,
 * a numbered file or a day after the fetch clock's; and never when an earlier stage dates the page. Pages written for
 * this test in German, French, Spanish, Italian and English; each runs under fixed clocks in Berlin, New York and Tokyo.
 */
class ImageAddressDatesTest {

    private static final String[] ZONES = {"Europe/Berlin", "America/New_York", "Asia/Tokyo"};
    /** The fetch time: 10 March 2024 in every one of the zones. */
    private static final Instant FETCHED = Instant.parse("2024-03-10T12:00:00Z");
    private static final Map<String, String> PROSE = Map.of(
            "de", "Die Gemeinde will eine Fußgängerbrücke über den Kanal bauen, die im Frühjahr begonnen werden soll und viel kostet.",
            "fr", "La commune veut construire une passerelle au-dessus du canal, dont les travaux commenceront au printemps prochain.",
            "es", "El ayuntamiento quiere construir una pasarela sobre el canal, cuyas obras empezarán la próxima primavera.",
            "it", "Il comune vuole costruire una passerella sul canale, i cui lavori inizieranno la prossima primavera.",
            "en", "The council wants to build a footbridge over the canal, with work due to begin next spring at a high cost.");

    private static String page(String lang, String head, String before, String inside, String after) {
        String p = "<p>" + PROSE.get(lang) + " " + PROSE.get(lang) + "</p>";
        return "<!doctype html><html lang=" + lang + "><head><title>Kanal | Stadtblatt</title>" + head + "</head><body>"
                + "<header><a href=/><img src=/static/brand.png></a></header><main>" + before
                + "<article><h1>Eine Brücke über den Kanal</h1>" + inside + p + p + p + "</article>" + after
                + "</main><footer><p>© 2024 Stadtblatt</p></footer></body></html>";
    }

    private static void inEveryZone(String html, String expected) throws Exception {
        DatePages.assertPublishedInZones(html, "https://stadtblatt.example/lokales/kanal", FETCHED, ZONES, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "de # <figure><img src=/wp-content/uploads/2024/03/05/bruecke.jpg></figure> # 2024-03-05",
        "fr # <img src=https://cdn.example.fr/images/2024-03-05/passerelle.jpg> # 2024-03-05",
        "it # <img src=/foto/20240305_passerella.jpg> # 2024-03-05",
        "es # <img src=/foto/pasarela_2024_03_05.jpg> # 2024-03-05",
        "en # '<img src=/img/bridge.jpg srcset=\"/media/2024/03/05/bridge-800.jpg 800w, /media/2024/03/05/bridge-1600.jpg 1600w\">' # 2024-03-05",
        "de # <img src=/img/platzhalter.gif data-src=/uploads/2024/03/05/bruecke.jpg> # 2024-03-05",
        "fr # <picture><source srcset=/media/2024/03/05/passerelle.webp><img src=/media/passerelle.jpg></picture> # 2024-03-05",
        // a picture linking to its larger self is the article's
        "en # <a href=/uploads/2024/03/05/bridge-large.jpg><img src=/uploads/2024/03/05/bridge.jpg width=600></a> # 2024-03-05",
        // an archive picture reused beside the article's own: the latest day
        "es # <img src=/uploads/2024/03/05/pasarela.jpg><img src=/uploads/2021/06/10/canal.jpg> # 2024-03-05",
    })
    void theArticlesOwnImageDatesAPageDatedNowhereElse(String lang, String image, String expected) throws Exception {
        inEveryZone(page(lang, "", "", image, ""), expected);
    }

    @Test
    void aShareImageOtherThanOpenGraphsDatesItToo() throws Exception {
        inEveryZone(page("it", "<meta name=\"twitter:image\" content=\"https://stadtblatt.example/foto/2024/03/05/passerella.jpg\">",
                "", "", ""), "2024-03-05");
        inEveryZone(page("de", "<link rel=\"image_src\" href=\"/bilder/2024-03-05-kanal.jpg\">", "", "", ""), "2024-03-05");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a month folder names no day, nor does a file numbered in one
        "es # <img src=/wp-content/uploads/2024/03/pasarela.jpg> # ''",
        "de # <img src=/sites/default/files/2024-03/1.jpg> # ''",
        "en # <img src=/uploads/2024/03/12.jpg> # ''",
        // the site's pictures keep their first upload's day
        "it # <img class=logo src=/uploads/2019/01/15/testata.png> # ''",
        "fr # <img src=/uploads/2019/01/15/logo-journal.png> # ''",
        "de # <div class=autor-box><img src=/uploads/2019/02/11/anna.jpg> Von Anna Beispiel</div> # ''",
        "en # <p><img src=/static/2020/01/01/share.png width=16 height=16> Share</p> # ''",
        // a teaser's picture links to another page
        "it # <a href=/altro-articolo><img src=/foto/2024/02/20/altro.jpg></a> # ''",
        // a day after the fetch clock's (in any zone) is none
        "fr # <img src=/uploads/2024/03/12/maquette.jpg> # ''",
        "de # <img src=/uploads/2025/01/15/entwurf.jpg> # ''",
    })
    void imagesThatDateNothing(String lang, String image, String expected) throws Exception {
        inEveryZone(page(lang, "", "", image, ""), expected.isEmpty() ? null : expected);
    }

    @Test
    void imagesOfCommentsTeasersAndSidebarsDateNothing() throws Exception {
        String teaser = "<div class=in-evidenza><a href=/altro><img src=/foto/2024/02/20/altro.jpg></a></div>";
        String sidebar = "<div class=sidebar><h3>Le magazine</h3><img src=/uploads/2022/09/01/couverture.jpg></div>";
        String comments = "<section class=comments><div class=comment><img src=/uploads/2024/03/07/photo.jpg><p>Super.</p></div></section>";
        inEveryZone(page("it", "", teaser, "", ""), null);
        inEveryZone(page("fr", "", "", "", sidebar), null);
        inEveryZone(page("en", "", "", "", comments), null);
        // and inside the article: its comments, a related box, a sidebar of its own
        String related = "<div class=related><h3>Lire aussi</h3><img src=/uploads/2024/02/20/autre.jpg></div>";
        inEveryZone(page("en", "", "", comments, ""), null);
        inEveryZone(page("fr", "", "", related, ""), null);
        inEveryZone(page("fr", "", "", sidebar, ""), null);
    }

    @Test
    void theDayBeforeTheFetchClocksRunsAheadNoFurtherThanOneDay() throws Exception {
        // fetched late on 9 March in New York, already 10 March in Tokyo: a day ahead of the clock's own day is allowed
        // (the page's zone is unknown), two are not
        Instant late = Instant.parse("2024-03-10T02:00:00Z");
        String html = page("en", "", "", "<img src=/uploads/2024/03/10/bridge.jpg>", "");
        String twoAhead = page("en", "", "", "<img src=/uploads/2024/03/11/bridge.jpg>", "");
        for (String zone : new String[] {"America/New_York", "Asia/Tokyo"}) {
            Clock clock = Clock.fixed(late, ZoneId.of(zone));
            assertThat(new DensityArticleExtractor(null, clock).extractPage(html, "https://a.example/x").article().published())
                    .as(zone).isEqualTo("2024-03-10");
        }
        Clock newYork = Clock.fixed(late, ZoneId.of("America/New_York"));
        assertThat(new DensityArticleExtractor(null, newYork).extractPage(twoAhead, "https://a.example/x").article().published())
                .isNull();
    }

    @Test
    void anyEarlierStageWins() throws Exception {
        // a day the page shows, a change its metadata states: the image's later day is not read
        inEveryZone(page("de", "", "", "<p class=meta>05.03.2024</p><img src=/uploads/2024/03/07/bruecke.jpg>", ""), "2024-03-05");
        inEveryZone(page("fr", "<meta name=\"last-updated\" content=\"2024-03-06\">", "", "<img src=/uploads/2024/03/07/p.jpg>", ""),
                "2024-03-06");
    }

    @Test
    void theImagesDayIsALastResortsNoArticleEvidence() {
        Clock clock = Clock.fixed(FETCHED, ZoneId.of("Europe/Berlin"));
        MetadataReader.Metadata m = new MetadataReader(clock).read(
                Jsoup.parse(page("de", "", "", "<img src=/uploads/2024/03/05/bruecke.jpg>", "")), "https://stadtblatt.example/k");
        assertThat(m.published()).isEqualTo("2024-03-05");
        assertThat(m.publishedGuessed()).isTrue();
        assertThat(m.dated()).isFalse();
    }
}
