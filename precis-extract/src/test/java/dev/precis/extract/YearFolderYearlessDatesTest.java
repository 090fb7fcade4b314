package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A day shown without its year on a page whose address files it under a year ("/2023/…") or a year and month:
 * the address, written when the page first went up, bounds the day the fetch time would place in a later year
 * ({@link YearlessDays}). Pages written for this test, read with the fetch time 2024-03-10T01:30Z known, then
 * under four zones' clocks at that instant without it.
 */
class YearFolderYearlessDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // placed by the fetch time (2024-03-10), bounded by the address, the change or both
        "2024-03-05~~https://x.example/2023/stadt/bruecke~2023-03-05",
        "2024-03-05~~https://x.example/2023/11/stadt/bruecke~2023-03-05",
        "2024-03-05~~https://x.example/2024/stadt/bruecke~2024-03-05",
        "2024-03-05~~https://x.example/stadt/bruecke~2024-03-05",
        "2024-03-05~2023-06-01T10:00:00Z~https://x.example/2023/stadt/bruecke~2023-03-05",
        "2024-03-05~2022-06-01T10:00:00Z~https://x.example/2023/stadt/bruecke~2022-03-05",
        // no fetch time: the month's, the year's folder, the change; else none
        "--03-05~~https://x.example/2019/06/stadt/bruecke~2019-03-05",
        "--03-05~~https://x.example/2019/stadt/bruecke~2019-03-05",
        "--12-05~~https://x.example/2019/stadt/bruecke~2019-12-05",
        "--03-05~~https://x.example/stadt/bruecke~",
        "--03-05~2021-01-10T10:00:00Z~https://x.example/stadt/bruecke~2020-03-05",
        // a folder no year (a number of another kind) bounds nothing
        "--03-05~~https://x.example/2019x/stadt~",
    })
    void theAddressesYearBoundsTheDay(String shown, String modified, String url, String day) {
        assertThat(YearlessDays.place(shown, modified, url, LocalDate.parse("2024-03-10"))).isEqualTo(day);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // the day read with the fetch time known, then in every zone without it
        "de~<p class=meta>Veröffentlicht am 5. März, 10:12 Uhr</p>~https://news.example/2023/lokales/bruecke~2023-03-05~2023-03-05",
        "fr~<p class=meta>Publié le 5 mars à 10h12</p>~https://news.example/2022/10/ville/passerelle~2022-03-05~2022-03-05",
        "it~<p class=meta>Pubblicato il 5 marzo</p>~https://news.example/2023/citta/passerella~2023-03-05~2023-03-05",
        "es~<p class=meta>Publicado el 5 de marzo</p>~https://news.example/ciudad/pasarela~2024-03-05~none",
        "nl~<p class=meta>Gepubliceerd op 5 maart</p>~https://news.example/nieuws/2021/brug~2021-03-05~2021-03-05",
    })
    void aPageFiledUnderAYear(String lang, String meta, String url, String fetchedDay, String day) throws Exception {
        String html = LocaleDateFormsTest.page(lang, "", meta);
        Instant fetched = Instant.parse("2024-03-10T01:30:00Z");
        String read = new DensityArticleExtractor(null, Clock.fixed(fetched, ZoneId.of("Europe/Berlin")))
                .extractPage(html, url, fetched).article().published();
        assertThat(DatePages.day(read)).isEqualTo(fetchedDay);
        assertThat(DatePages.sameDayInEveryZone(html, url, "2024-03-10T01:30:00Z")).isEqualTo(day);
    }
}
