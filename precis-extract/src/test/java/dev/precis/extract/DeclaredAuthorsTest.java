package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.ExtractedPage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Bylines from what a page declares (JSON-LD, meta, Yoast's reading card) against what it shows. */
class DeclaredAuthorsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

    private static ExtractedPage extract(String head, String top, String bottom) throws ExtractionException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            body.append("<p>The council debated the new bridge over the river for most of the evening and changed "
                    + "the administration's plans in several respects before the final vote. ").append(i).append("</p>\n");
        }
        String html = "<!doctype html><html lang=en><head><title>New bridge | Town Paper</title>"
                + "<meta property=og:site_name content=\"Town Paper\">" + head + "</head><body><main><article>"
                + "<h1>New bridge over the river</h1>" + top + body + bottom + "</article></main></body></html>";
        return new DensityArticleExtractor(null, CLOCK).extractPage(html, "https://town.example/news/bridge");
    }

    private static String ldAuthor(String author) {
        return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"New bridge over the river\",\"author\":" + author + "}</script>";
    }

    @Test
    void yoastsWrittenByCardNamesTheAuthor() throws Exception {
        String head = "<meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" content=\"Jane Doe\">"
                + "<meta name=\"twitter:label2\" content=\"Est. reading time\"><meta name=\"twitter:data2\" content=\"3 minutes\">";
        assertThat(extract(head, "", "").article().byline()).isEqualTo("Jane Doe");
        String de = "<meta name=\"twitter:label1\" content=\"Verfasst von\"><meta name=\"twitter:data1\" content=\"Anna Beispiel\">";
        assertThat(extract(de, "", "").authors()).containsExactly("Anna Beispiel");
    }

    @Test
    void aDeclaredAuthorThatIsNoPersonIsStillTheByline() throws Exception {
        ExtractedPage team = extract(ldAuthor("{\"@type\":\"Organization\",\"name\":\"Bridge Desk Team\"}"), "", "");
        assertThat(team.article().byline()).isEqualTo("Bridge Desk Team");
        assertThat(team.authors()).isEmpty();
        assertThat(extract("<meta name=author content=\"jdoe_42\">", "", "").article().byline()).isEqualTo("jdoe_42");
        // e-mail addresses and addresses of pages are never bylines
        assertThat(extract("<meta name=author content=\"jane@town.example\">", "", "").article().byline()).isNull();
    }

    @Test
    void structuredAuthorsOutrankAMarkedBoxThatNamesSomeoneElse() throws Exception {
        String ld = ldAuthor("{\"@type\":\"Person\",\"name\":\"Kamil Nowak\"}");
        String box = "<div class=\"author-list\"><div class=\"member-name\">Ben Adams</div></div>";
        assertThat(extract(ld, box, "").article().byline()).isEqualTo("Kamil Nowak");
        // an explicit "By …" line the readers see still wins
        assertThat(extract(ld, "<p class=by>By: Paul Ferrari</p>", "").article().byline()).isEqualTo("Paul Ferrari");
    }

    @Test
    void aHeadingThatStartsWithByIsASectionTitleUnlessItSaysWrittenBy() throws Exception {
        String sections = "<h3><b>By Functionality</b></h3><p>Apps can be grouped by what they do for their users.</p>";
        assertThat(extract("", "", sections).article().byline()).isNull();
        assertThat(extract("", "", "<h3>Written by Cassidy Horne</h3>").article().byline()).isEqualTo("Cassidy Horne");
    }
}
