package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.ExtractedPage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pages with no date metadata (fiftieth session): a post's day after the text linked to its own day's archive through
 * an address that names the day in its query ({@code ?datum=2024-07-12}, {@code ?d=20240712},
 * {@code ?jahr=2024&monat=7&tag=12}) or has a query or fragment after the day's path; and two days set side by side
 * with nothing between them (a theme's change and publication without the class words that hide the change), where
 * the earlier is the publication. Pages written for this test; each runs under a Berlin, a New York and a Tokyo clock.
 */
class ArchiveQueryAndSideBySideDatesTest {

    private static final String[] ZONES = {"Europe/Berlin", "America/New_York", "Asia/Tokyo"};

    private static final String TEXT = "<p>Le conseil municipal a décidé hier soir, après un long débat, de remplacer la "
            + "vieille passerelle en bois sur le canal par un ouvrage en acier ouvert aussi aux cyclistes.</p>"
            + "<p>Les travaux doivent commencer au printemps prochain et durer environ deux ans ; pendant ce temps, un "
            + "bac reliera les deux rives, a indiqué la mairie dans un communiqué publié ce matin.</p>"
            + "<p>Les riverains réclamaient depuis longtemps une passerelle plus large, la circulation ayant fortement "
            + "augmenté ces dernières années sur un ouvrage qui n'avait jamais été conçu pour cela.</p>";

    private static String page(String meta, String after, String outside) {
        return "<!doctype html><html lang=fr><head><title>Nouvelle passerelle | Le Canal</title></head><body>"
                + "<div class=top><a href=/>Le Canal</a></div><main><article><h1>Une nouvelle passerelle sur le canal</h1>"
                + meta + TEXT + after + "</article>" + outside + "</main><div class=bottom>© Le Canal</div></body></html>";
    }

    private static ExtractedPage extract(String zone, String html) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2024-09-10T10:00:00Z"), ZoneId.of(zone));
        return new DensityArticleExtractor(null, clock).extractPage(html, "https://canal.example/ville/passerelle");
    }

    private static void assertDays(String html, String published, String modified) throws Exception {
        for (String zone : ZONES) {
            ExtractedPage p = extract(zone, html);
            assertThat(day(p.article().published())).as("published, " + zone).isEqualTo(published);
            if (modified != null) {
                assertThat(day(p.modified())).as("modified, " + zone).isEqualTo(modified);
            }
        }
    }

    private static String day(String iso) {
        return iso == null ? null : iso.substring(0, 10);
    }

    private static String footer(String href, String text) {
        // (no section link before the day: with one, the footer's closing meta line dates the page whatever the link)
        return "<div class=entry-footer><span class=date><a href=\"" + href + "\">" + text + "</a></span></div>";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/archives?date=2024-07-12 | 12 juillet 2024 | 2024-07-12",
        "/?d=20240712 | 12 juillet 2024 | 2024-07-12",
        "/?m=20240712 | 12/07/2024 | 2024-07-12",
        "https://canal.example/archives/?annee=2024&amp;mois=7&amp;jour=12 | 12 juillet 2024 | 2024-07-12",
        "/archive?year=2024&amp;month=07&amp;day=12&amp;lang=fr | 12 juillet 2024 | 2024-07-12",
        "/2024/07/12/?ref=meta | 12 juillet 2024 | 2024-07-12",
        "/2024/07/12/#contenu | 12 juillet 2024 | 2024-07-12",
        // guards: another day's archive; a number in a parameter that names no date
        "/archives?date=2024-07-13 | 12 juillet 2024 | ",
        "/recherche?id=20240712 | 12 juillet 2024 | ",
        "/archives?annee=2024&amp;mois=7 | 12 juillet 2024 | ",
    })
    void aPostsDayLinkedToItsArchiveThroughAQuery(String href, String text, String expected) throws Exception {
        assertDays(page("", footer(href.strip(), text.strip()), ""),
                expected == null || expected.isBlank() ? null : expected.strip(), null);
    }

    @Test
    void aCalendarWidgetsNumberLinkedThroughAQueryDatesNothing() throws Exception {
        String calendar = "<aside class=widget><table id=wp-calendar><caption>juillet 2024</caption><tr><td>"
                + "<a href=\"/?d=20240712\">12</a></td><td>13</td></tr></table></aside>";
        assertDays(page("", "", calendar), null, null);
    }

    @Test
    void archiveDayReadsTheQuery() {
        assertThat(DateText.archiveDay("/archiv?datum=2024-07-12")).isEqualTo(20240712);
        assertThat(DateText.archiveDay("/archiv?datum=2024/07/12&seite=2")).isEqualTo(20240712);
        assertThat(DateText.archiveDay("/?d=20240712")).isEqualTo(20240712);
        assertThat(DateText.archiveDay("/archiv/?jahr=2024&monat=7&tag=12")).isEqualTo(20240712);
        assertThat(DateText.archiveDay("/2024/07/12/?ref=x")).isEqualTo(20240712);
        assertThat(DateText.archiveDay("/2024/07/12#top")).isEqualTo(20240712);
        assertThat(DateText.archiveDay("/archiv/?jahr=2024&monat=2&tag=30")).isZero();
        assertThat(DateText.archiveDay("/?d=2024-0712")).isZero();
        assertThat(DateText.archiveDay("/?page=20240712")).isZero();
        assertThat(DateText.archiveDay("/post?p=12&year=2024")).isZero();
        assertThat(DateText.archiveDay("/2024/07/12/a-post?d=1")).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // the change first (the theme's hidden one), then the publication; with and without a space between
        "<div><span><span>14 août 2024</span><span>12 juillet 2024</span></span></div> # 2024-07-12 # 2024-08-14",
        "<div><span><span>14/08/2024</span> <span>12/07/2024</span></span></div> # 2024-07-12 # 2024-08-14",
        // the publication first, the change after it, then a labelled change
        "<div><span><span>12 juillet 2024</span><span>14 août 2024</span></span></div>"
            + "<div><span>Mis à jour le</span> <span>14 août 2024</span></div> # 2024-07-12 # 2024-08-14",
        // the pair and a labelled change all on one line (the later day repeated after the label)
        "<div><span><span>12 juillet 2024</span><span>14 août 2024</span></span> <span><span>Mis à jour le</span> "
            + "<span>14 août 2024</span></span></div> # 2024-07-12 # 2024-08-14",
        // a byline after the pair
        "<div><span><span>14/08/2024</span><span>12/07/2024</span></span> <span>par <a href=/auteur/lea/>Léa</a>"
            + "</span></div> # 2024-07-12 # 2024-08-14",
    })
    void twoDaysSideBySideAreTheChangeAndThePublication(String meta, String published, String modified) throws Exception {
        assertDays(page(meta, "", ""), published.strip(), modified.strip());
    }

    @Test
    void twoDaysWithWordsBetweenKeepTheirLabels() throws Exception {
        // a label between the days reads as before: the publication labelled, the change labelled
        assertDays(page("<p class=meta>Publié le 12/07/2024 · Mis à jour le 14/08/2024</p>", "", ""),
                "2024-07-12", "2024-08-14");
        // one day alone on the line is the publication
        assertDays(page("<div><span><span>14 août 2024</span></span></div>", "", ""), "2024-08-14", null);
    }

    @Test
    void laterOfPairNeedsNothingButSpacesBetween() {
        String s = "14.08.2024 12.07.2024 | 01.01.2024";
        var written = WrittenDates.all(s, true);
        assertThat(written).hasSize(3);
        assertThat(SideBySideDates.laterOfPair(s, written, 0)).isTrue();
        assertThat(SideBySideDates.laterOfPair(s, written, 1)).isFalse();
        assertThat(SideBySideDates.laterOfPair(s, written, 2)).isFalse();
    }
}
