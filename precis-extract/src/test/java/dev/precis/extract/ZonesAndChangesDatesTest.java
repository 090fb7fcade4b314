package dev.precis.extract;

import static dev.precis.extract.DatePages.day;
import static dev.precis.extract.DatePages.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * German and French news pages written for this test: a publication late in the evening written with
 * its offset (the day is the one the offset gives, never the UTC day after), the day a "mis à jour" or
 * "aktualisiert" beside the original does not replace, a first publication named verb first ("erschien
 * erstmals am …", "paru initialement le …"), a generic {@code <meta name="date">} a day after the labelled
 * publication, and a numeric {@code <time datetime>} whose order only the
 * page's own listing of itself tells. Each runs under Berlin, Paris, New York and Tokyo clocks fixed at
 * 2024-03-10T01:30Z ({@link DatePages}).
 */
class ZonesAndChangesDatesTest {

    private static String withHead(String html, String head) {
        return html.replace("</title>", "</title>" + head);
    }

    private static String jsonLd(String published, String modified) {
        return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Neue Brücke über den Fluss\",\"datePublished\":\"" + published + "\""
                + (modified == null ? "" : ",\"dateModified\":\"" + modified + "\"") + "}</script>";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // the offset's own day: 23:30 in New York or Berlin is still the 29th
        "en-US # <meta property=\"article:published_time\" content=\"2019-06-29T23:30:00-04:00\"> # 2019-06-29",
        "fr # <meta property=\"article:published_time\" content=\"2019-06-29T23:30:00+0200\"> # 2019-06-29",
        "de # <meta itemprop=\"datePublished\" content=\"2019-06-29 23:30:00\"> # 2019-06-29",
        // a UTC time on a German page: the day its readers saw (21:30Z is 23:30 in Berlin, 22:30Z is past midnight)
        "de # <meta property=\"article:published_time\" content=\"2019-06-29T21:30:00.000Z\"> # 2019-06-29",
        "de-AT # <meta property=\"article:published_time\" content=\"2019-06-29T22:30:00Z\"> # 2019-06-30",
    })
    void aStructuredTimeKeepsTheDayOfItsZone(String lang, String head, String want) throws Exception {
        String html = withHead(DatePages.page(lang, "", ""), head);
        for (String zone : DatePages.ZONES) {
            assertThat(day(extract(zone, html).article().published())).as(zone).isEqualTo(want);
        }
    }

    @Test
    void jsonLdWithOffsetsAndAShownChangeKeepsTheOriginal() throws Exception {
        String html = withHead(DatePages.page("fr", "<p class=meta>Mis à jour le 30 juin 2019 à 08h00</p>", ""),
                jsonLd("2019-06-29T23:30:00+02:00", "2019-06-30T08:00:00+02:00"));
        assertPublishedThenChanged(html);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "de # Veröffentlicht am 29. Juni 2019, 23:30 Uhr · Aktualisiert am 30. Juni 2019, 08:00 Uhr",
        "de # <span>Aktualisiert: 30.06.2019, 08:00 Uhr</span> <span>Erstellt: 29.06.2019, 23:30 Uhr</span>",
        "de # Von Anna Beispiel | 29.06.2019 - 23:30 Uhr | Update: 30.06.2019 - 08:00 Uhr",
        "de-CH # <span>29.06.2019, 23.30 Uhr</span> <span>Aktualisiert 30.06.2019, 08.00 Uhr</span>",
        "de-AT # 29. Juni 2019, 23:30 · aktualisiert 30. Juni 2019, 08:00",
        "fr # Publié le 29 juin 2019 à 23h30, mis à jour le 30 juin 2019 à 08h00",
        "fr # Mis à jour le 30/06/2019 à 08h00 | Publié le 29/06/2019 à 23h30",
        "fr # Le 29/06/2019 à 23:30, modifié le 30/06/2019 à 08:00",
        "fr # Publié le samedi 29 juin 2019 à 23h30 (Mis à jour le dimanche 30 juin 2019 à 08h00)",
        "fr # 29 juin 2019 à 23h30 - Mis à jour le 30 juin 2019 à 08h00",
        "fr # Mis en ligne le 29 juin 2019 à 23h30 - Actualisé le 30 juin 2019 à 08h00",
        "fr-BE # 29/06/2019 23:30 | MAJ : 30/06/2019 08:00",
    })
    void aShownChangeBesideTheOriginalIsNoPublication(String lang, String line) throws Exception {
        String html = DatePages.page(lang, "<p class=meta>" + line + "</p>", "");
        assertPublishedThenChanged(html);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "de # Stand: 30.06.2019 08:00 Uhr # Dieser Beitrag erschien erstmals am 29.06.2019.",
        "de # Stand: 30.06.2019 08:00 Uhr # Der Text erschien zuerst am 29. Juni 2019 in unserer Wochenendausgabe.",
        "fr # Mis à jour le 30/06/2019 # Cet article est paru initialement le 29 juin 2019.",
        "fr # Mis à jour le 30/06/2019 # Initialement paru le 29/06/2019 dans notre édition du week-end.",
    })
    void aFirstPublicationNamedVerbFirstIsTheOriginal(String lang, String change, String note) throws Exception {
        String html = DatePages.page(lang, "<p class=meta>" + change + "</p>", "<p><em>" + note + "</em></p>");
        assertPublishedThenChanged(html);
    }

    @Test
    void theVerbInRunningTextLabelsNothing() throws Exception {
        // a long sentence of the story, not a note: the change stays the only date
        String html = DatePages.page("de", "<p class=meta>Stand: 30.06.2019 08:00 Uhr</p>",
                "<p>Der Roman des Autors, der in seiner Heimatstadt spielt und über Jahrzehnte kaum beachtet wurde, "
                        + "erschien erstmals am 29.06.1999 in einem kleinen Verlag und wurde erst viel später in viele "
                        + "Sprachen übersetzt, wie die Bibliothek der Stadt mitteilte.</p>");
        for (String zone : DatePages.ZONES) {
            assertThat(day(extract(zone, html).article().published())).as(zone).isEqualTo("2019-06-30");
        }
    }

    @Test
    void aGenericMetaDayYieldsToAnEarlierDayLabelledThePublication() throws Exception {
        // <meta name="date"> may be the day the page was last changed: the page says when it was published
        String html = withHead(DatePages.page("de", "<p class=meta>Veröffentlicht am 29.06.2019</p>", ""),
                "<meta name=\"date\" content=\"2019-06-30\">");
        // a day the page labels a change is no publication: the meta's day stands
        String change = withHead(DatePages.page("de", "<p class=meta>Aktualisiert am 29.06.2019</p>", ""),
                "<meta name=\"date\" content=\"2019-06-30\">");
        for (String zone : DatePages.ZONES) {
            assertThat(day(extract(zone, html).article().published())).as(zone).isEqualTo("2019-06-29");
            assertThat(day(extract(zone, change).article().published())).as(zone).isEqualTo("2019-06-30");
        }
    }

    /** An English blog post whose meta line writes its day "02-12-2023", with {@code after} under its text. */
    private static String blogPost(String after) {
        return DatePages.page("en", "<div class=entry-meta><time datetime=\"02-12-2023\">02-12-2023</time></div>", after);
    }

    private static String recent(String isoDay, String shown) {
        return "<div class=post-item><h4><a href=\"https://news.example/lokales/bruecke\">Neue Brücke über den Fluss</a></h4>"
                + "<time datetime=\"" + isoDay + "\">" + shown + "</time></div>";
    }

    @Test
    void thePagesOwnListingTellsTheOrderOfItsNumericDatetime() throws Exception {
        // plain "en" reads month first; the recent-posts list gives the day in ISO form: 2 December
        String html = blogPost("<div class=recent-posts><h3>Recent posts</h3>" + recent("2023-12-02", "December 02, 2023")
                + recent("2023-06-14", "June 14, 2023") + "</div>");
        for (String zone : DatePages.ZONES) {
            assertThat(day(extract(zone, html).article().published())).as(zone).isEqualTo("2023-12-02");
        }
    }

    @Test
    void withoutSuchAListingOrWithBothReadingsThePageOrderStands() throws Exception {
        String alone = blogPost("");
        String both = blogPost("<div class=recent-posts><h3>Recent posts</h3>" + recent("2023-12-02", "December 02, 2023")
                + recent("2023-02-12", "February 12, 2023") + "</div>");
        for (String zone : DatePages.ZONES) {
            assertThat(day(extract(zone, alone).article().published())).as(zone).isEqualTo("2023-02-12");
            assertThat(day(extract(zone, both).article().published())).as(zone).isEqualTo("2023-02-12");
        }
    }

    /** Under every zone of {@link DatePages#ZONES}: published on 29 June 2019, changed on 30 June 2019. */
    private static void assertPublishedThenChanged(String html) throws Exception {
        DatePages.assertDaysInEveryZone(html, "2019-06-29", "2019-06-30");
    }
}
