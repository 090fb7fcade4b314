package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.ExtractedPage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Publication dates read from what pages show, in several languages, locales and time zones, with a fixed clock. */
class MultilingualDatesTest {

    private static final Clock BERLIN = Clock.fixed(Instant.parse("2024-03-10T01:30:00Z"), ZoneId.of("Europe/Berlin"));

    private static String page(String lang, String head, String meta) {
        String body = LocaleDateFormsTest.paragraphs();
        return "<!doctype html><html lang=\"" + lang + "\"><head><title>Neue Brücke | Lokalblatt</title>" + head
                + "</head><body><header><div class=\"today\">Sonntag, 10. März 2024</div><nav><a href=/>Start</a></nav></header>"
                + "<main><article><h1>Neue Brücke über den Fluss</h1>" + meta + body
                + "</article><aside class=\"sidebar\"><h3>Meistgelesen</h3><ul><li>Publié le 1 mars 2024</li>"
                + "<li>Veröffentlicht am 2. März 2024</li></ul></aside>"
                + "<section class=\"comments\"><div class=\"comment\">Veröffentlicht am 9. März 2024 – Gute Idee!</div></section>"
                + "</main><footer>© 2023 Lokalblatt</footer></body></html>";
    }

    private static ExtractedPage extract(String html, Clock clock) throws ExtractionException {
        return new DensityArticleExtractor(null, clock).extractPage(html, "https://news.example/lokales/bruecke");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de | <p class=meta>Veröffentlicht am 12. Juli 2017, 14:03 Uhr</p> | 2017-07-12",
        "fr | <p>Publié le 29 juin 2019 à 10h05</p> | 2019-06-29",
        "fr | <p>Publié le 1er mars 2020</p> | 2020-03-01",
        "it | <p>Pubblicato il 3 marzo 2021</p> | 2021-03-03",
        "nl | <p>Gepubliceerd op 5 mei 2020</p> | 2020-05-05",
        "es | <p>Publicado el 12 de julio de 2017</p> | 2017-07-12",
        "pt | <p>Publicado em 12 de julho de 2017</p> | 2017-07-12",
        "pl | <p>Opublikowano 7 lipca 2022</p> | 2022-07-07",
        "ru | <p>Опубликовано 12 июля 2017</p> | 2017-07-12",
        "de | <p>Berlin, 19.11.2019</p> | 2019-11-19",
        "fr | <p>Le 05/06/2020</p> | 2020-06-05",
        "en-US | <p>Posted 05/06/2020</p> | 2020-05-06",
        "en-GB | <p>Posted 05/06/2020</p> | 2020-06-05",
        "de | <p>vor 3 Stunden</p> | 2024-03-09",
        "fr | <p>il y a 2 jours</p> | 2024-03-08",
    })
    void visibleLabelsInThePagesLanguage(String lang, String meta, String expected) throws Exception {
        assertThat(extract(page(lang, "", meta), BERLIN).article().published()).isEqualTo(expected);
    }

    /** The page of {@link #page} with {@code end} after the article's running text (an end-of-article credit line). */
    private static String pageEndingWith(String lang, String end) {
        return page(lang, "", "").replace("</article>", end + "</article>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | <p class=date>December 3, 2023. <i>Updated: December 7, 2023</i></p> | 2023-12-03",
        "de | <p>3. Dezember 2023, aktualisiert am 7. Dezember 2023</p> | 2023-12-03",
        "fr | <p>Le 03/12/2023 – mis à jour le 07/12/2023</p> | 2023-12-03",
        "it | <p>3 dicembre 2023 (aggiornato il 7 dicembre 2023)</p> | 2023-12-03",
        "nl | <p>3 december 2023, bijgewerkt 7 december 2023</p> | 2023-12-03",
        "es | <p>3 de diciembre de 2023 · Actualizado: 7 de diciembre de 2023</p> | 2023-12-03",
    })
    void aDayStatedBeforeItsUpdatesIsThePublicationEvenAfterTheText(String lang, String end, String expected)
            throws Exception {
        for (String zone : new String[] {"Europe/Berlin", "America/New_York", "Asia/Tokyo"}) {
            Clock clock = Clock.fixed(Instant.parse("2024-03-10T01:30:00Z"), ZoneId.of(zone));
            ExtractedPage p = extract(pageEndingWith(lang, end), clock);
            assertThat(p.article().published()).as(zone).isEqualTo(expected);
            assertThat(p.modified()).as(zone).startsWith("2023-12-07");
        }
    }

    @Test
    void aLabelledUpdateBeforeAnotherIsNoPublication() throws Exception {
        // two updates in a row: no publication is shown, so the page's publication is its update
        ExtractedPage p = extract(pageEndingWith("en",
                "<p>Updated: December 3, 2023, updated again December 7, 2023</p>"), BERLIN);
        assertThat(p.modified()).isNotNull();
        assertThat(p.article().published()).isEqualTo(p.modified());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "de # <div class=meta>Von Anna Beispiel | Aktualisiert am 14.03.2023, 18:05 Uhr | Erstellt am 12. März 2023</div> # Anna Beispiel # 2023-03-12",
        "fr # <div>Par Marie Exemple · Publié le 29 juin 2019 à 10h12, mis à jour le 30 juin 2019 à 08h00</div> # Marie Exemple # 2019-06-29",
    })
    void aMetaLineGivesItsAuthorAndItsOriginalDate(String lang, String meta, String author, String date) throws Exception {
        ExtractedPage p = extract(page(lang, "", meta), BERLIN);
        assertThat(p.authors()).containsExactly(author);
        assertThat(p.article().published()).isEqualTo(date);
    }

    @Test
    void theOriginalBeatsTheUpdateAndBothAreKept() throws Exception {
        ExtractedPage p = extract(page("de", "", "<p>Aktualisiert am 14. Juli 2017</p><p>Veröffentlicht am 12. Juli 2017</p>"), BERLIN);
        assertThat(p.article().published()).isEqualTo("2017-07-12");
        assertThat(p.modified()).isEqualTo("2017-07-14");
    }

    @Test
    void onlyAnUpdateShownStandsInForThePublication() throws Exception {
        ExtractedPage p = extract(page("fr", "", "<p>Mis à jour le 30 juin 2019</p>"), BERLIN);
        assertThat(p.article().published()).isEqualTo("2019-06-30");
    }

    @Test
    void sidebarsCommentsFootersAndCopyrightYearsDateNothing() throws Exception {
        assertThat(extract(page("de", "", "<p class=meta>Von Anna Beispiel</p>"), BERLIN).article().published()).isNull();
    }

    @Test
    void aDateAfterTheFetchClockIsNeverTaken() throws Exception {
        assertThat(extract(page("fr", "", "<p>Publié le 29 juin 2030</p>"), BERLIN).article().published()).isNull();
        String ld = "<meta property=\"article:published_time\" content=\"2024-03-10T05:00:00+01:00\">";
        assertThat(extract(page("de", ld, ""), BERLIN).article().published()).isNull();
    }

    @Test
    void structuredDataComesFirst() throws Exception {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebPage\",\"datePublished\":\"2018-02-03T08:00:00+01:00\",\"dateModified\":\"2018-02-05\"},"
                + "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Anna Beispiel\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Neue Brücke über den Fluss\",\"author\":[{\"@id\":\"#p1\"},"
                + "{\"@type\":\"Person\",\"name\":\"Jean Exemple\"}]}]}</script>";
        ExtractedPage p = extract(page("de", ld, "<p>Veröffentlicht am 12. Juli 2017</p>"), BERLIN);
        assertThat(p.article().published()).isEqualTo("2018-02-03T08:00:00+01:00");
        assertThat(p.modified()).isEqualTo("2018-02-05");
        assertThat(p.authors()).containsExactly("Anna Beispiel", "Jean Exemple");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE", "fr-FR", "ru-RU", "tr-TR", "ja-JP"})
    void resultsDoNotDependOnTheDefaultLocaleOrZone(String tag) throws Exception {
        Locale saved = Locale.getDefault();
        TimeZone savedZone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            assertThat(extract(page("ru", "", "<p>Опубликовано 12 июля 2017</p>"), BERLIN).article().published()).isEqualTo("2017-07-12");
            assertThat(extract(page("de", "", "<p>Veröffentlicht am 12. März 2017</p>"), BERLIN).article().published()).isEqualTo("2017-03-12");
        } finally {
            Locale.setDefault(saved);
            TimeZone.setDefault(savedZone);
        }
    }

    @ParameterizedTest
    @CsvSource({"UTC, 2024-03-09", "Asia/Tokyo, 2024-03-10", "America/New_York, 2024-03-09"})
    void relativeTimesCountBackInTheClocksZone(String zone, String expected) {
        // 2024-03-10T01:30Z minus 3 hours is 22:30 UTC on the 9th, 07:30 in Tokyo on the 10th
        RelativeDates r = new RelativeDates(Clock.fixed(Instant.parse("2024-03-10T01:30:00Z"), ZoneId.of(zone)));
        assertThat(r.first("vor 3 Stunden").date()).hasToString(expected);
        assertThat(r.first("3 hours ago").date()).hasToString(expected);
        assertThat(r.first("3 часа назад").date()).hasToString(expected);
    }

    @Test
    void monthNamesComeFromTheJdkInEveryForm() {
        assertThat(MonthNames.of("Juli")).isEqualTo(7);
        assertThat(MonthNames.of("juillet")).isEqualTo(7);
        assertThat(MonthNames.of("lipca")).isEqualTo(7);
        assertThat(MonthNames.of("июля")).isEqualTo(7);
        assertThat(MonthNames.of("Jänner")).isEqualTo(1);
        assertThat(MonthNames.of("mayor")).isZero();
    }

    @Test
    void theArticlesOwnSmallAsideDatesItButALongOneIsASidebar() throws Exception {
        String box = "<aside class=\"post-meta\"><time datetime=\"2021-06-06\">6. Juni 2021</time></aside>";
        assertThat(extract(page("de", "", box), BERLIN).article().published()).isEqualTo("2021-06-06");
        StringBuilder related = new StringBuilder("<aside><h3>Mehr zum Thema</h3><ul>");
        for (int i = 1; i <= 8; i++) {
            related.append("<li>Stadtrat beschließt den Haushalt für das kommende Jahr nach langer Debatte, Teil ")
                    .append(i).append(" – <time datetime=\"2024-02-0").append(i).append("\">").append(i)
                    .append(". Februar 2024</time></li>");
        }
        related.append("</ul></aside>");
        assertThat(extract(page("de", "", related.toString()), BERLIN).article().published()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // an unlabelled date inside running text is a date the article talks about
        "en-US | <p>The filing season for most households ends on April 15, 2024, and extensions are possible after that.</p> | ",
        "fr | <p>Après un long débat, le conseil municipal se réunira de nouveau le 3 avril 2023 pour voter le budget de la ville et les travaux du pont.</p> | ",
        // a dateline opens the first paragraph
        "de | <p>BERLIN, 12. Juli 2017 – Der Gemeinderat hat die Pläne für die neue Brücke am Abend gebilligt.</p> | 2017-07-12",
        // a date on a short meta line of its own
        "en-GB | <p class=meta>By Jane Doe · 20 Dec 2023 at 3:00 am</p> | 2023-12-20",
    })
    void onlyMetaLinesAndDatelinesDateThePage(String lang, String meta, String expected) throws Exception {
        assertThat(extract(page(lang, "", meta), BERLIN).article().published()).isEqualTo(expected);
    }

    @Test
    void aDateNeverRunsAcrossTwoBlocks() throws Exception {
        // "… Jahresbilanz 2023" ending one block and "Mai 4" opening the next are no 2023-05-04
        ExtractedPage p = extract(page("de", "", "<p class=teaser>Die Jahresbilanz 2023</p><p class=meta>Mai 4 Leser</p>"), BERLIN);
        assertThat(p.article().published()).isNull();
        assertThat(WrittenDates.all("The best franchises of 2024\nSeptember 1st, 2023", false))
                .extracting(f -> f.date().toString()).containsExactly("2023-09-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en-US | <p><time class=\"byline__pubdate\" datetime=\"2023-12-17\">Last updated: Dec 17, 2023</time></p>"
                + "<p>Posted on December 1, 2023</p> | 2023-12-01 | 2023-12-17",
        "de | <p>Zuletzt geändert: <time class=published datetime=\"2023-12-17\">17.12.2023</time></p>"
                + "<p>Veröffentlicht am 1.12.2023</p> | 2023-12-01 | 2023-12-17",
    })
    void theWordsReadersSeeOutrankATimesClassName(String lang, String meta, String published, String modified)
            throws Exception {
        ExtractedPage p = extract(page(lang, "", meta), BERLIN);
        assertThat(p.article().published()).isEqualTo(published);
        assertThat(p.modified()).isEqualTo(modified);
    }
}
