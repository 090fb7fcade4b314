package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Days a page's address states outside the path forms read before: a query parameter that names a date
 * or a publication ({@code ?date=2023-12-25}, {@code ?datum=25.12.2023}, {@code ?pubDate=2023%2F12%2F25})
 * and a month's name between year and day ({@code /2023/dec/25/}). Pages written for this test, each read
 * under Berlin, Paris, New York and Tokyo clocks fixed at 2024-03-10T12:00Z; the page shows no date, so
 * the address is all there is.
 */
class AddressQueryDatesTest {

    private static final String FETCHED = "2024-03-10T12:00:00Z";
    private static final String PLAIN = DatePages.page("de", "", "<p class=meta>Von Anna Beispiel</p>");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://news.example/artikel.php?id=4711&date=2023-12-25 | 2023-12-25",
        "https://news.example/artikel.php?date=2023-12-25&id=4711#kommentare | 2023-12-25",
        "https://news.example/news.aspx?pubDate=2023%2F12%2F25 | 2023-12-25",
        "https://news.example/meldung?datum=25.12.2023 | 2023-12-25",
        "https://news.example/meldung?nr=12&d=20231225 | 2023-12-25",
        "https://news.example/story?publication_date=2023-12-25T08:00:00 | 2023-12-25",
        "https://news.example/noticia?id=9;fecha=2023-12-25 | 2023-12-25",
        "https://news.example/lokales/2023/dec/25/bruecke | 2023-12-25",
        "https://news.example/lokales/2023/Dezember/25/bruecke | 2023-12-25",
        "https://news.example/lokales/2023/juillet/4 | 2023-07-04",
    })
    void aDayTheAddressStates(String address, String expected) throws Exception {
        assertThat(DatePages.sameDayInEveryZone(PLAIN, address, FETCHED)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a window of a calendar or an archive, a change, a search term, an id of eight digits
        "https://news.example/termine?from=2023-12-01&to=2023-12-31",
        "https://news.example/termine?start_date=2023-12-25",
        "https://news.example/termine?startDate=2023-12-25",
        "https://news.example/artikel.php?id=4711&updated=2023-12-25",
        "https://news.example/suche?q=2023-12-25",
        "https://news.example/artikel.php?id=20231225",
        // a day yet to come, no such day, before 1995, a value that is more than a date
        "https://news.example/artikel.php?date=2025-12-25",
        "https://news.example/artikel.php?date=2023-02-31",
        "https://news.example/artikel.php?date=1994-12-25",
        "https://news.example/artikel.php?date=2023-12-25..2023-12-31",
        // a path whose middle segment names no month
        "https://news.example/lokales/2023/news/25/bruecke",
    })
    void noDayTheAddressStates(String address) throws Exception {
        assertThat(DatePages.sameDayInEveryZone(PLAIN, address, FETCHED)).isEqualTo("none");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // structured data and a labelled day before the text come first
        "<meta property=\"article:published_time\" content=\"2024-01-15T09:00:00+01:00\"> # # 2024-01-15",
        " # <p class=meta>Veröffentlicht am 15.01.2024</p> # 2024-01-15",
    })
    void theAddressComesAfterThePagesOwnDate(String head, String meta, String expected) throws Exception {
        String html = DatePages.page("de", meta == null ? "" : meta, "").replace("</head>", (head == null ? "" : head) + "</head>");
        assertThat(DatePages.sameDayInEveryZone(html, "https://news.example/artikel.php?date=2024-01-14", FETCHED))
                .isEqualTo(expected);
    }
}
