package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date shapes of common CMS templates that the eighteenth session's probe pages found unread: a news record's
 * date in a box named "footer" inside the post's own box (TYPO3's news template), an ordinal's suffix set in
 * superscript ("1<sup>er</sup> mars 2024"), a date box whose parts stand on lines of their own, and short meta
 * names ("ptime", "pub-date"); and the page type's evidence from dates under a heading naming a related list.
 * Pages written for this test, read without a fetch time; each case under Berlin, Paris, New York and Tokyo
 * clocks fixed at 2024-03-20T01:30Z.
 */
class CmsDateShapesTest {

    private static final String ADDRESS = "https://stadtblatt.example/lokales/markthalle-wird-saniert";

    private static String text(String lang) {
        String p = "fr".equals(lang)
                ? "Le conseil municipal a décidé mardi soir, après un long débat, de rénover l'ancienne halle du marché"
                        + " et d'y accueillir des producteurs de la région au rez-de-chaussée."
                : "Der Stadtrat hat am Dienstagabend nach langer Debatte beschlossen, die alte Markthalle zu sanieren"
                        + " und im Erdgeschoss Platz für regionale Händler zu schaffen.";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            b.append("<p>").append(p).append(' ').append(i).append("</p>");
        }
        return b.toString();
    }

    private static String page(String lang, String head, String body) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><meta charset=utf-8><title>Markthalle | Stadtblatt</title>"
                + head + "</head><body><div id=header><a href=/>Stadtblatt</a></div>" + body
                + "<div id=footer>© 2024 Stadtblatt · 01.01.2024</div></body></html>";
    }

    private static String day(String html) throws Exception {
        return DatePages.sameDayInEveryZone(html, ADDRESS, "2024-03-20T01:30:00Z");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // TYPO3's news record: the date in a box named "footer" inside the article's microdata item
        "<div class=\"news news-single\"><div class=article itemscope itemtype=\"http://schema.org/Article\"><div class=header>"
            + "<h3 itemprop=headline>Alte Markthalle wird saniert</h3></div><div class=footer><p><span class=news-list-date>"
            + "<time itemprop=datePublished datetime=2024-03-12>12.03.2024</time></span></p></div>"
            + "<div class=news-text-wrap itemprop=articleBody>TEXT</div></div></div>|2024-03-12",
        // or in a box named for the post that holds the h1, with no <time>
        "<div class=article><div class=header><h1>Alte Markthalle wird saniert</h1></div><div class=footer><p>"
            + "<span class=news-list-date>12.03.2024</span></p></div><div>TEXT</div></div>|2024-03-12",
        // guard: a page's own footer (not in the post's box) still dates nothing
        "<div class=article><h1>Alte Markthalle wird saniert</h1><div>TEXT</div></div>|none",
    })
    void aFooterInsideThePostsOwnBoxIsTheArticles(String body, String expected) throws Exception {
        assertThat(day(page("de", "", body.replace("TEXT", text("de"))))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|<div class=meta>Publié le 1<sup>er</sup> mars 2024</div>|2024-03-01",
        "fr|<div class=meta>1<sup>er</sup> mars 2024</div>|2024-03-01",
        "en|<div class=meta>Posted on March 12<sup>th</sup>, 2024</div>|2024-03-12",
        // guard: a footnote's number in superscript is no ordinal
        "de|<p>Die Kosten<sup>1</sup> steigen. Stand 12<sup>3</sup></p>|none",
    })
    void anOrdinalsSuffixInSuperscriptJoinsItsNumber(String lang, String meta, String expected) throws Exception {
        String h1 = "fr".equals(lang) ? "L'ancienne halle du marché sera rénovée" : "Alte Markthalle wird saniert";
        assertThat(day(page(lang, "", "<main><article><h1>" + h1 + "</h1>" + meta + text(lang) + "</article></main>")))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<div class=datum>12.<br>März<br>2024</div>|2024-03-12",
        "<div class=date><div class=day>12</div><div class=month>Mär</div><div class=year>2024</div></div>|2024-03-12",
        "<div class=date><p>12.</p><p>März 2024</p></div>|2024-03-12",
        // guards: parts in a box not named a date, and a date box too long to be one date
        "<div class=kasten><div>12</div><div>März</div><div>2024</div></div>|none",
        "<div class=date><div>12</div><div>Besucher kamen im März zur Eröffnung der Halle</div><div>2024</div></div>|none",
    })
    void aDateBoxWhosePartsStandOnLinesOfTheirOwnIsOneDate(String box, String expected) throws Exception {
        String body = "<main><article>" + box + "<h1>Alte Markthalle wird saniert</h1>" + text("de") + "</article></main>";
        assertThat(day(page("de", "", body))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ptime|2024-03-12 14:05:00|2024-03-12",
        "pub-date|2024-03-12|2024-03-12",
        "article_date|2024-03-12|2024-03-12",
        "dcterms.available|2024-03-12|2024-03-12",
        // guard: a generic name yields to an earlier publication the page labels
        "date_created|2024-03-19|2024-03-12",
    })
    void shortMetaNamesStateThePublication(String name, String value, String expected) throws Exception {
        String meta = name.startsWith("date_created") ? "<p class=meta>Veröffentlicht am 12.03.2024</p>" : "";
        String body = "<main><article><h1>Alte Markthalle wird saniert</h1>" + meta + text("de") + "</article></main>";
        assertThat(day(page("de", "<meta name=\"" + name + "\" content=\"" + value + "\">", body))).isEqualTo(expected);
    }

    private static MetadataReader.Metadata metadata(String after) {
        String html = page("de", "", "<main><article><h1>Alte Markthalle wird saniert</h1>" + text("de") + after
                + "</article></main>");
        Clock clock = Clock.fixed(Instant.parse("2024-03-20T01:30:00Z"), ZoneId.of("Europe/Berlin"));
        return new MetadataReader(clock, false).read(Jsoup.parse(html, ADDRESS), ADDRESS);
    }

    @Test
    void datesUnderARelatedListCountForThePageTypeButDateNothing() {
        String related = "<section><h2>Mehr zum Thema</h2><ul><li><time datetime=2024-03-01>01.03.2024</time>"
                + " <a href=/a>Hallenbad bleibt länger zu</a></li></ul></section>";
        MetadataReader.Metadata listed = metadata(related);
        assertThat(listed.published()).isNull();
        assertThat(listed.dated()).isTrue();
        // guards: the same list without dates, and a page without such a list, are no evidence
        assertThat(metadata(related.replaceAll("<time[^/]*/time>", "")).dated()).isFalse();
        assertThat(metadata("").dated()).isFalse();
    }
}
