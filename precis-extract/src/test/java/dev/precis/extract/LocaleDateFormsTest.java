package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The date forms German, French and other European pages show on their meta lines, in their
 * metadata and in their addresses; yesterday/today against the fetch clock in several zones; the
 * date line of an author box that closes the article; JSON-LD a script framework writes into a
 * {@code <meta>}. Pages written for this test; the clocks are fixed.
 */
class LocaleDateFormsTest {
    private static final Clock BERLIN = Clock.fixed(Instant.parse("2024-03-10T01:30:00Z"), ZoneId.of("Europe/Berlin"));

    /** Six paragraphs of a local news report (German), enough text for the page to read as an article. */
    static String paragraphs() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            body.append("<p>Der Gemeinderat hat am Abend lange über die neue Brücke beraten, die den Fluss an der "
                    + "alten Mühle überqueren soll, und die Pläne der Verwaltung in mehreren Punkten geändert. ")
                    .append(i).append("</p>\n");
        }
        return body.toString();
    }

    static String page(String lang, String head, String meta) {
        String body = paragraphs();
        return "<!doctype html><html lang=\"" + lang + "\"><head><title>Neue Brücke | Lokalblatt</title>" + head
                + "</head><body><header><nav><a href=/>Start</a></nav></header>"
                + "<main><article><h1>Neue Brücke über den Fluss</h1>" + meta + body
                + "</article></main><footer>© 2023 Lokalblatt</footer></body></html>";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de | <p>Stand: 12.07.2017 14:30 Uhr</p> | 2017-07-12",
        "de | <div class=meta><span>Mo., 12.07.2017</span></div> | 2017-07-12",
        "de | <div class=meta><span>12. Juli 2017 um 14:30 Uhr</span></div> | 2017-07-12",
        "de | <div class=meta>12. Jan. 2017</div> | 2017-01-12",
        "de | <div class=meta>Erstellt: 12.07.2017</div> | 2017-07-12",
        "de | <div class=meta>Datum: 12.07.2017</div> | 2017-07-12",
        "de | <div class=meta>Veröffentlicht: Mittwoch, 12. Juli 2017</div> | 2017-07-12",
        "de | <div class=meta>12.7.2017</div> | 2017-07-12",
        // a month without its day names no day
        "de | <div class=meta>Sept. 2017</div> | ",
        "de | <div class=meta>Aktualisiert: 14.07.2017, 10:00 Uhr<br>Erstveröffentlichung: 12.07.2017</div> | 2017-07-12",
        "de | <div class=meta>Zuletzt aktualisiert am 14.07.2017</div><div>Veröffentlicht 12.07.2017</div> | 2017-07-12",
        "de | <div class=meta>12.07.2017 · 14:30</div> | 2017-07-12",
        "de | <div class=meta>2017-07-12</div> | 2017-07-12",
        "fr | <div class=meta>12 janv. 2017</div> | 2017-01-12",
        "fr | <div class=meta>Publié le 12/07/2017 à 14h30</div> | 2017-07-12",
        "fr | <div class=meta>Publié le mercredi 12 juillet 2017 à 14h30</div> | 2017-07-12",
        "fr | <div class=meta>Le 12 juillet 2017 à 14:30</div> | 2017-07-12",
        "fr | <div class=meta>Mis à jour le 14/07/2017 à 10h00 · Publié le 12/07/2017 à 14h30</div> | 2017-07-12",
        "fr | <div class=meta>Publié le 12.07.2017</div> | 2017-07-12",
        "fr | <div class=meta>1er févr. 2017</div> | 2017-02-01",
        "fr | <div class=meta>Publié aujourd'hui à 10h05</div> | 2024-03-10",
        "fr | <div class=meta>Publié hier à 10h05</div> | 2024-03-09",
        "de | <div class=meta>Heute, 10:05 Uhr</div> | 2024-03-10",
        "de | <div class=meta>Gestern, 10:05 Uhr</div> | 2024-03-09",
        "de | <div class=meta>vor 2 Tagen</div> | 2024-03-08",
        "es | <div class=meta>12/07/2017 14:30 h</div> | 2017-07-12",
        "es | <div class=meta>Actualizado 14/07/2017 - Publicado 12/07/2017</div> | 2017-07-12",
        "it | <div class=meta>12/07/2017 ore 14:30</div> | 2017-07-12",
        "it | <div class=meta>Pubblicato il 12 Lug 2017</div> | 2017-07-12",
        "nl | <div class=meta>12 jul 2017, 14:30</div> | 2017-07-12",
        "nl | <div class=meta>Gepubliceerd: 12-07-2017</div> | 2017-07-12",
        "pl | <div class=meta>12.07.2017, 14:30</div> | 2017-07-12",
        "pl | <div class=meta>Data publikacji: 12 lipca 2017</div> | 2017-07-12",
        "ru | <div class=meta>12.07.2017 14:30</div> | 2017-07-12",
        "pt | <div class=meta>Publicado em 12/07/2017 às 14h30</div> | 2017-07-12",
        "de | <div class=meta><time>12.07.2017</time></div> | 2017-07-12",
        "de | <div class=meta><time datetime=\"12.07.2017\">12.07.2017</time></div> | 2017-07-12",
        "de | <div class=meta>Veröffentlicht am 12.07.17</div> | 2017-07-12",
    })
    void metaLineFormsInThePagesLanguage(String lang, String meta, String expected) throws Exception {
        String got = new DensityArticleExtractor(null, BERLIN).extractPage(page(lang, "", meta), "https://news.example/lokales/bruecke").article().published();
        assertThat(got == null ? null : got.substring(0, 10)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<meta name=\"date\" content=\"2017-07-12T14:30:00+02:00\"> | 2017-07-12",
        "<meta name=\"DC.date.issued\" content=\"2017-07-12\"> | 2017-07-12",
        "<meta name=\"publish-date\" content=\"12.07.2017\"> | 2017-07-12",
        "<meta property=\"og:article:published_time\" content=\"2017-07-12\"> | 2017-07-12",
        "<meta name=\"last-modified\" content=\"2017-07-14\"><meta name=\"date\" content=\"2017-07-12\"> | 2017-07-12",
        "<meta itemprop=\"datePublished\" content=\"2017-07-12T14:30:00+02:00\"> | 2017-07-12",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2017-07-12 14:30:00\"}</script> | 2017-07-12",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"12.07.2017 14:30\"}</script> | 2017-07-12",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"1499862600\"}</script> | 2017-07-12",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2017-07-12T14:30:00.000+0200\"}</script> | 2017-07-12",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"Wed, 12 Jul 2017 14:30:00 +0200\"}</script> | 2017-07-12",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2017-07-12T14:30:00+02:00\",\"dateModified\":\"2017-07-14\"}</script><meta property=\"article:modified_time\" content=\"2017-07-14\"> | 2017-07-12",
    })
    void metadataForms(String head, String expected) throws Exception {
        String got = new DensityArticleExtractor(null, BERLIN).extractPage(page("de", head, ""), "https://news.example/lokales/bruecke").article().published();
        assertThat(got == null ? null : got.substring(0, 10)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://news.example/2017/07/12/bruecke | 2017-07-12",
        "https://news.example/lokales/2017-07-12/bruecke | 2017-07-12",
        // day-first digits in a German page's slug are its day (dates55: an id rarely spells a day from 1995 on
        // with the year last); a month without its day names no day
        "https://news.example/lokales/bruecke-12072017.html | 2017-07-12",
        "https://news.example/2017/07/bruecke | ",
        "https://news.example/lokales/20170712_bruecke | 2017-07-12",
        "https://news.example/lokales/bruecke,20170712.html | 2017-07-12",
    })
    void addressForms(String url, String expected) throws Exception {
        String got = new DensityArticleExtractor(null, BERLIN).extractPage(page("de", "", ""), url).article().published();
        assertThat(got == null ? null : got.substring(0, 10)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"Europe/Berlin, 2024-03-09, 2024-03-10", "America/New_York, 2024-03-08, 2024-03-09",
                "Asia/Tokyo, 2024-03-09, 2024-03-10"})
    void yesterdayAndTodayCountFromTheFetchClocksDay(String zone, String yesterday, String today) throws Exception {
        // 2024-03-10T01:30Z is the 10th in Berlin and Tokyo, still the 9th in New York (pages in Spanish without a
        // region: a language that settles no zone of its own, so the clock's counts)
        Clock clock = Clock.fixed(Instant.parse("2024-03-10T01:30:00Z"), ZoneId.of(zone));
        for (String meta : new String[] {"<div class=meta>Publié hier à 10h05</div>", "<div class=meta>Gestern, 10:05 Uhr</div>",
                                         "<div class=meta>Ayer, 10:05</div>"}) {
            assertThat(published(clock, page("es", "", meta), "https://news.example/a")).as(zone + meta).isEqualTo(yesterday);
        }
        assertThat(published(clock, page("es", "", "<div class=meta>Heute, 10:05 Uhr</div>"), "https://news.example/a"))
                .isEqualTo(today);
        // "hier" is German for "here": without a clock time after it, it is no date
        assertThat(published(clock, page("de", "", "<div class=meta>Mehr dazu hier 10 Tipps</div>"), "https://news.example/a"))
                .isNull();
    }

    private static String endingWith(String lang, String author, String end) {
        return page(lang, "", "<p class=byline>" + author + "</p>").replace("</article>", end + "</article>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "en-US # Jane Doe # <div class=box><p>Written by Jane Doe</p><p>April 8, 2024</p></div> # 2024-04-08",
        "de # Von Anna Beispiel # <div class=autor><div>Anna Beispiel</div><div>12.07.2017</div></div> # 2017-07-12",
        "fr # Par Marie Exemple # <div><span>Marie Exemple</span> · <time datetime=2019-06-29T10:00:00+02:00>29/06/2019</time></div> # 2019-06-29",
    })
    void theDateLineOfTheAuthorBoxAfterTheTextDatesTheArticle(String lang, String byline, String end, String expected)
            throws Exception {
        for (String zone : new String[] {"Europe/Paris", "America/New_York"}) {
            Clock clock = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneId.of(zone));
            assertThat(published(clock, endingWith(lang, byline, end), "https://news.example/a")).as(zone).isEqualTo(expected);
        }
    }

    @Test
    void aDateAfterTheTextNearNoAuthorOrInASentenceNamingHimDatesNothing() throws Exception {
        // an unlabelled day after the text: a teaser's or a comment's
        assertThat(published(BERLIN, endingWith("de", "Von Anna Beispiel", "<div><div>Karl Muster</div><div>12.07.2017</div></div>"),
                "https://news.example/a")).as("another name").isNull();
        // the author named inside running text before the day
        assertThat(published(BERLIN, endingWith("de", "Von Anna Beispiel",
                "<p>Die Stadt hat nach den Recherchen von Anna Beispiel die Pläne für die Brücke über den Fluss an der alten "
                + "Mühle noch einmal geändert und dem Rat am 12.07.2017 vorgelegt, wie sie berichtet.</p>"),
                "https://news.example/a")).isNull();
        // a label word in the middle of running text is the story's verb ("geändert", "updated", "publié")
        for (String prose : new String[] {
            "<p>After months of public hearings and a long review of the river crossing, the agency quietly updated its guidance on March 3, 2023 and asked the council to vote again.</p>",
            "<p>Après de longs mois de débats sur la traversée de la rivière, la mairie a finalement publié le 3 mars 2023 un nouveau plan pour le pont de la vieille ville.</p>"}) {
            assertThat(published(BERLIN, endingWith("en", "By Jane Doe", prose), "https://news.example/a")).as(prose).isNull();
        }
    }

    @Test
    void jsonLdWrittenIntoAMetaElementCounts() throws Exception {
        String head = "<meta name=\"script:ld+json\" content=\"{&quot;@type&quot;:&quot;Article&quot;,"
                + "&quot;datePublished&quot;:&quot;2023-11-17T09:00:00-05:00&quot;}\">";
        assertThat(published(BERLIN, page("en", head, ""), "https://news.example/a")).isEqualTo("2023-11-17");
    }

    private static String published(Clock clock, String html, String url) throws Exception {
        String got = new DensityArticleExtractor(null, clock).extractPage(html, url).article().published();
        return got == null ? null : got.substring(0, 10);
    }
}
