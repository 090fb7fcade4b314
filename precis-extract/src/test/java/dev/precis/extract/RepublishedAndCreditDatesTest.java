package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.ExtractedPage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The date shapes German, French, Italian, Spanish and Dutch news pages close or head an article with that
 * the sixteenth session found unread: a first publication named after the text of a republished piece whose
 * structured data carries the later day ("Erstveröffentlichung: 12.07.2017"), an agency's or editor's closing
 * credit ("red/dpa, 12.07.2017", "(AFP, 3.5.2018)"), a change shown on the structured day beside a labelled
 * publication a day before ("Erstellt: 12.07.2017 · Stand: 13.07.2017"), "12-07-17", a short teaser's date
 * above the headline, and a date box above a long path of links before the headline. Pages written for this test, read without a fetch time (as a batch without
 * {@code "fetched"}); each case under Berlin, Paris, New York and Tokyo clocks fixed at 2024-03-10T01:30Z.
 */
class RepublishedAndCreditDatesTest {

    private static final String[] ZONES = {"Europe/Berlin", "Europe/Paris", "America/New_York", "Asia/Tokyo"};
    private static final String ADDRESS = "https://stadtanzeiger.example/lokales/neue-bruecke-1234";

    private static String page(String lang, String head, String before, String meta, String after) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><title>Neue Brücke | Stadtanzeiger</title>" + head
                + "</head><body><header><a href=/>Stadtanzeiger</a></header>" + before
                + "<main><article><h1>Neue Brücke über den Fluss</h1>" + meta + LocaleDateFormsTest.paragraphs() + after
                + "</article></main><footer>© 2024 Stadtanzeiger</footer></body></html>";
    }

    private static String ld(String published, String modified) {
        return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Neue Brücke über den Fluss\",\"datePublished\":\"" + published + "\""
                + (modified.isEmpty() ? "" : ",\"dateModified\":\"" + modified + "\"") + "}</script>";
    }

    private static ExtractedPage extract(String zone, String html) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2024-03-10T01:30:00Z"), ZoneId.of(zone));
        return new DensityArticleExtractor(null, clock).extractPage(html, ADDRESS);
    }

    private static String day(String iso) {
        return iso == null ? "none" : iso.substring(0, 10);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // republished: the structured day is when it went up again, the closing line names the first publication
        "de|2017-07-20T09:00:00+02:00|2017-07-20T09:00:00+02:00|<p><em>Erstveröffentlichung: 12.07.2017</em></p>|2017-07-12|2017-07-20",
        "de|2019-03-01T09:00:00+01:00|2019-03-02T10:00:00+01:00|<p>Erstveröffentlichung: 12. Juli 2017</p>|2017-07-12|2019-03-02",
        "de|2018-01-05T08:00:00+01:00||<p class=hinweis>Dieser Artikel wurde zuerst veröffentlicht am 12.07.2017.</p>|2017-07-12|2018-01-05",
        "de|2018-01-05T08:00:00+01:00||<p>Dieser Beitrag wurde am 12.07.2017 zuerst veröffentlicht.</p>|2017-07-12|2018-01-05",
        "de|2018-01-05T08:00:00+01:00||<p>Erstmals erschienen am 12.07.2017 in der Printausgabe.</p>|2017-07-12|2018-01-05",
        "fr|2018-01-05T08:00:00+01:00||<p><i>Première publication le 12 juillet 2017.</i></p>|2017-07-12|2018-01-05",
        "fr|2018-01-05T08:00:00+01:00||<p>Cet article a été initialement publié le 12 juillet 2017.</p>|2017-07-12|2018-01-05",
        "it|2018-01-05T08:00:00+01:00||<p>Articolo pubblicato per la prima volta il 12 luglio 2017.</p>|2017-07-12|2018-01-05",
        "es|2018-01-05T08:00:00+01:00||<p>Publicado por primera vez el 12 de julio de 2017.</p>|2017-07-12|2018-01-05",
        "nl|2018-01-05T08:00:00+01:00||<p>Eerder gepubliceerd op 12 juli 2017.</p>|2017-07-12|2018-01-05",
        // guards: a first publication after the structured day is no original; the noun in running text is the story's
        "de|2017-07-12T14:05:00+02:00||<p>Zuerst erschienen am 20.07.2017 in der Printausgabe.</p>|2017-07-12|none",
        "de|2018-01-05T08:00:00+01:00||<p>Das Buch des Stadtchronisten, seit seiner Erstveröffentlichung am 3. März 1995 mehrfach neu aufgelegt, beschreibt die Geschichte der alten Brücke und ihrer Vorgänger ausführlich und mit vielen Fotografien.</p>|2018-01-05|none",
    })
    void aFirstPublicationNamedAfterTheTextOutranksALaterStructuredDay(String lang, String published, String modified,
            String after, String expected, String expectedModified) throws Exception {
        String html = page(lang, ld(published, modified == null ? "" : modified), "", "", after);
        for (String zone : ZONES) {
            ExtractedPage p = extract(zone, html);
            assertThat(day(p.article().published())).as(zone).isEqualTo(expected);
            // the later structured day is kept as the change
            assertThat(day(p.modified())).as(zone).isEqualTo(expectedModified);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de|<p>red/dpa, 12.07.2017</p>|2017-07-12",
        "de|<p class=autor>dpa/lno, 12.07.2017, 14:05 Uhr</p>|2017-07-12",
        "fr|<p>(AFP, 3.5.2018)</p>|2018-05-03",
        "de|<p>Die Sitzung wird am Donnerstag fortgesetzt. (ab, 12.07.2017)</p>|2017-07-12",
        "it|<p>(ANSA, 12 luglio 2017)</p>|2017-07-12",
        "es|<p>EFE, 12/07/2017</p>|2017-07-12",
        "nl|<p>ANP, 12-07-2017</p>|2017-07-12",
        // a person's first name closing the text is no agency's sign but signs the text itself (dates56: a
        // closing signature with one first name, SignatureDates); guards: a date in the middle of a sentence in
        // brackets, a credit whose sign is a link
        "de|<p>Hans, 14.07.2017</p>|2017-07-14",
        "de|<p>Die Sitzung (ab, 12.07.2017) wird am Donnerstag im großen Saal des Rathauses fortgesetzt, teilte die Stadt mit.</p>|none",
        "de|<p><a href=/autor/ab>ab</a>, 12.07.2017</p>|none",
    })
    void aClosingCreditDatesAPageDatedNowhereElse(String lang, String after, String expected) throws Exception {
        String html = page(lang, "", "", "", after);
        for (String zone : ZONES) {
            assertThat(day(extract(zone, html).article().published())).as(zone).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a structured publication equal to the modification, the page showing that day as its change
        "de|<div class=meta>Erstellt: 12.07.2017 14:05 Uhr · Stand: 13.07.2017 09:00 Uhr</div>||2017-07-12",
        "fr|<p class=meta><span>Mis à jour le 13/07/2017 à 10h00</span> <span>Publié le 12/07/2017 à 08h00</span></p>||2017-07-12",
        "de|<div class=meta><p>Stand: 13.07.2017, 09:00 Uhr</p><p>Erstmals veröffentlicht: 12.07.2017</p></div>||2017-07-12",
        "de|<p class=meta>Aktualisiert am 13.07.2017</p>|<p>dpa, 12.07.2017</p>|2017-07-12",
        // guard: a shown publication a day before with no change shown may be the same moment in another zone
        "de|<p class=meta>Veröffentlicht am 12.07.2017</p>||2017-07-13",
    })
    void aChangeShownOnTheStructuredDayLeavesTheShownPublication(String lang, String meta, String after, String expected)
            throws Exception {
        String html = page(lang, ld("2017-07-13T09:00:00+02:00", "2017-07-13T09:00:00+02:00"), "", meta,
                after == null ? "" : after);
        for (String zone : ZONES) {
            assertThat(day(extract(zone, html).article().published())).as(zone).isEqualTo(expected);
        }
    }

    /** Top stories above the article: short linked headlines, each with its day. */
    private static final String TOP_STORIES = "<section class=top-stories><h2>Top-Meldungen</h2><ul>"
            + "<li><a href=/t1>Stadtfest lockt Tausende an</a> <span class=date>03.08.2017</span></li>"
            + "<li><a href=/t2>Neuer Supermarkt eröffnet</a> <span class=date>02.08.2017</span></li></ul></section>";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl|<p class=meta>12-07-17, 14:05</p>||2017-07-12",
        "de|<p class=meta>12.07.2017, 14:05 Uhr</p>|" + TOP_STORIES + "|2017-07-12",
        // guards: teasers' days date no page; a kicker's linked section beside the day is no teaser
        "de||" + TOP_STORIES + "|none",
        "de|<p class=meta><a href=/lokales>Lokales</a> 12.07.2017</p>||2017-07-12",
    })
    void shortYearsWithDashesAndShortTeasersAboveTheHeadline(String lang, String meta, String before, String expected)
            throws Exception {
        String html = page(lang, "", before == null ? "" : before, meta == null ? "" : meta, "");
        for (String zone : ZONES) {
            assertThat(day(extract(zone, html).article().published())).as(zone).isEqualTo(expected);
        }
    }

    /** A long path of links (no {@code <nav>}, no class naming it) between a date box and the article. */
    private static String path() {
        StringBuilder sb = new StringBuilder("<div class=pfad>");
        String[] parts = {"Startseite", "Nachrichten", "Regionales", "Landkreis Musterstadt", "Gemeinde Beispielhausen",
            "Politik und Verwaltung", "Gemeinderat", "Sitzungen und Beschlüsse", "Verkehr und Infrastruktur",
            "Brücken und Straßen", "Aktuelle Meldungen aus dem Rathaus", "Pressemitteilungen der Stadtverwaltung",
            "Archiv der Bekanntmachungen", "Bürgerbeteiligung und Anhörungen", "Stadtentwicklung und Planung"};
        for (int i = 0; i < parts.length; i++) {
            sb.append(i == 0 ? "" : " › ").append("<a href=/p").append(i).append('>').append(parts[i]).append("</a>");
        }
        return sb.append("</div>").toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<div class=datum>Mittwoch, 12. Juli 2017</div>||2017-07-12",
        "<span class=date>12.07.2017 - 14:05</span>||2017-07-12",
        "<p>12.07.2017</p>||2017-07-12",
        // guard: today's date in the masthead yields to the article's own meta line
        "<div class=heute>Sonntag, 10. März 2024</div>|<p class=meta>12.07.2017</p>|2017-07-12",
    })
    void aDateBoxBeforeALongPathOfLinksDatesTheArticle(String before, String meta, String expected) throws Exception {
        String html = page("de", "", before + path(), meta == null ? "" : meta, "");
        for (String zone : ZONES) {
            assertThat(day(extract(zone, html).article().published())).as(zone).isEqualTo(expected);
        }
    }
}
