package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import dev.precis.model.ExtractedPage;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Date forms read against the fetch time: weeks counted back ("vor 2 Wochen", "il y a 2 semaines"), a
 * day-month-year in the URL path in the one order that is not yet to come ("/12-07-2017/"), and a day
 * and month shown without a year ("12. Februar, 10:30 Uhr") placed in the latest year that is not
 * after the fetch time. Pages written for this test; each case runs under Berlin, Paris, New York and
 * Tokyo clocks fixed at 2024-03-10T12:00Z, that instant being the fetch time (given with the page, or
 * the extractor's clock for a page fetched just now); without a known fetch time the relative and
 * yearless forms name no day.
 */
class WeeksUrlYearlessDatesTest {

    private static final String[] ZONES = {"Europe/Berlin", "Europe/Paris", "America/New_York", "Asia/Tokyo"};
    private static final Instant FETCHED = Instant.parse("2024-03-10T12:00:00Z");
    private static final String URL = "https://news.example/lokales/bruecke";

    private static String page(String lang, String head, String meta) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><title>Neue Brücke | Lokalblatt</title>" + head
                + "</head><body><div class=top><a href=/>Lokalblatt</a></div><main><article><h1>Neue Brücke über den Fluss</h1>"
                + meta + LocaleDateFormsTest.paragraphs() + "</article>"
                + "</main><div class=bottom>© 2023 Lokalblatt</div></body></html>";
    }

    /** The day published: fetched at {@link #FETCHED} as a stored page, as a page fetched just now, and with no fetch time known. */
    private static String[] published(String zone, String html, String url) throws Exception {
        DensityArticleExtractor x = new DensityArticleExtractor(null, Clock.fixed(FETCHED, ZoneId.of(zone)));
        return new String[] {day(x.extractPage(html, url, FETCHED)), day(x.extractPage(html, url)),
            day(x.extractPage(html, url, null))};
    }

    private static String day(ExtractedPage page) {
        String p = page.article().published();
        return p == null ? null : p.substring(0, 10);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "de # vor 1 Woche # 2024-03-03",
        "de-AT # vor einer Woche # 2024-03-03",
        "de # vor 2 Wochen # 2024-02-25",
        "fr # il y a 2 semaines # 2024-02-25",
        "es # hace 2 semanas # 2024-02-25",
        "en-GB # 2 weeks ago # 2024-02-25",
        "ru # 2 недели назад # 2024-02-25",
        "it # 3 settimane fa # 2024-02-18",
        "nl # 3 weken geleden # 2024-02-18",
        "pl # 2 tygodnie temu # 2024-02-25",
    })
    void weeksCountBackFromTheFetchTime(String lang, String shown, String expected) throws Exception {
        String html = page(lang, "", "<p class=meta>Anna Beispiel · " + shown + "</p>");
        assertDatedOnlyWithTheFetchTime(html, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vor 2 Monaten", "il y a 3 mois", "2 months ago"})
    void monthsStillNameNoDay(String shown) throws Exception {
        for (String zone : ZONES) {
            assertThat(published(zone, page("de", "", "<p class=meta>" + shown + "</p>"), URL)[0]).as(zone).isNull();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // only one order is not yet to come: 10 March, not 3 October; 5 March, not 3 May; 4 January, not 1 April
        "https://news.example/lokales/10-03-2024/bruecke # 2024-03-10",
        "https://news.example/lokales/05-03-2024/bruecke # 2024-03-05",
        "https://news.example/lokales/bruecke-01-04-2024.html # 2024-01-04",
        // a number above 12 settles the order
        "https://news.example/lokales/25-12-2023/bruecke # 2023-12-25",
        "https://news.example/lokales/12-25-2023/bruecke # 2023-12-25",
        "https://news.example/lokales/25.12.2023/bruecke # 2023-12-25",
        "https://news.example/lokales/bruecke_25_12_2023 # 2023-12-25",
        "https://news.example/2023.12.25/bruecke # 2023-12-25",
        // forms read before, unchanged
        "https://news.example/2023-12-25/bruecke # 2023-12-25",
        "https://news.example/20231225/bruecke # 2023-12-25",
        // both orders plausible and different: the page's language settles it (German, day first; dates55 — no
        // date before, RareShapesDatesTest keeps "none" for a page with no language)
        "https://news.example/lokales/05-03-2023/bruecke # 2023-03-05",
        // before 1995, after the fetch time, no such day, one-digit parts (a slug's numbers)
        "https://news.example/lokales/25-12-1994/bruecke # ",
        "https://news.example/lokales/25-12-2024/bruecke # ",
        "https://news.example/lokales/31-02-2023/bruecke # ",
        "https://news.example/lokales/covid-19-5-2023/bruecke # ",
    })
    void aDayMonthYearInTheUrlPath(String url, String expected) throws Exception {
        String html = page("de", "", "<p class=meta>Von Anna Beispiel</p>");
        for (String zone : ZONES) {
            String[] got = published(zone, html, url);
            assertThat(got[0]).as(zone).isEqualTo(expected);
            assertThat(got[2]).as(zone + ", no fetch time").isEqualTo(expected);
        }
        // structured data comes first
        String dated = page("de", "<meta property=\"article:published_time\" content=\"2022-06-01T09:00:00Z\">",
                "<p class=meta>Von Anna Beispiel</p>");
        assertThat(published("Europe/Berlin", dated, url)[0]).isEqualTo("2022-06-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "de # Von Anna Beispiel, 12. Februar, 10:30 Uhr # 2024-02-12",
        "de-AT # Veröffentlicht am 12. Februar # 2024-02-12",
        "fr # Par Jean Dupont, le 12 février à 10h30 # 2024-02-12",
        "fr # Publié le 1er mars # 2024-03-01",
        "es # Publicado el 12 de febrero # 2024-02-12",
        "it # Pubblicato il 12 febbraio, 10:30 # 2024-02-12",
        "ru # Опубликовано 12 февраля, 10:30 # 2024-02-12",
        "en-GB # By Jane Doe · February 12, 10:30 am # 2024-02-12",
        // the fetch day itself is this year's; a day yet to come is last year's
        "de # Veröffentlicht am 10. März # 2024-03-10",
        "de # Veröffentlicht am 12. März # 2023-03-12",
        "fr # Publié le 25 décembre # 2023-12-25",
        // a 29 February in the latest leap year up to the fetch time
        "en-GB # Published 29 February # 2024-02-29",
    })
    void aDayShownWithoutItsYearIsTheLatestNotAfterTheFetchTime(String lang, String shown, String expected) throws Exception {
        String html = page(lang, "", "<p class=meta>" + shown + "</p>");
        assertDatedOnlyWithTheFetchTime(html, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // another date of the page wins: structured, in the URL, shown with its year
        "<meta property=\"article:published_time\" content=\"2022-06-01T09:00:00Z\"> # <p class=meta>Veröffentlicht am 12. Februar</p> # " + URL + " # 2022-06-01",
        " # <p class=meta>Veröffentlicht am 12. Februar</p> # https://news.example/2022/06/01/bruecke # 2022-06-01",
        " # <p class=meta>Veröffentlicht am 12. Februar</p><p class=meta>Erschienen am 01.06.2022</p> # " + URL + " # 2022-06-01",
        // a change is no publication; a day in running text is what the story is about
        " # <p class=meta>Aktualisiert am 12. Februar</p> # " + URL + " # ",
        " # <p>Der Gemeinderat will am 12. Februar über die neue Brücke an der alten Mühle abstimmen, nachdem der Plan monatelang in den Ausschüssen beraten und mehrfach geändert worden war.</p> # " + URL + " # ",
        // a day with its year is no yearless day (and one after the fetch time is none at all)
        " # <p class=meta>Veröffentlicht am 12. März 2025</p> # " + URL + " # ",
        // a year in two digits is not dropped to make a yearless day
        " # <p class=meta>Veröffentlicht am 12. März 25</p> # " + URL + " # ",
    })
    void aYearlessDayOnlyDatesAPageDatedNowhereElse(String head, String meta, String url, String expected) throws Exception {
        String html = page("de", head == null ? "" : head, meta);
        for (String zone : ZONES) {
            assertThat(published(zone, html, url)[0]).as(zone).isEqualTo(expected);
        }
    }

    /** In every zone: {@code expected} with the fetch time known (stored or live), nothing without it. */
    private static void assertDatedOnlyWithTheFetchTime(String html, String expected) throws Exception {
        for (String zone : ZONES) {
            String[] got = published(zone, html, URL);
            assertThat(got[0]).as(zone).isEqualTo(expected);
            assertThat(got[1]).as(zone).isEqualTo(expected);
            assertThat(got[2]).as(zone + ", no fetch time").isNull();
        }
    }
}
