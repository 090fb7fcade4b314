package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.ExtractedPage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An article page that names no writer is credited to the publisher it declares ({@link PublisherCredits}); a page
 * that names one keeps it, and a host name or a lower-case handle is no credit. Pages written for this test.
 */
class PublisherCreditsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String TEXT = "<p>A reading lamp should light the page and not the room, so the first thing to look at is"
            + " how far the shade reaches over the chair and whether the bulb can be seen from the side.</p>"
            + "<p>Warm light is easier on the eyes late in the evening, while a cooler tone helps with fine work such as"
            + " sewing or model building, where colours have to be told apart at a short distance.</p>"
            + "<p>A lamp with an arm that moves in two places can follow the reader from the sofa to the desk, and a"
            + " heavy base keeps it standing when the arm is pulled all the way out over the table.</p>";

    static String page(String head, String underHeadline) {
        return "<!doctype html><html lang=en><head><title>How to choose a reading lamp</title>" + head + "</head><body>"
                + "<header><a href=/>Home</a></header><main><article><h1>How to choose a reading lamp</h1>"
                + underHeadline + "<div class=content>" + TEXT + "</div></article></main>"
                + "<footer><p>Shipping and returns</p></footer></body></html>";
    }

    static ExtractedPage extract(String html) throws Exception {
        return new DensityArticleExtractor(null, CLOCK).extractPage(html, "https://lamps.example/blog/reading-lamp");
    }

    @Test
    void anArticleThatNamesNoWriterIsCreditedToItsPublisher() throws Exception {
        ExtractedPage p = extract(page("<meta property=og:site_name content=\"Lumen Lamp Works\">", ""));
        assertThat(p.article().byline()).isEqualTo("Lumen Lamp Works");
        // no person is named: the authors stay empty
        assertThat(p.authors()).isEmpty();
    }

    @Test
    void theSiteNamesSloganIsCut() throws Exception {
        ExtractedPage p = extract(page("<meta property=og:site_name content=\"Lumen - - Light for Readers\">", ""));
        assertThat(p.article().byline()).isEqualTo("Lumen");
    }

    @Test
    void aWriterThePageNamesKeepsTheByline() throws Exception {
        ExtractedPage p = extract(page("<meta property=og:site_name content=\"Lumen Lamp Works\">",
                "<p class=byline>By Jane Roe</p>"));
        assertThat(p.article().byline()).isEqualTo("Jane Roe");
    }

    @Test
    void anAuthorInTheMetadataKeepsTheByline() throws Exception {
        ExtractedPage p = extract(page("<meta property=og:site_name content=\"Lumen Lamp Works\"><meta name=author content=\"Peter Stone\">", ""));
        assertThat(p.article().byline()).isEqualTo("Peter Stone");
    }

    @Test
    void aPageThatDeclaresNoSiteNameHasNoByline() throws Exception {
        // the site name falls back to the host, which credits no one
        assertThat(extract(page("", "")).article().byline()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Lumen Lamp Works # Lumen Lamp Works",
        "Lumen | Light for readers # Lumen",
        "Lumen – Light for readers # Lumen",
        "Lumen: Light for readers # Lumen",
        "Owen Example # Owen Example",
    })
    void theCreditIsTheSiteNameWithoutItsSlogan(String siteName, String credit) {
        assertThat(PublisherCredits.of(siteName)).isEqualTo(credit);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {"lamps.example", "www.lumen-lamps.co.uk", "lumenlamps", "Home", "''"})
    void aHostAHandleOrAPageWordIsNoCredit(String siteName) {
        assertThat(PublisherCredits.of(siteName)).isNull();
    }

    @Test
    void noSiteNameIsNoCredit() {
        assertThat(PublisherCredits.of(null)).isNull();
    }
}
