package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Relative times ("vor 3 Stunden", "il y a 2 jours", "hace 2 días") count from when the page was
 * fetched: from the fetch time given with a stored page, from the extractor's clock for a page
 * fetched just now, and not at all when the fetch time of a stored page is unknown (counted from
 * today they would date every archived page to this week). Pages written for this test; the
 * extractor's clock is fixed years after the fetch so a wrong origin shows.
 */
class FetchTimeTest {

    /** "Today" for the extractor: long after the pages below were fetched. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneId.of("Europe/Berlin"));
    private static final Instant FETCHED = Instant.parse("2017-07-12T10:00:00Z");

    private static String page(String lang, String shown) {
        String sentence = switch (lang) {
            case "fr" -> "Le conseil municipal a longuement débattu du nouveau pont qui doit franchir la rivière près du vieux moulin. ";
            case "es" -> "El ayuntamiento debatió durante horas el nuevo puente que debe cruzar el río junto al viejo molino. ";
            default -> "Der Gemeinderat hat am Abend lange über die neue Brücke beraten, die den Fluss an der alten Mühle überqueren soll. ";
        };
        StringBuilder b = new StringBuilder("<!doctype html><html lang=\"" + lang + "\"><head><title>Brücke</title></head>"
                + "<body><article><h1>Neue Brücke über den Fluss</h1><div class=meta>" + shown + "</div>");
        for (int i = 0; i < 5; i++) {
            b.append("<p>").append(sentence).append(sentence, 0, 50 + i).append("</p>");
        }
        return b.append("</article></body></html>").toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de | vor 3 Stunden | 2017-07-12",
        // the hour abbreviated
        "de | vor 3 Std. | 2017-07-12",
        "ru | 3 ч. назад | 2017-07-12",
        "de | vor 2 Tagen | 2017-07-10",
        "fr | il y a 2 jours | 2017-07-10",
        "es | hace 1 día | 2017-07-11",
    })
    void aStoredPageCountsFromItsFetchTime(String lang, String shown, String expected) throws Exception {
        var page = new DensityArticleExtractor(null, TODAY).extractPage(page(lang, shown), null, FETCHED);
        assertThat(page.article().published()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"de | vor 3 Stunden", "fr | il y a 2 jours", "es | hace 1 día"})
    void aStoredPageWithoutFetchTimeHasNoRelativeDate(String lang, String shown) throws Exception {
        var page = new DensityArticleExtractor(null, TODAY).extractPage(page(lang, shown), null, null);
        assertThat(page.article().published()).isNull();
        assertThat(page.article().text()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"de | vor 2 Tagen | 2026-05-30", "fr | il y a 2 jours | 2026-05-30"})
    void aPageFetchedJustNowCountsFromTheClock(String lang, String shown, String expected) throws Exception {
        var page = new DensityArticleExtractor(null, TODAY).extractPage(page(lang, shown), null);
        assertThat(page.article().published()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"de | Veröffentlicht am 14. Juli 2017 | ", "de | Veröffentlicht am 11. Juli 2017 | 2017-07-11"})
    void noDateAfterTheFetchTime(String lang, String shown, String expected) throws Exception {
        var page = new DensityArticleExtractor(null, TODAY).extractPage(page(lang, shown), null, FETCHED);
        assertThat(page.article().published()).isEqualTo(expected);
    }
}
