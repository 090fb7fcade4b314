package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pages with no date metadata that date themselves by what they show (forty-ninth session): a post's day after the
 * text linked to that day's archive ({@code <a href="/2024/07/12/">12. Juli 2024</a>}, a blog theme's "posted on"
 * line), a theme's hidden copy of the change before the shown day (Avada's {@code rich-snippet-hidden}), and the
 * French abbreviation "juill.". Guards: a related list's date linked to the other post, a link to another day's
 * archive, a calendar widget's linked day. Pages written for this test; each runs under a Berlin, a New York and a
 * Tokyo clock, fixed.
 */
class ArchiveLinkAndHiddenCopyDatesTest {

    private static final String[] ZONES = {"Europe/Berlin", "America/New_York", "Asia/Tokyo"};

    private static final String TEXT = "<p>Der Stadtrat hat am Abend nach langer Debatte beschlossen, die alte Holzbrücke "
            + "über den Fluss durch einen Neubau aus Stahl zu ersetzen, der auch Radfahrern Platz bietet.</p>"
            + "<p>Die Arbeiten sollen im kommenden Frühjahr beginnen und rund zwei Jahre dauern; während dieser Zeit "
            + "wird eine Fähre die beiden Ufer verbinden, wie die Verwaltung mitteilte.</p>"
            + "<p>Anwohner hatten sich lange für eine breitere Brücke eingesetzt, weil der Verkehr in den letzten "
            + "Jahren stark zugenommen hat und die alte Brücke dafür nie gebaut worden war.</p>";

    private static String page(String lang, String meta, String after, String outside) {
        return "<!doctype html><html lang=" + lang + "><head><title>Neue Brücke | Lokalblatt</title></head><body>"
                + "<div class=top><a href=/>Lokalblatt</a></div><main><article><h1>Neue Brücke über den Fluss</h1>"
                + meta + TEXT + after + "</article>" + outside + "</main><div class=bottom>© Lokalblatt</div></body></html>";
    }

    private static String published(String zone, String html) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2024-09-10T10:00:00Z"), ZoneId.of(zone));
        String got = new DensityArticleExtractor(null, clock).extractPage(html, "https://news.example/lokales/bruecke")
                .article().published();
        return got == null ? null : got.substring(0, 10);
    }

    private static void assertPublished(String html, String expected) throws Exception {
        for (String zone : ZONES) {
            assertThat(published(zone, html)).as(zone).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // the theme's list of the post's facts after the text: its category, then its day linked to the day's archive
        "<ul class=post-info><li><a href=/thema/politik/>Politik</a></li><li class=post-info__item--type-date>"
            + "<a href=https://news.example/2024/07/12/>12. Juli 2024</a></li></ul> # 2024-07-12",
        "<div class=entry-footer><span class=date><a href=/2024/07/12>July 12, 2024</a></span></div> # 2024-07-12",
        "<div class=entry-footer><span class=date><a href=/blog/2024/07/12/>12/07/2024</a></span></div> # 2024-07-12",
        // guards: the link leads to another day's archive, or to another post (a related list's day)
        "<div class=entry-footer><span class=date><a href=/2024/07/13/>12. Juli 2024</a></span></div> # ",
        "<div class=entry-footer><span class=date><a href=/2024/07/12/stau-auf-der-umgehung>12. Juli 2024</a></span></div> # ",
    })
    void aPostsDayLinkedToItsOwnArchiveAfterTheText(String after, String expected) throws Exception {
        assertPublished(page("de", "", after, ""), expected == null || expected.isBlank() ? null : expected.strip());
    }

    @Test
    void aDayLinkedAloneWithoutAnArchiveStaysUnread() throws Exception {
        // main's behaviour kept: a day linked to anything but its own archive after the text is nobody's for sure
        String related = "<section class=related><h2>Mehr aus der Stadt</h2><ul><li><h3><a href=/stau>Stau auf der "
                + "Umgehung sorgt für Ärger</a></h3><span class=date><a href=/stau>02.09.2024</a></span></li></ul></section>";
        assertPublished(page("de", "", "", related), null);
        String calendar = "<aside class=widget><table id=wp-calendar><caption>Juli 2024</caption><tr><td>"
                + "<a href=/2024/07/12/>12</a></td><td>13</td></tr></table></aside>";
        assertPublished(page("de", "", "", calendar), null);
    }

    @Test
    void aThemesHiddenCopyOfTheChangeGivesWayToTheShownDay() throws Exception {
        String meta = "<div class=fusion-meta-info><span class=\"vcard rich-snippet-hidden\"><span class=fn>Max</span></span>"
                + "<span class=\"updated rich-snippet-hidden\">2024-08-20T13:00:39+00:00</span><span>12. Juli 2024</span>"
                + "<span class=fusion-inline-sep>|</span><a href=/thema/politik/>Politik</a></div>";
        assertPublished(page("de", meta, "", ""), "2024-07-12");
        // without the shown day the hidden copy dates nothing: readers never see it
        assertPublished(page("de", meta.replace("<span>12. Juli 2024</span>", ""), "", ""), null);
    }

    @Test
    void hiddenClassesAreWholeClassNames() {
        org.jsoup.nodes.Element e = org.jsoup.Jsoup.parse("<span class=\"updated rich-snippet-hidden\">x</span>")
                .selectFirst("span");
        assertThat(DateBoxes.hidden(e)).isTrue();
        e.attr("class", "rich-snippet");
        assertThat(DateBoxes.hidden(e)).isFalse();
        e.attr("class", "hidden-xs");
        assertThat(DateBoxes.hidden(e)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Publié le 12 juill. 2024 à 18h45 # 2024-07-12",
        "12 juill. 2024 # 2024-07-12",
        "Publié le 12 juil. 2024 # 2024-07-12",
    })
    void theFrenchAbbreviationJuill(String line, String expected) throws Exception {
        String html = page("fr", "<p class=meta>" + line + "</p>", "", "");
        assertPublished(html, expected);
        assertThat(MonthNames.of("juill.")).isEqualTo(7);
        assertThat(MonthNames.of("Juill")).isEqualTo(7);
    }

    @Test
    void archiveDayReadsOnlyADaysArchive() {
        assertThat(DateText.archiveDay("https://news.example/2024/07/12/")).isEqualTo(20240712);
        assertThat(DateText.archiveDay("/blog/2024/07/12")).isEqualTo(20240712);
        assertThat(DateText.archiveDay("/2024/07/")).isZero();
        assertThat(DateText.archiveDay("/2024/07/12/a-post")).isZero();
        assertThat(DateText.archiveDay("/2024/13/12/")).isZero();
        assertThat(DateText.archiveDay("/item/12345678901/")).isZero();
    }
}
