package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.ExtractedPage;
import dev.precis.model.PageType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Publication dates in the shapes German, French and other European news and blog pages give them
 * (two-digit years, compact dates in slugs, microformats, metadata in the page's day order), and the
 * dates that must not be taken (a comment's or a teaser's after the article, a word of the previous
 * paragraph read as a label). Fixed clocks in several time zones; pages written for this test.
 */
class OpenWebDatesTest {

    private static final Clock PARIS = Clock.fixed(Instant.parse("2024-03-10T09:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final Clock NEW_YORK = Clock.fixed(Instant.parse("2024-03-10T03:00:00Z"), ZoneId.of("America/New_York"));
    private static final String URL = "https://www.lokal.example/politik/neue-bruecke-123.html";

    private static String prose(String lang) {
        String sentence = lang.startsWith("fr")
                ? "Le conseil municipal a longuement débattu du nouveau pont qui doit franchir la rivière près du vieux moulin, et il a modifié les plans. "
                : "Der Gemeinderat hat am Abend lange über die neue Brücke beraten, die den Fluss an der alten Mühle überqueren soll, und die Pläne geändert. ";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            b.append("<p>").append(sentence).append(sentence, 0, 60 + i).append("</p>\n");
        }
        return b.toString();
    }

    private static String page(String lang, String head, String meta, String after) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><title>Neue Brücke | Lokalblatt</title>" + head
                + "</head><body><div class=content><h1>Neue Brücke über den Fluss</h1>" + meta + prose(lang)
                + "</div>" + after + "</body></html>";
    }

    private static ExtractedPage extract(String html, String url, Clock clock) throws ExtractionException {
        return new DensityArticleExtractor(null, clock).extractPage(html, url);
    }

    private static String published(String html) throws ExtractionException {
        return extract(html, URL, PARIS).article().published();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de | <div class=date>12.07.17, 14:30 Uhr</div> | 2017-07-12",
        "de | <p>Veröffentlicht: 03.11.98</p> | 1998-11-03",
        "de | <p>Stand: 12.07.2017, 14:30 Uhr</p> | 2017-07-12",
        "fr | <p>Le 12 juillet 2017 à 14h30</p> | 2017-07-12",
        "fr | <p>Mis à jour le 13/07/2017 à 10:00 - Publié le 12/07/2017 à 08:00</p> | 2017-07-12",
        "de | <p class=autor>Von Anna Beispiel und Bernd Muster, mit Material von dpa und AFP, Redaktion Politik und Wirtschaft, Ressort Lokales · 12.07.2017 14:30 Uhr</p> | 2017-07-12",
        "de | <abbr class=published title=2017-07-12T10:00:00+02:00>12. Juli</abbr> | 2017-07-12T10:00:00+02:00",
    })
    void shownDates(String lang, String meta, String expected) throws Exception {
        assertThat(published(page(lang, "", meta, ""))).isEqualTo(expected);
    }

    @Test
    void aTwoDigitYearAfterTheClockIsNoDate() throws Exception {
        assertThat(published(page("de", "", "<div class=date>12.07.25</div>", ""))).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://www.lokal.example/politik/neue-bruecke-20170712-123.html | 2017-07-12",
        "https://www.lokal.example/politik/art_20170712.html | 2017-07-12",
        "https://www.lokal.example/politik/art-20171312.html | ",
        "https://www.lokal.example/2017/07/neue-bruecke/ | ",
    })
    void compactDatesInSlugs(String url, String expected) throws Exception {
        assertThat(extract(page("de", "", "", ""), url, PARIS).article().published()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr | <meta name=date content=12/07/2017> | 2017-07-12",
        "en-US | <meta name=date content=12/07/2017> | 2017-12-07",
        "de | <meta property=article:published content=2017-07-12T10:00:00+02:00> | 2017-07-12T10:00:00+02:00",
        "de | <meta property=article:publisher content=https://www.lokal.example/20170712> | ",
    })
    void metadataInThePagesDayOrderAndNaming(String lang, String head, String expected) throws Exception {
        assertThat(published(page(lang, head, "", ""))).isEqualTo(expected);
    }

    @Test
    void aDatedUrlBeforeTheStructuredDayIsTheOriginal() throws Exception {
        String head = "<meta property=article:published_time content=2019-03-01T10:00:00+01:00>";
        assertThat(extract(page("de", head, "", ""), "https://www.lokal.example/2017/07/12/neue-bruecke/", PARIS)
                .article().published()).isEqualTo("2017-07-12");
        // a URL day after the structured one (a folder of the filing day) leaves it alone
        assertThat(extract(page("de", head, "", ""), "https://www.lokal.example/2019/03/05/neue-bruecke/", PARIS)
                .article().published()).isEqualTo("2019-03-01T10:00:00+01:00");
    }

    @Test
    void jsonLdCreationDateStandsInForAMissingPublication() throws Exception {
        String head = "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"Neue Brücke über den Fluss\","
                + "\"dateCreated\":\"2017-07-12T10:00:00+02:00\"}</script>";
        assertThat(published(page("de", head, "", ""))).isEqualTo("2017-07-12T10:00:00+02:00");
    }

    @Test
    void datesAfterTheArticleTextInUnmarkedBoxesAreNotItsDate() throws Exception {
        String sidebar = "<div class=box-right><h3>Meistgelesen</h3><ul><li><a href=/a>Anderer Artikel</a> 01.03.2024</li></ul></div>";
        String comments = "<div class=user-posts><div class=post>Hans schrieb am 09.03.2024: gute Idee</div></div>";
        assertThat(published(page("de", "", "", sidebar))).isNull();
        assertThat(published(page("de", "", "", comments))).isNull();
        // a labelled date closing the article still dates it when nothing above does
        assertThat(published(page("de", "", "", "<div class=info>Erstellt am 12.07.2017</div>"))).isEqualTo("2017-07-12");
    }

    @Test
    void theMetaLineOutranksALabelledTeaserAfterTheText() throws Exception {
        String teaser = "<div class=more><div>Veröffentlicht am 02.03.2024</div><a href=/b>Noch ein Artikel über Brücken</a></div>";
        assertThat(published(page("de", "", "<div class=meta>12.07.2017</div>", teaser))).isEqualTo("2017-07-12");
    }

    @Test
    void aWordEndingThePreviousParagraphIsNoLabel() throws Exception {
        // "… geändert." ends the paragraph above; the date on its own line is not a modification
        String html = page("de", "", "<p>Die Pläne wurden geändert.</p><p>12.07.2017</p>", "");
        ExtractedPage p = extract(html, URL, PARIS);
        assertThat(p.article().published()).isEqualTo("2017-07-12");
        assertThat(p.modified()).isNull();
    }

    @Test
    void aShortLabelBlockJustAboveADateLabelsIt() throws Exception {
        String html = page("de", "", "<div><span class=l>Aktualisiert:</span></div><div>14.07.2017</div><div>Erstellt:</div><div>12.07.2017</div>", "");
        ExtractedPage p = extract(html, URL, PARIS);
        assertThat(p.article().published()).isEqualTo("2017-07-12");
        assertThat(p.modified()).isEqualTo("2017-07-14");
    }

    @Test
    void aPublicationOverwrittenByTheModificationGivesWayToTheShownOriginal() throws Exception {
        String head = "<meta property=article:published_time content=2024-02-20T10:00:00-05:00>"
                + "<meta property=article:modified_time content=2024-02-20T10:00:00-05:00>";
        String shown = "<p>Published August 13, 2023</p>";
        assertThat(extract(page("en-US", head, shown, ""), URL, NEW_YORK).article().published()).isEqualTo("2023-08-13");
        // the same moment shown in another zone is no earlier publication
        String sameMoment = "<p>Published <time datetime=2024-02-19T23:00:00-08:00>Feb 19</time></p>";
        assertThat(extract(page("en-US", head, sameMoment, ""), URL, NEW_YORK).article().published())
                .isEqualTo("2024-02-20T10:00:00-05:00");
    }

    @Test
    void aPageWithoutParagraphsStillTellsItsMetadata() {
        String html = "<html lang=de><head><title>Übersicht</title><meta property=article:published_time content=2017-07-12>"
                + "</head><body><h1>Übersicht</h1><ul><li><a href=/a>A</a></li></ul></body></html>";
        assertThatThrownBy(() -> extract(html, URL, PARIS))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.getMessage()).startsWith("no article text found");
                    ExtractedPage p = e.metadataOnly().orElseThrow();
                    assertThat(p.article().published()).isEqualTo("2017-07-12");
                    assertThat(p.article().text()).isEmpty();
                    assertThat(p.pageType()).isNotEqualTo(PageType.ARTICLE);
                });
    }
}
