package dev.precis.extract;

import static dev.precis.extract.DatePages.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pages written for this test that date themselves only in ways the earlier rules passed over: a day
 * shown without its year ("Publié le 29/06 à 23h30", "29. Juni, 10:15 Uhr") whose year the page's change,
 * its address's month folder or the fetch time settles; a date kept in a {@code data-*}
 * attribute of a box of any name; a video page's {@code uploadDate}. Each page is read without a fetch time (as a stored page is) under Berlin, Paris, New York
 * and Tokyo clocks fixed at 2024-03-10T01:30Z; the page of {@link DatePages} carries "© 2023 Lokalblatt".
 */
class YearlessAndAttributeDatesTest {

    private static final String ADDRESS = "https://news.example/lokales/bruecke";

    /** The published day in every zone (checked equal), fetched at an unknown time; "none" when undated. */
    private static String published(String html, String address) throws Exception {
        String seen = null;
        for (String zone : DatePages.ZONES) {
            Clock clock = Clock.fixed(Instant.parse("2024-03-10T01:30:00Z"), ZoneId.of(zone));
            String p = day(new DensityArticleExtractor(null, clock).extractPage(html, address, null).article().published());
            String d = p == null ? "none" : p;
            assertThat(seen == null || seen.equals(d)).as(zone + ": " + d + " vs " + seen).isTrue();
            seen = d;
        }
        return seen;
    }

    private static String withHead(String html, String head) {
        return html.replace("</title>", "</title>" + head);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // the change's year, and the publication is no later than the change
        "fr # Publié le 29/06 à 23h30, mis à jour le 30/06/2019 à 08h00 # 2019-06-29",
        "fr # Publié le 29 juin à 23h30 - Mis à jour le 2 juillet 2019 # 2019-06-29",
        "de # 29.06., 23:30 Uhr · Aktualisiert am 30.06.2019 # 2019-06-29",
        // a yearless 30 December before a change on 2 January is the year before's
        "fr # Publié le 30/12 à 18h00, mis à jour le 02/01/2020 à 09h00 # 2019-12-30",
        // nothing else tells the year: no day (the copyright's 2023 is when the page was rendered)
        "fr # Publié le 29 juin à 10h12 # none",
        "de # Veröffentlicht am 12.07. um 14:30 Uhr # none",
        // figures alone, with neither a clock time nor a label, are no day ("Seite 12/14", a score)
        "de # Seite 12/14 # none",
        "fr # Score final 3/2 # none",
    })
    void aYearlessDayTakesTheYearThePageGives(String lang, String line, String want) throws Exception {
        assertThat(published(DatePages.page(lang, "<p class=meta>" + line + "</p>", ""), ADDRESS)).isEqualTo(want);
    }

    @Test
    void aYearlessDayIsNoLaterThanTheStructuredChange() throws Exception {
        String html = withHead(DatePages.page("de", "<div class=meta>29. Juni, 10:15 Uhr</div>", ""),
                "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Neue Brücke über den Fluss\","
                        + "\"dateModified\":\"2019-06-30T09:00:00+02:00\"}</script>");
        assertThat(published(html, ADDRESS)).isEqualTo("2019-06-29");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "https://news.example/2019/06/bruecke # Publié le 29 juin à 10h12 # 2019-06-29",
        // a day after the folder's month is the year before's
        "https://news.example/2019/06/bruecke # Publié le 29 décembre à 10h12 # 2018-12-29",
    })
    void aYearlessDayTakesTheYearOfTheAddressFolder(String address, String line, String want) throws Exception {
        assertThat(published(DatePages.page("fr", "<p class=meta>" + line + "</p>", ""), address)).isEqualTo(want);
    }

    @Test
    void aYearlessDayInFiguresIsPlacedByTheFetchTimeAcrossNewYear() throws Exception {
        String html = DatePages.page("fr", "<p class=meta>Publié le 29/12 à 10h12</p>", "");
        for (String zone : DatePages.ZONES) {
            Clock clock = Clock.fixed(Instant.parse("2024-03-10T01:30:00Z"), ZoneId.of(zone));
            Instant fetched = Instant.parse("2024-01-10T09:30:00Z");
            assertThat(day(new DensityArticleExtractor(null, clock).extractPage(html, ADDRESS, fetched).article().published()))
                    .as(zone).isEqualTo("2023-12-29");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "<span class=ts data-timestamp=1561796100></span> Von Anna Beispiel # 2019-06-29",
        "<span data-publish-date=2019-06-29T10:15:00+02:00>Samstag</span> # 2019-06-29",
        "<div class=info data-date=29.06.2019>Lokales</div> # 2019-06-29",
    })
    void aDateAttributeOnABoxOfAnyName(String meta, String want) throws Exception {
        assertThat(published(DatePages.page("de", "<div class=meta>" + meta + "</div>", ""), ADDRESS)).isEqualTo(want);
    }

    @Test
    void aVideoPagesUploadDayDatesItButNeverOverrulesTheArticles() throws Exception {
        String video = "{\"@type\":\"VideoObject\",\"name\":\"Die neue Brücke\",\"uploadDate\":\"2019-06-29T10:15:00+02:00\"}";
        String html = withHead(DatePages.page("de", "", ""), "<script type=\"application/ld+json\">" + video + "</script>");
        assertThat(published(html, ADDRESS)).isEqualTo("2019-06-29");
        String article = "{\"@type\":\"NewsArticle\",\"headline\":\"Neue Brücke über den Fluss\",\"datePublished\":\"2021-03-02\","
                + "\"video\":" + video + "}";
        html = withHead(DatePages.page("de", "", ""), "<script type=\"application/ld+json\">" + article + "</script>");
        assertThat(published(html, ADDRESS)).isEqualTo("2021-03-02");
    }
}
