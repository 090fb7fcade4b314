package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.ExtractedPage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Today and yesterday with a bare hour or a longer connector ("hier à 18h", "gestern um 18 Uhr", "ieri ore 18:30",
 * "oggi alle ore 8:03", Flemish "gisteren, 18u30"), German and Dutch "hier" (here) before a clock, and a closing
 * source line ("Quelle: dpa / 12.07.2017"), and an event's or a deadline's labelled day ("Termin: 20.07.2017"), which
 * dates no page. Pages written for this test, fetched at 2024-03-10T12:00Z (13:00 in
 * Berlin, Paris, Rome and Amsterdam, whose languages settle the page's zone) and read under clocks in four zones.
 */
class BareHourAndSourceDatesTest {

    private static final Instant FETCHED = Instant.parse("2024-03-10T12:00:00Z");
    private static final Instant TODAY = Instant.parse("2026-06-01T12:00:00Z");

    /** The published day of {@code html}, the same under every clock of {@link DatePages#ZONES}; "none" for no date. */
    private static String day(String html) throws Exception {
        String seen = null;
        for (String zone : DatePages.ZONES) {
            var extractor = new DensityArticleExtractor(null, Clock.fixed(TODAY, ZoneId.of(zone)));
            ExtractedPage p = extractor.extractPage(html, "https://news.example/lokales/bruecke", FETCHED);
            String d = p.article().published() == null ? "none" : DatePages.day(p.article().published());
            assertThat(seen == null || seen.equals(d)).as(zone + ": " + d + " vs " + seen).isTrue();
            seen = d;
        }
        return seen;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // a bare hour or a longer connector after today or yesterday
        "fr~<p class=meta>hier à 18h</p>~2024-03-09",
        "fr~<p class=meta>hier à 18 h</p>~2024-03-09",
        "fr~<p class=meta>Publié aujourd'hui à 8h</p>~2024-03-10",
        "de~<p class=meta>gestern um 18 Uhr</p>~2024-03-09",
        "de~<p class=meta>Heute, 9 Uhr</p>~2024-03-10",
        "it~<p class=meta>ieri ore 18:30</p>~2024-03-09",
        "it~<p class=meta>oggi alle ore 8:03</p>~2024-03-10",
        "nl~<p class=meta>Gisteren, 18u30</p>~2024-03-09",
        // German and Dutch "hier" is here; an hour the word after does not close is no clock
        "de~<p class=meta>Treffen hier um 18:00 Uhr</p>~none",
        "nl~<p class=meta>Afhalen kan hier om 18u30</p>~none",
        "fr~<p class=meta>hier, 3 heures de bouchons</p>~none",
    })
    void todayAndYesterdayWithAnHour(String lang, String meta, String expected) throws Exception {
        assertThat(day(LocaleDateFormsTest.page(lang, "", meta))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "de~<p>Quelle: dpa / 12.07.2017</p>~2017-07-12",
        "de~<p>dpa - 12.07.2017</p>~2017-07-12",
        "fr~<p>Source : AFP, 12/07/2017</p>~2017-07-12",
        "it~<p>Fonte: ANSA / 12/07/2017</p>~2017-07-12",
        // a date under a source line's link, or after a label of another kind, is not the page's credit
        "de~<p>Quelle: <a href=/x>dpa</a> / 12.07.2017</p>~none",
        "de~<p>Termin: dpa / 12.07.2017 Messe</p>~none",
    })
    void aClosingSourceLine(String lang, String after, String expected) throws Exception {
        assertThat(day(DatePages.page(lang, "", after))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // an event's or a deadline's day alone dates nothing, also when its label opens with a publication's word
        "de~<p class=termin>Termin: 20.07.2017, 19 Uhr, Rathaus</p>~none",
        "de~<p class=infos>Datum der Veranstaltung: 20.07.2017</p>~none",
        "es~<p class=infos>Fecha del evento: 20/07/2017</p>~none",
        "de~<p>Anmeldeschluss: 20.07.2017</p>~none",
        "fr~<p class=infos>Date de l'événement : 20/07/2017</p>~none",
        "it~<p>Scadenza: 20/07/2017</p>~none",
        "nl~<p>Wanneer: 20-07-2017</p>~none",
        // beside the page's own day, in either order, the page's day wins
        "de~<p class=meta>12.07.2017</p><p>Termin: 20.07.2017, 19 Uhr</p>~2017-07-12",
        "de~<p class=meta>Termin: 20.07.2017 | Veröffentlicht: 12.07.2017</p>~2017-07-12",
        "fr~<p class=meta>Quand : <time>20/07/2017</time></p><p class=meta>Publié le 12/07/2017</p>~2017-07-12",
        // a label without its colon, or the page's own label, stays the page's
        "de~<p class=meta>Veröffentlicht: 12.07.2017</p>~2017-07-12",
        "de~<p class=meta>Datum: 12.07.2017</p>~2017-07-12",
    })
    void anEventsDay(String lang, String meta, String expected) throws Exception {
        assertThat(day(LocaleDateFormsTest.page(lang, "", meta))).isEqualTo(expected);
    }
}
