package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The last resorts {@link FallbackDates}: a page dated nowhere else is dated by a meta tag or a hidden field whose
 * name calls its value the publication in the page's language, or by its own dated address in another of its links
 * (its AMP version, a share button, its print version), or by a full timestamp in an attribute; never by a name that says a change, an expiry, an event or a
 * bound, a teaser's or another page's address, two days that disagree, or when an earlier stage dates the page. Pages
 * written for this test in German, French, Spanish, Italian, Dutch, Polish and English; each runs under fixed clocks
 * in Berlin, New York and Tokyo.
 */
class DeclaredOwnAddressDatesTest {

    private static final String[] ZONES = {"Europe/Berlin", "America/New_York", "Asia/Tokyo"};
    /** The fetch time: 10 March 2024 in every one of the zones. */
    private static final Instant FETCHED = Instant.parse("2024-03-10T12:00:00Z");
    private static final String ADDRESS = "https://stadtblatt.example/lokales/bruecke-ueber-den-kanal";
    private static final Map<String, String> PROSE = Map.of(
            "de", "Die Gemeinde will eine Fußgängerbrücke über den Kanal bauen, die im Frühjahr begonnen werden soll und viel kostet.",
            "fr", "La commune veut construire une passerelle au-dessus du canal, dont les travaux commenceront au printemps prochain.",
            "es", "El ayuntamiento quiere construir una pasarela sobre el canal, cuyas obras empezarán la próxima primavera.",
            "it", "Il comune vuole costruire una passerella sul canale, i cui lavori inizieranno la prossima primavera.",
            "nl", "De gemeente wil een voetgangersbrug over het kanaal bouwen, waarvan de bouw komend voorjaar begint.",
            "pl", "Gmina chce zbudować kładkę dla pieszych nad kanałem, której budowa ruszy wiosną przyszłego roku.",
            "en", "The council wants to build a footbridge over the canal, with work due to begin next spring at a high cost.");

    private static String page(String lang, String head, String inside, String after) {
        String p = "<p>" + PROSE.get(lang) + " " + PROSE.get(lang) + "</p>";
        return "<!doctype html><html lang=" + lang + "><head><title>Kanal | Stadtblatt</title>" + head + "</head><body>"
                + "<header><a href=/>Stadtblatt</a></header><main>"
                + "<article><h1>Eine Brücke über den Kanal</h1>" + inside + p + p + p + "</article>" + after
                + "</main><footer><p>© 2024 Stadtblatt</p></footer></body></html>";
    }

    private static void inEveryZone(String html, String expected) throws Exception {
        DatePages.assertPublishedInZones(html, ADDRESS, FETCHED, ZONES, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "de # <meta name=datum content=05.03.2024> # 2024-03-05",
        "de # <meta name=veroeffentlichungsdatum content=2024-03-05> # 2024-03-05",
        "de # <meta name=Erstellungsdatum content=2024-03-05T09:12:00+01:00> # 2024-03-05",
        "fr # <meta name=date-parution content=05/03/2024> # 2024-03-05",
        "it # <meta name=data_pubblicazione content=2024-03-05> # 2024-03-05",
        "es # <meta name=fecha-publicacion content=2024-03-05> # 2024-03-05",
        "nl # <meta name=publicatiedatum content=2024-03-05> # 2024-03-05",
        "pl # <meta name=data-publikacji content=2024-03-05> # 2024-03-05",
        "en # <meta name=published_on content=2024-03-05> # 2024-03-05",
        "en # <meta property=article:post_date content='2024-03-05 09:12:00'> # 2024-03-05",
        // a UTC time near midnight is the readers' next day where the language settles their zone
        "de # <meta name=veroeffentlichungsdatum content=2024-03-04T23:30:00Z> # 2024-03-05",
        "de # <meta name=expires content=2024-03-05> # ",
        "fr # <meta name=event-date content=2024-03-05> # ",
        "de # <meta name=datum-aktualisiert content=2024-03-05> # ",
        "en # <meta property=profile:birthdate content=1970-03-05> # ",
        "en # <meta name=publisher-founded content=2001-03-05> # ",
        // two days that disagree date nothing
        "de # <meta name=datum content=2024-03-05><meta name=erstellungsdatum content=2024-02-01> # ",
        // a day after the fetch clock's is no publication
        "de # <meta name=datum content=2024-05-05> # ",
    })
    void aPublicationDeclaredUnderANameInThePagesLanguage(String lang, String head, String expected) throws Exception {
        inEveryZone(page(lang, head, "", ""), expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "<form action=/kommentar><input type=hidden name=pubdate value=2024-03-05></form> # 2024-03-05",
        "<form action=/k><input type=hidden name=veroeffentlicht value=05.03.2024></form> # 2024-03-05",
        "<form action=/suche><input type=hidden name=date_min value=2024-03-05></form> # ",
        "<form action=/suche><input type=text name=pubdate value=2024-03-05></form> # ",
    })
    void aHiddenFieldNamedThePublication(String form, String expected) throws Exception {
        inEveryZone(page("de", "", "", form), expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "<link rel=amphtml href=https://stadtblatt.example/amp/2024/03/05/bruecke-ueber-den-kanal> # # 2024-03-05",
        "# <div class=teilen><a href='https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fstadtblatt.example%2F2024%2F03%2F05%2Fbruecke'>Teilen</a></div> # 2024-03-05",
        "# <div class=tools><a href=/drucken/2024/03/05/bruecke-ueber-den-kanal rel=nofollow>Drucken</a></div> # 2024-03-05",
        // another host's AMP copy, another page's address, a share button of a teaser
        "<link rel=amphtml href=https://amp.other.example/2024/03/05/bruecke-ueber-den-kanal> # # ",
        "# <p><a href=/2024/02/14/radweg-am-ufer>Radweg am Ufer</a></p> # ",
        "# <div class=tools><a href='https://twitter.com/intent/tweet?url=https%3A%2F%2Felsewhere.example%2F2024%2F03%2F05%2Fx'>X</a></div> # ",
        // two own addresses that disagree date nothing
        "<link rel=amphtml href=https://stadtblatt.example/amp/2024/03/05/bruecke-ueber-den-kanal> # <a href=/drucken/2024/03/01/bruecke-ueber-den-kanal>Drucken</a> # ",
    })
    void thePagesOwnDatedAddressInAnotherLink(String head, String inside, String expected) throws Exception {
        inEveryZone(page("de", head == null ? "" : head, inside == null ? "" : inside, ""), expected);
    }

