package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import dev.precis.model.Article;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bylines beside a label or an icon ({@link BylineLabels}) in en, de, fr, es, it, nl, pt, pl and ru, the article's
 * own h1 bounding the chrome test (a logo's empty h1 first, the article inside a box whose class says "sidebar"),
 * a marked box holding the day and the name apart, the WordPress data layer's author as a last resort, and a
 * day's abbreviation that is no credit. Pages written for this test.
 */
class BylineLabelsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    static String page(String lang, String head, String meta) {
        return "<!doctype html><html lang=\"" + lang + "\"><head><title>Neue Brücke | Lokalblatt</title>" + head + "</head><body>"
                + "<div class=top><a href=/>Lokalblatt</a></div><div class=content><h1>Neue Brücke über den Fluss</h1>"
                + meta + LocaleDateFormsTest.paragraphs() + "</div></body></html>";
    }

    static Article article(String html) throws Exception {
        return new DensityArticleExtractor(null, CLOCK).extractPage(html, "https://news.example/lokales/bruecke").article();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a label heading, the name in the next box (a meta table beside the headline)
        "en # <div class=facts><div class=item><h3>Published</h3><p>May 3, 2024</p></div><div class=item><h3>Author</h3>"
                + "<p>Jane Q. Doe</p></div></div> # Jane Q. Doe",
        "de # <dl class=infos><dt>Autorin</dt><dd>Anna Beispiel</dd></dl> # Anna Beispiel",
        "fr # <div class=infos><h3>Auteur</h3><div>Marie Exemple</div></div> # Marie Exemple",
        "es # <div class=ficha><h4>Autor:</h4><p>Ana García</p></div> # Ana García",
        "it # <div class=scheda><h3>Autore</h3><span>Marco Rossi</span></div> # Marco Rossi",
        "nl # <div class=meta><h4>Geschreven door</h4><p>Jan de Vries</p></div> # Jan de Vries",
        "pt # <div class=ficha><h3>Autores</h3><p>João Silva e Maria Costa</p></div> # João Silva e Maria Costa",
        "pl # <div class=info><h4>Autorka</h4><p>Anna Kowalska</p></div> # Anna Kowalska",
        "ru # <div class=info><h4>Автор</h4><p>Иван Петров</p></div> # Иван Петров",
        // the label in bold, the name after it in the same line
        "en # <div class=tags><div><strong>Contributors:</strong> Jane Doe</div></div> # Jane Doe",
        "de # <p class=info><b>Autor:</b> <a href=/team>Max Muster</a></p> # Max Muster",
        // a person icon in the meta line, no class or word naming the author
        "en # <div class=entry-meta><ul><li><i class=\"bi bi-person\"></i> Jane Doe</li><li><i class=\"bi bi-clock\"></i>"
                + " May 3, 2024</li></ul></div> # Jane Doe",
        "fr # <p class=meta><span class=\"icon icon-user\"></span>Marie Exemple</p> # Marie Exemple",
    })
    void namesBesideALabelOrIcon(String lang, String meta, String expected) throws Exception {
        assertThat(article(page(lang, "", meta)).byline()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a label whose next box is no name
        "<div class=facts><h3>Author</h3><p>Our writers cover roads, bridges and the budgets that pay for them.</p></div>",
        // an account icon in the page's masthead
        "<header><a href=/login><i class=\"fa fa-user\"></i> My Account</a></header>",
        "<header><span><i class=\"fa fa-user\"></i> My Account</span></header>",
        // an icon titling a dialog, a link to the list of authors, a count beside a people icon
        "<div class=modal><h5 class=modal-title><i class=\"fas fa-user-check\"></i> Ergonomic Evaluation Tool</h5></div>",
        "<p><a href=/authors.html>Authors</a> -- <a href=/titles.html>Titles</a> -- <a href=/subjects.html>Subjects</a></p>",
        "<div class=stats><span class=badge><i class=\"fa fa-user\"></i> 12 Posters</span></div>",
        // a list of authors in a sidebar
        "<aside><h3>Authors</h3><ul><li><a href=/team/jane>Jane Doe</a></li><li><a href=/team/john>John Roe</a></li></ul></aside>",
    })
    void labelsAndIconsThatNameNoAuthor(String meta) throws Exception {
        assertThat(article(page("en", "", meta)).byline()).isNull();
    }

    @Test
    void theArticlesOwnH1BoundsTheChromeTest() throws Exception {
        // a logo's empty h1 comes first; the article sits in a box whose class says "sidebar"
        String html = "<!doctype html><html lang=en><head><title>New bridge | Local Paper</title></head><body>"
                + "<div class=top><h1 class=logo><a href=/><img src=/logo.png alt=\"\"></a></h1></div>"
                + "<div class=\"sidebar_content\" id=content><article class=post><div class=entry-header><h1>New bridge over"
                + " the river</h1><p class=post-meta><span class=author><a href=\"/blog/author/jane/\">Jane Doe</a></span>"
                + "</p></div>" + LocaleDateFormsTest.paragraphs() + "</article></div></body></html>";
        assertThat(article(html).byline()).isEqualTo("Jane Doe");
    }

    @Test
    void aMarkedBoxWithTheDayAndTheNameApart() throws Exception {
        String meta = "<div class=\"styles_dateAndAuthorContainer\"><span>Dec 17, 2025</span><span>Jane K. Doe</span></div>";
        assertThat(article(page("en", "", meta)).byline()).isEqualTo("Jane K. Doe");
        // a child that is one word (the piece's kind) is no name
        String kind = "<div class=\"styles_dateAndAuthorContainer\"><span>Dec 17, 2025</span><span>Guide</span></div>";
        assertThat(article(page("en", "", kind)).byline()).isNull();
    }

    @Test
    void theDataLayersAuthorIsTheLastResort() throws Exception {
        String head = "<script>var dataLayer_content = {\"pagePostType\":\"post\",\"pagePostAuthor\":\"Jane Doe\"};</script>";
        assertThat(article(page("en", head, "")).byline()).isEqualTo("Jane Doe");
        // a shown byline wins over it
        assertThat(article(page("en", head, "<p class=byline>By John Roe</p>")).byline()).isEqualTo("John Roe");
        // a login name is no credit
        String login = "<script>var dataLayer_content = {\"pagePostAuthor\":\"jane.doe\"};</script>";
        assertThat(article(page("en", login, "")).byline()).isNull();
    }

    @Test
    void aScholarlyPagesCitationAuthorsAreItsAuthors() throws Exception {
        String head = "<meta name=\"citation_author\" content=\"Jane Q. Doe\"><meta name=\"citation_author\" content=\"Roe, John\">"
                + "<meta name=\"citation_author\" content=\"Anna Beispiel\">";
        Article a = article(page("en", head, ""));
        assertThat(a.byline()).isEqualTo("Jane Q. Doe, John Roe, Anna Beispiel");
    }

    @Test
    void aWeekdayLeftOfADateLineIsNoCredit() throws Exception {
        assertThat(article(page("en", "", "<div class=byline>Sat, 20 Dec, 2025 - 06:36</div>")).byline()).isNull();
    }
}
