package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bylines no author mark introduces ({@link UnmarkedBylines}, {@link AuthorNames}' archive phrases): the writer's
 * avatar and name in the meta line under the headline, a lower-case handle after "by" beside the date, and an
 * author's archive or profile link ("View all posts by …") in eight languages; and the lines that name no writer.
 * Pages written for this test.
 */
class UnmarkedBylinesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String TEXT = "<p>The council approved the new footbridge over the canal on Tuesday evening after a long debate"
            + " about its cost, its height above the towpath and the trees that will have to make way for the ramps.</p>"
            + "<p>Work is to begin in the spring and last about eighteen months, the city's planning office said, with the"
            + " towpath closed for six weeks while the deck is lifted into place by a crane brought in from the coast.</p>"
            + "<p>Residents of both banks had asked for a crossing for more than a decade, and a petition last year gathered"
            + " several thousand signatures, more than any other local petition since the harbour was redeveloped.</p>";

    /** A page whose article holds {@code underHeadline} after its h1 and {@code afterArticle} after it. */
    static String page(String underHeadline, String afterArticle) {
        return "<!doctype html><html lang=en><head><title>New footbridge | The Ledger</title></head><body>"
                + "<header><a href=/>The Ledger</a></header><main><article><h1>Council approves the new footbridge</h1>"
                + underHeadline + "<div class=content>" + TEXT + "</div></article>" + afterArticle
                + "</main><footer><p>© 2024 The Ledger</p></footer></body></html>";
    }

    static Article article(String html) throws Exception {
        return new DensityArticleExtractor(null, CLOCK).extractPage(html, "https://ledger.example/city/footbridge").article();
    }

    static String avatarLine(String name, String alt) {
        return "<div class=\"mt-4 text-sm flex\"><span class=mr-1>2024-03-05</span><span class=mx-1>·</span>"
                + "<a class=\"inline-flex gap-1\"><img src=/avatar.png alt=\"" + alt + "\" class=\"h-4 w-4\">"
                + "<div class=group-hover>" + name + "</div></a></div>";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {"Jane Roe", "Anna Beispiel", "Jan de Vries", "Jean-Luc Dupont"})
    void theAvatarUnderTheHeadlineNamesTheWriter(String name) throws Exception {
        Article a = article(page(avatarLine(name, name), ""));
        assertThat(a.byline()).isEqualTo(name);

    }

    @Test
    void anAvatarWithoutADayBesideItCounts() throws Exception {
        Article a = article(page("<div class=meta><span class=flex><img src=/a.jpg alt=\"Jane Roe\"><span>Jane Roe</span></span></div>", ""));
        assertThat(a.byline()).isEqualTo("Jane Roe");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // the alt is empty or no name: nothing repeats the name beside the photo
        "Jane Roe # ''",
        "Jane Roe # Profile picture",
        // the alt names someone else than the text beside it
        "Jane Roe # John Doe",
    })
    void anAvatarWhoseAltIsNotTheNameBesideItNamesNoWriter(String name, String alt) throws Exception {
        assertThat(article(page(avatarLine(name, alt), "")).byline()).isNull();
    }

    @Test
    void aPhotoAndItsCaptionUnderTheHeadlineNameNoWriter() throws Exception {
        String figure = "<figure><img src=/m/canal.jpg alt=\"Canal Street\"><figcaption>Canal Street</figcaption></figure>";
        assertThat(article(page(figure, "")).byline()).isNull();
    }

    @Test
    void anAvatarFarFromTheHeadlineIsNotItsByline() throws Exception {
        // a commenter's avatar and name after the article
        String comment = "<section class=comments><div class=c><img src=/u.png alt=\"John Doe\"><span>John Doe</span></div>"
                + "<p>Great news for the towpath.</p></section>";
        assertThat(article(page("", comment)).byline()).isNull();
    }

    static String dated(String credit) {
        return "<div class=post-date><p><span class=field><time datetime=\"2024-03-05T10:00:00Z\">03/05 — 2024</time></span></p>"
                + "<p>" + credit + " </p></div>";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {"by jroe # jroe", "von abeispiel # abeispiel", "by jane.roe # jane.roe", "par jdupont # jdupont"})
    void aHandleBesideTheDateIsTheByline(String credit, String expected) throws Exception {
        assertThat(article(page(dated(credit), "")).byline()).isEqualTo(expected);
    }

    @Test
    void aHandleThatIsAPageWordOrStandsWithoutADateIsNoByline() throws Exception {
        assertThat(article(page(dated("by admin"), "")).byline()).isNull();
        assertThat(article(page("<div class=tools><p>Sorted</p><p>by relevance</p></div>", "")).byline()).isNull();
    }

    static String archiveLink(String text) {
        return "<div class=post-footer><a class=author-link href=\"/author/x/\">" + text + "</a></div>";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "View all posts by Jane Roe # Jane Roe",
        "More from Jane Roe # Jane Roe",
        "Follow Jane Roe # Jane Roe",
        "Ver todas las entradas de María Ejemplo # María Ejemplo",
        "Más artículos de María Ejemplo # María Ejemplo",
        "Tutti gli articoli di Marco Esempio # Marco Esempio",
        "Altri articoli di Marco Esempio # Marco Esempio",
        "Alle berichten van Jan de Vries # Jan de Vries",
        "Ver todos os artigos de João Silva # João Silva",
        "Wszystkie wpisy autora Anna Kowalska # Anna Kowalska",
        "Alle Beiträge von Anna Beispiel # Anna Beispiel",
        "Tous les articles de Jean Dupont # Jean Dupont",
    })
    void anArchiveLinkNamesTheWriterWithoutItsPhrase(String link, String expected) throws Exception {
        Article a = article(page("", archiveLink(link)));
        assertThat(a.byline()).isEqualTo(expected);

    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {"Follow Us", "Folgen Sie uns"})
    void aFollowUsLinkOrASectionNamesNoWriter(String link) throws Exception {
        Article a = article(page("", "<div class=author-social><a href=\"https://social.example/ledger\">" + link + "</a></div>"));
        assertThat(a.byline()).isNull();

    }

    @Test
    void aNameAfterTheArchiveWordsInLowerCaseKeepsItsWords() {
        // the phrase is cut only before a capitalised word: "more from the city" is no name either way
        assertThat(AuthorNames.clean("View all posts by Jane Roe")).isEqualTo("Jane Roe");
        assertThat(AuthorNames.clean("more from the city")).isEqualTo("more from the city");
        assertThat(AuthorNames.split("Alle Beiträge von Anna Beispiel", null)).containsExactly("Anna Beispiel");
    }
}