    @Test
    void aTeasersShareButtonInARelatedListDatesNothing() throws Exception {
        String related = "<aside class=related><h2>Mehr zum Thema</h2><ul><li><a href='https://www.facebook.com/sharer/sharer.php?u="
                + "https%3A%2F%2Fstadtblatt.example%2F2023%2F11%2F02%2Falte-bruecke'>Teilen</a></li></ul></aside>";
        inEveryZone(page("de", "", "", related), null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "<div class=kopf data-ts='2024-03-05 09:12:00'><span>Lokales</span></div> # # 2024-03-05",
        "<p class=ressort><span title='05.03.2024 09:12:00'>Lokales</span></p> # # 2024-03-05",
        "'<div class=info data-meta=''{\"id\":7,\"published\":\"2024-03-05T09:12:00+01:00\"}''>Lokales</div>' # # 2024-03-05",
        // a UTC stamp near midnight is the readers' next day where the language settles their zone
        "<div class=kopf data-ts=2024-03-04T23:40:00Z><span>Lokales</span></div> # # 2024-03-05",
        // a comment's, a related list's, two that disagree, a day without its time, one after the fetch clock's
        "# <section id=comments><div class=comment data-ts='2024-03-01 18:20:00'><p>Endlich.</p></div></section> # ",
        "# <aside class=related><ul><li data-ts='2024-03-01 18:20:00'><a href=/a>Andere</a></li></ul></aside> # ",
        "<div data-ts='2024-03-05 09:12:00'>A</div><div data-ts='2024-02-01 09:12:00'>B</div> # # ",
        "<div class=kopf data-x=2024-03-05><span>Lokales</span></div> # # ",
        "<div class=kopf data-ts='2024-04-05 09:12:00'><span>Lokales</span></div> # # ",
        // a stamp inside a longer value under a key that names something else, a review's, a change's
        "'<div class=bild data-image=''{\"width\":800,\"embargoEndDate\":\"2024-03-01T00:00:00.000Z\"}''>Bild</div>' # # ",
        "<div class=review data-shop-reviews-date=2024-03-01T18:20:00Z><p>Gut.</p></div> # # ",
        "<div class=kopf data-updated-stamp='2024-03-05 09:12:00'><span>Lokales</span></div> # # ",
    })
    void aFullTimestampInAnAttribute(String inside, String after, String expected) throws Exception {
        inEveryZone(page("de", "", inside == null ? "" : inside, after == null ? "" : after), expected);
    }

    @Test
    void anEarlierStageWins() throws Exception {
        String html = page("de", "<meta name=datum content=05.03.2024>"
                + "<link rel=amphtml href=https://stadtblatt.example/amp/2024/03/06/bruecke-ueber-den-kanal>",
                "<p class=meta>Veröffentlicht am 01.03.2024</p>", "");
        inEveryZone(html, "2024-03-01");
    }

    @Test
    void namesReadAsAPublication() {
        for (String yes : new String[] {"datum", "DC.Datum", "veroeffentlichungsdatum", "date-parution", "data_pubblicazione",
                "fecha-publicacion", "publicatiedatum", "data-publikacji", "published_on", "article:post_date", "erstellt",
                "pubdate"}) {
            assertThat(FallbackDates.publicationName(yes)).as(yes).isTrue();
        }
        for (String no : new String[] {"date", "expires", "event-date", "datum-aktualisiert", "last-published-date",
                "publisher", "date_min", "startdate", "profile:birthdate", "creator", "", "comment-published-date"}) {
            assertThat(FallbackDates.publicationName(no)).as(no).isFalse();
        }
    }
}
