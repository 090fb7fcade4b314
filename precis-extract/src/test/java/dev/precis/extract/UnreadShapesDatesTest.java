package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shapes a coverage audit of the date readers found unread (each of these pages got no date before its rule):
 * meta names for a post's creation and a paper's online day, Parse.ly's JSON tag, meta names for a change when
 * nothing else dates the page, microdata's upload day, schema.org's RDFa names without a prefix, a live blog's
 * coverage start, Czech month names, and relative times with no number ("godzinę temu", "час назад",
 * "un'ora fa"). Each page is read under Berlin, Paris, New York and Tokyo clocks ({@link DatePages#ZONES}) but the
 * relative times, which count back in the reader's own day.
 */
class UnreadShapesDatesTest {

    private static final String ADDRESS = "https://news.example/lokales/bruecke";
    private static final String FETCHED = "2024-03-10T01:30:00Z";

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "en~<meta name=\"post_date\" content=\"2019-06-29\">~2019-06-29",
        "fr~<meta name=\"creation_date\" content=\"29/06/2019\">~2019-06-29",
        "en~<meta name=\"citation_online_date\" content=\"2019/06/29\">~2019-06-29",
        "en~<meta name=\"parsely-page\" content='{\"title\":\"Bridge\",\"pub_date\":\"2019-06-29T10:00:00Z\"}'>~2019-06-29",
        "en~<meta name=\"parsely-page\" content='{\"title\":\"Bridge\",\"pub_date\":'>~none",
        "de~<meta itemprop=\"uploadDate\" content=\"2019-06-29T10:00:00+02:00\">~2019-06-29",
        "en~<script type=\"application/ld+json\">{\"@type\":\"LiveBlogPosting\",\"coverageStartTime\":\"2019-06-29T10:00:00+02:00\"}</script>~2019-06-29",
        "en~<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"coverageStartTime\":\"2019-06-29T10:00:00+02:00\"}</script>~none",
    })
    void metaAndStructuredNames(String lang, String head, String expected) throws Exception {
        String html = LocaleDateFormsTest.page(lang, head, "");
        assertThat(DatePages.sameDayInEveryZone(html, ADDRESS, FETCHED)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "<meta property=\"article:updated_time\" content=\"2019-06-29T10:00:00+02:00\">~2019-06-29",
        "<meta name=\"last-updated\" content=\"2019-06-29\">~2019-06-29",
        "<meta name=\"date_modified\" content=\"2019-06-29\">~2019-06-29",
        "<meta name=\"DC.modified\" content=\"2019-06-29\">~2019-06-29",
        // (a publication's name is no change's)
        "<meta name=\"publish_updated\" content=\"2019-06-29\">~none",
    })
    void aChangeIsTheOnlyDateKnown(String head, String modified) throws Exception {
        String html = LocaleDateFormsTest.page("en", head, "");
        String published = "none".equals(modified) ? null : modified;
        DatePages.assertDaysInEveryZone(html, published, published);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // such a name is a last resort: a publication the page labels wins, and so does a change it shows
        "<meta name=\"last-updated\" content=\"2019-07-02\">~<p>Veröffentlicht am 29.06.2019</p>~2019-06-29~",
        "<meta name=\"last-updated\" content=\"2019-07-02\">~<p>Aktualisiert am 03.07.2019</p>~2019-07-03~2019-07-03",
    })
    void aChangeBesideAShownDate(String head, String meta, String published, String modified) throws Exception {
        DatePages.assertDaysInEveryZone(LocaleDateFormsTest.page("de", head, meta), published, modified);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // schema.org's RDFa names without a prefix
        "en~<div vocab=\"https://schema.org/\" typeof=\"NewsArticle\"><span property=\"datePublished\" content=\"2019-06-29\">Sa</span></div>~2019-06-29",
        "en~<div vocab=\"https://schema.org/\" typeof=\"NewsArticle\"><span property=\"dateCreated\" content=\"2019-06-29\">Sa</span></div>~2019-06-29",
        // (a name that merely ends like one is none of them)
        "en~<div><span property=\"og:xdatePublished\" content=\"2019-06-29\">Sa</span></div>~none",
        // Czech month names, in the genitive a day takes
        "cs~<p>29. června 2019</p>~2019-06-29",
        "cs~<p>Publikováno 1. května 2019</p>~2019-05-01",
        "cs~<p>Aktualizováno 3. července 2019 | Publikováno 2. července 2019</p>~2019-07-02",
    })
    void shownInTheBody(String lang, String meta, String expected) throws Exception {
        assertThat(DatePages.sameDayInEveryZone(LocaleDateFormsTest.page(lang, "", meta), ADDRESS, FETCHED)).isEqualTo(expected);
    }

    /**
     * Read at 2024-03-10T01:30Z (02:30 in Berlin and Paris, whose day a relative time is counted in): an hour or a
     * few minutes earlier is still 10 March there, a week earlier is 3 March.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "pl~<p>godzinę temu</p>~2024-03-10",
        "pl~<p>tydzień temu</p>~2024-03-03",
        "ru~<p>час назад</p>~2024-03-10",
        "ru~<p>10 минут назад</p>~2024-03-10",
        "ru~<p>минуту назад</p>~2024-03-10",
        "it~<p>un'ora fa</p>~2024-03-10",
        "it~<p>un’ora fa</p>~2024-03-10",
        // ("ora" is also "now": without its article it is no hour)
        "it~<p>ora fa caldo</p>~none",
    })
    void relativeTimesWithoutANumber(String lang, String meta, String expected) throws Exception {
        for (String zone : new String[] {"Europe/Berlin", "Europe/Paris"}) {
            String day = DatePages.published(zone, LocaleDateFormsTest.page(lang, "", meta));
            assertThat(day == null ? "none" : day).as(zone).isEqualTo(expected);
        }
    }
}
