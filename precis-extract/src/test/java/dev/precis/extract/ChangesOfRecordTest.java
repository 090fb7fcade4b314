package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A page whose publication is declared only to search engines (JSON-LD or microdata, no publication {@code <meta>} in
 * its head) and which shows its readers only a change a week or more later on the headline's meta line: the shown
 * change is its date of record (forty-eighth session, dates60). Guards keep the publication: a head {@code <meta>}
 * naming it, the publication shown too, a change a few days later (a news story's update), a shown change on another
 * day than the structured one, a change shown only after the text, none shown. Pages written for this test, read
 * under clocks in four zones ({@link DatePages#sameDayInEveryZone}) with the fetch time 2026-03-10T12:00Z.
 */
class ChangesOfRecordTest {

    private static final String FETCHED = "2026-03-10T12:00:00Z";
    private static final String ADDRESS = "https://guides.example/walking/rain-jackets";
    private static final String TEXT = "<p>A rain jacket for long walks has to keep the water out without trapping the"
            + " heat a body makes on a climb, and the labels in the shop rarely say how well it does both.</p>"
            + "<p>Start with the fabric: a membrane that breathes is worth its price on walks of several hours, while a"
            + " coated shell does for short trips around town and costs far less.</p>"
            + "<p>Then look at the hood, the cuffs and the pockets, which decide more about a wet day than the fabric"
            + " does once the jacket has been worn for a season or two.</p>";

    private static String ld(String published, String modified) {
        return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Article\","
                + "\"headline\":\"Choosing a rain jacket\",\"datePublished\":\"" + published + "\""
                + (modified.isEmpty() ? "" : ",\"dateModified\":\"" + modified + "\"") + "}</script>";
    }

    private static String page(String lang, String head, String meta, String end) {
        return "<!doctype html><html lang=" + lang + "><head><meta charset=utf-8><title>Choosing a rain jacket | Trail"
                + " Notes</title>" + head + "</head><body><nav><a href=/>Trail Notes</a> <a href=/walking>Walking</a></nav>"
                + "<main><article><h1>Choosing a rain jacket</h1>" + meta + TEXT + "</article>" + end + "</main>"
                + "<footer><p>Trail Notes, a walkers' magazine</p></footer></body></html>";
    }

    private static String day(String html) throws Exception {
        String d = DatePages.sameDayInEveryZone(html, ADDRESS, FETCHED);
        return "none".equals(d) ? "" : d;
    }

    private static final String PUB = "2023-03-14T09:00:00+00:00";
    private static final String MOD = "2024-06-20T11:30:00+00:00";

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "en~<p class=meta>By Jane Example · Last updated: June 20, 2024</p>",
        "en~<p class=byline>Updated on Jun. 20, 2024</p>",
        // the change's day unlabelled under the byline
        "en~<p>June 20, 2024 by Jane Example</p>",
        "de~<p class=meta>Zuletzt aktualisiert: 20.06.2024</p>",
        "fr~<p class=meta>Mis à jour le 20 juin 2024</p>",
    })
    void aChangeShownAloneOverAPublicationOnlySearchEnginesSee(String lang, String meta) throws Exception {
        assertThat(day(page(lang, ld(PUB, MOD), meta, ""))).isEqualTo("2024-06-20");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "en~<p class=meta>Last updated: June 20, 2024</p>",
        "de~<p class=meta>Stand: 20. Juni 2024</p>",
    })
    void microdataIsSchemaOrgsDataToo(String lang, String meta) throws Exception {
        String items = "<meta itemprop=datePublished content=\"" + PUB + "\"><meta itemprop=dateModified content=\"" + MOD + "\">";
        assertThat(day(page(lang, items, meta, ""))).isEqualTo("2024-06-20");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // the head names the publication for every reader (Open Graph, a generic "date")
        "<meta property=\"article:published_time\" content=\"2023-03-14T09:00:00+00:00\">~<p class=meta>Last updated: June 20, 2024</p>~",
        "<meta name=date content=2023-03-14>~<p class=meta>Last updated: June 20, 2024</p>~",
        // the publication is shown as well
        "~<p class=meta>Published March 14, 2023 · Last updated: June 20, 2024</p>~",
        // the shown change is another day than the structured one
        "~<p class=meta>Last updated: May 2, 2024</p>~",
        // the change only after the text, or in a comment
        "~~<section><p>Last updated: June 20, 2024</p></section>",
        "~~<section id=comments><h2>Comments</h2><div class=comment><p class=meta>Sam, June 20, 2024</p><p>Great guide!</p></div></section>",
        // nothing shown
        "~~",
    })
    void thePublicationStays(String head, String meta, String end) throws Exception {
        assertThat(day(page("en", ld(PUB, MOD) + (head == null ? "" : head), meta == null ? "" : meta,
                end == null ? "" : end))).isEqualTo("2023-03-14");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // a news story's update the next day, three days on, six days on: the publication stays
        "2023-03-15T08:40:00+00:00~<p class=meta>Updated March 15, 2023</p>",
        "2023-03-17T08:40:00+00:00~<p class=meta>Stand: 17.03.2023 08:40 Uhr</p>",
        "2023-03-20T08:40:00+00:00~<p class=meta>Last updated: March 20, 2023</p>",
    })
    void anUpdateWithinAWeekKeepsThePublication(String modified, String meta) throws Exception {
        assertThat(day(page("en", ld(PUB, modified), meta, ""))).isEqualTo("2023-03-14");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // a week on is a revision; a structured publication with no structured change stays
        "2023-03-21T08:40:00+00:00~<p class=meta>Last updated: March 21, 2023</p>~2023-03-21",
        "~<p class=meta>Last updated: June 20, 2024</p>~2023-03-14",
    })
    void aWeekOnAndNoStructuredChange(String modified, String meta, String expected) throws Exception {
        assertThat(day(page("en", ld(PUB, modified == null ? "" : modified), meta, ""))).isEqualTo(expected);
    }
}
