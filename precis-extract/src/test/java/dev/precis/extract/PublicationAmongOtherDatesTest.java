package dev.precis.extract;

import static dev.precis.extract.DatePages.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.ExtractedPage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The publication date among the other dates a page shows, in the shapes European news and blog pages
 * give them: a change ("Aktualisiert am", "Mis à jour le", "Actualizado", "Aggiornato il", "Bijgewerkt
 * op", "Zaktualizowano", "Atualizado em", "Обновлено") beside the publication, readers' comments with
 * their dates, a sidebar's and a related list's dates ({@code <time>} too), a day and month without a
 * year near a copyright year, and dates in the address. Pages written for this test (the text from
 * {@link LocaleDateFormsTest#paragraphs()}); every case runs under a Berlin, a Paris, a New York and a
 * Tokyo clock, fixed at 2024-03-10T01:30Z.
 */
class PublicationAmongOtherDatesTest {

    private static final String[] ZONES = {"Europe/Berlin", "Europe/Paris", "America/New_York", "Asia/Tokyo"};

    private static final String URL = "https://news.example/lokales/bruecke";

    private static String page(String lang, String before, String meta, String after, String aside) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><title>Neue Brücke | Lokalblatt</title></head><body>"
                + "<div class=top><a href=/>Lokalblatt</a></div>" + before
                + "<main><article><h1>Neue Brücke über den Fluss</h1>" + meta + LocaleDateFormsTest.paragraphs() + after
                + "</article>" + aside + "</main><div class=bottom>© 2023 Lokalblatt · Impressum</div></body></html>";
    }

    private static ExtractedPage extract(String zone, String html, String url) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2024-03-10T01:30:00Z"), ZoneId.of(zone));
        return new DensityArticleExtractor(null, clock).extractPage(html, url);
    }

    private static void assertPublished(String html, String url, String expected) throws Exception {
        for (String zone : ZONES) {
            assertThat(day(extract(zone, html, url).article().published())).as(zone).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "de # Veröffentlicht am 12.03.2021 # Aktualisiert am 14.03.2021",
        "de # Erstellt: 12.03.2021 # Zuletzt aktualisiert: 14.03.2021",
        "de # 12. März 2021 # Aktualisiert: 14. März 2021, 09:15 Uhr",
        "fr # Publié le 12 mars 2021 à 10h05 # Mis à jour le 14 mars 2021 à 18h30",
        "fr # Publié le 12/03/2021 # Modifié le 14/03/2021",
        "fr # Le 12 mars 2021 # Actualisé le 14 mars 2021",
        "es # Publicado el 12 de marzo de 2021 # Actualizado el 14 de marzo de 2021",
        "it # Pubblicato il 12 marzo 2021 # Aggiornato il 14 marzo 2021",
        "nl # Gepubliceerd op 12 maart 2021 # Bijgewerkt op 14 maart 2021",
        "pl # Opublikowano: 12 marca 2021 # Zaktualizowano: 14 marca 2021",
        "pt # Publicado em 12 de março de 2021 # Atualizado em 14 de março de 2021",
        "ru # Опубликовано 12 марта 2021 # Обновлено 14 марта 2021",
    })
    void aChangeShownBesideThePublicationIsNoPublication(String lang, String published, String changed)
            throws Exception {
        // the change first, on its own line above the publication, and the other way round
        assertPublished(page(lang, "", "<div class=meta><span>" + changed + "</span><br><span>" + published
                + "</span></div>", "", ""), URL, "2021-03-12");
        assertPublished(page(lang, "", "<div class=meta><span>" + published + "</span> | <span>" + changed
                + "</span></div>", "", ""), URL, "2021-03-12");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "de # Kommentare # schrieb am",
        "fr # Commentaires # a écrit le",
        "es # Comentarios # escribió el",
        "it # Commenti # ha scritto il",
        "nl # Reacties # schreef op",
        "pl # Komentarze # napisał",
        "pt # Comentários # escreveu em",
        "ru # Комментарии # написал",
    })
    void readersCommentsDateNothing(String lang, String heading, String wrote) throws Exception {
        StringBuilder comments = new StringBuilder("<section id=comments><h2>" + heading + " (2)</h2>");
        for (String d : new String[] {"02.03.2021", "20.03.2021"}) {
            comments.append("<div class=comment><p class=comment-meta>Leser ").append(wrote).append(' ').append(d)
                    .append("</p><p>Endlich wird die Brücke gebaut, darauf warten wir im Viertel seit vielen Jahren.</p></div>");
        }
        comments.append("</section>");
        // the article's own date, unlabelled, under the text; the comments after the article
        assertPublished(page(lang, "", "", "<p class=date>12.03.2021</p>", comments.toString()), URL, "2021-03-12");
        // no date of its own: no date at all rather than a comment's
        assertPublished(page(lang, "", "", "", comments.toString()), URL, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "de # Das könnte Sie auch interessieren # Veröffentlicht am 12.03.2021",
        "fr # À lire aussi # Publié le 12/03/2021",
        "es # Te puede interesar # Publicado el 12/03/2021",
        "it # Potrebbe interessarti # Pubblicato il 12/03/2021",
        "nl # Lees ook # Gepubliceerd op 12-03-2021",
        "pl # Zobacz też # Opublikowano 12.03.2021",
        "pt # Leia também # Publicado em 12/03/2021",
        "ru # Читайте также # Опубликовано 12.03.2021",
    })
    void aSidebarsOrARelatedListsDatesAreOtherArticles(String lang, String heading, String published)
            throws Exception {
        StringBuilder list = new StringBuilder("<div class=related><h3>" + heading + "</h3><ul>");
        String[][] items = {{"2021-03-15T08:00:00+01:00", "15.03.2021"}, {"2021-02-01T08:00:00+01:00", "01.02.2021"}};
        for (String[] item : items) {
            list.append("<li><a href=/lokales/anderes>Stadtrat beschließt neuen Haushalt</a> <time datetime=\"")
                    .append(item[0]).append("\">").append(item[1]).append("</time></li>");
        }
        list.append("</ul></div>");
        String meta = "<p class=meta>" + published + "</p>";
        // a sidebar before the article, a related list after its text, and one inside the article
        assertPublished(page(lang, "<aside class=sidebar>" + list + "</aside>", meta, "", ""), URL, "2021-03-12");
        assertPublished(page(lang, "", meta, list.toString(), ""), URL, "2021-03-12");
        assertPublished(page(lang, "", meta, "", list.toString()), URL, "2021-03-12");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "de # 12. Juli",
        "de # Mittwoch, 12. Juli",
        "fr # 12 juillet",
        "es # 12 de julio",
        "it # 12 luglio",
        "nl # 12 juli",
        "pl # 12 lipca",
        "pt # 12 de julho",
        "ru # 12 июля",
    })
    void aDayAndMonthWithoutAYearIsNoDateOfTheCopyrightYear(String lang, String dayAndMonth) throws Exception {
        // the copyright year names when the site was last built, not the article's year: a stored page
        // fetched at an unknown time has no date (with a known fetch time the day is placed in the latest
        // year up to it, never by the copyright line: WeeksUrlYearlessDatesTest)
        String html = page(lang, "", "<p class=meta>" + dayAndMonth + "</p>", "", "");
        for (String zone : new String[] {"Europe/Berlin", "America/New_York", "Asia/Tokyo"}) {
            Clock clock = Clock.fixed(Instant.parse("2024-03-10T01:30:00Z"), ZoneId.of(zone));
            assertThat(new DensityArticleExtractor(null, clock).extractPage(html, URL, null).article().published()).as(zone).isNull();
        }
        // with a year in the address, the address decides
        assertPublished(page(lang, "", "<p class=meta>" + dayAndMonth + ", 14:30</p>", "", ""),
                "https://news.example/2021/07/12/bruecke", "2021-07-12");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "https://news.example/2021/03/12/neue-bruecke # 2021-03-12",
        "https://news.example/lokales/2021-03-12/neue-bruecke # 2021-03-12",
        "https://news.example/lokales/neue-bruecke-20210312.html # 2021-03-12",
        "https://news.example/fr/actualite/2021/03/12/nouveau-pont_123.html # 2021-03-12",
    })
    void aDateInTheAddressDatesAPageThatShowsNone(String url, String expected) throws Exception {
        assertPublished(page("de", "", "", "", ""), url, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a month alone in the address is no day; a number that is no date neither
        "https://news.example/2021/03/neue-bruecke",
        "https://news.example/lokales/artikel-20219999.html",
        "https://news.example/lokales/bruecke-12345678",
    })
    void anAddressWithoutADayDatesNothing(String url) throws Exception {
        assertPublished(page("de", "", "", "", ""), url, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "de # Veröffentlicht am 12.03.2021",
        "fr # Publié le 12/03/2021",
    })
    void aShownPublicationOutranksTheRelatedListsTimes(String lang, String published) throws Exception {
        // related articles' <time> elements stand before the article's own, unlabelled, date line
        String related = "<ul class=\"teaser-list\"><li><article><h3><a href=/a>Stadtrat beschließt neuen Haushalt für das"
                + " kommende Jahr</a></h3><time datetime=\"2021-03-15\">15.03.2021</time></article></li><li><article>"
                + "<h3><a href=/b>Neue Buslinie verbindet die Vororte mit der Innenstadt</a></h3>"
                + "<time datetime=\"2021-03-01\">01.03.2021</time></article></li></ul>";
        String html = "<!doctype html><html lang=\"" + lang + "\"><head><title>Neue Brücke | Lokalblatt</title></head>"
                + "<body><div class=top><a href=/>Lokalblatt</a></div>" + related
                + "<div class=content><h1>Neue Brücke über den Fluss</h1><p class=meta>" + published + "</p>"
                + LocaleDateFormsTest.paragraphs() + "</div><div class=bottom>© 2023 Lokalblatt</div></body></html>";
        assertPublished(html, URL, "2021-03-12");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "de # 12. Mrz. 2017 # 2017-03-12",
        "de-AT # 12. Feber 2017 # 2017-02-12",
        "de-AT # 12. Jänner 2017 # 2017-01-12",
        "fr # 12 fév 2017 # 2017-02-12",
        "fr # 12 juil. 2017 # 2017-07-12",
        // narrow no-break and thin spaces that typesetting pages put inside dates
        "de # Mittwoch, 12. Juli 2017 # 2017-07-12",
        "fr # Publié le 12 juillet 2017 # 2017-07-12",
        "fr # 12 juillet 2017 # 2017-07-12",
        // a two-digit year after a two-digit day and month with slashes, in the page's day order
        "fr # Publié le 12/07/17 # 2017-07-12",
        "it # Pubblicato il 12/07/17 alle 14:30 # 2017-07-12",
        "en-US # Posted 07/12/17 # 2017-07-12",
        // the month in Roman numerals
        "pl # 12.VII.2017 # 2017-07-12",
        "ru # 12.XI.2017 # 2017-11-12",
        // the same forms in dates that are no publication
        "fr # Mis à jour le 14/07/17 · Publié le 12/07/17 # 2017-07-12",
        "pl # Aktualizacja: 14.VII.2017 · Opublikowano: 12.VII.2017 # 2017-07-12",
    })
    void formsPagesWriteTheirDatesIn(String lang, String meta, String expected) throws Exception {
        assertPublished(page(lang, "", "<div class=meta>" + meta + "</div>", "", ""), URL, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // numbers that only look like dates: a score, a part of a series, a Roman numeral in a name
        "de # Ergebnis 3/4/12 und Tabelle",
        "de # Teil 1/12/24",
        "pl # Jan III Sobieski, rozdział I.",
    })
    void numbersThatAreNoDatesDateNothing(String lang, String meta) throws Exception {
        assertPublished(page(lang, "", "<div class=meta>" + meta + "</div>", "", ""), URL, null);
    }
}
