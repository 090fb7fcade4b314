package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The writer an author box names ({@link AuthorBoxes}): a photo, the name alone on a line (or the photo's alt) and a
 * bio opening with that name or its first word, in en, de, fr, es, it, nl, pt and pl; read only when the page shows
 * no byline and its metadata names no person. And the boxes that name no writer: two people, a company, a name and
 * bio without a photo, a box in the sidebar. Pages written for this test.
 */
class AuthorBoxesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String TEXT = "<p>The council approved the new footbridge over the canal on Tuesday evening after a long debate"
            + " about its cost, its height above the towpath and the trees that will have to make way for the ramps.</p>"
            + "<p>Work is to begin in the spring and last about eighteen months, the city's planning office said, with the"
            + " towpath closed for six weeks while the deck is lifted into place by a crane brought in from the coast.</p>"
            + "<p>Residents of both banks had asked for a crossing for more than a decade, and a petition last year gathered"
            + " several thousand signatures, more than any other local petition since the harbour was redeveloped.</p>";

    static String page(String head, String after) {
        return "<!doctype html><html lang=en><head><title>New footbridge | The Ledger</title>" + head + "</head><body>"
                + "<header><a href=/>The Ledger</a></header><main><article><h1>Council approves the new footbridge</h1>"
                + TEXT + "</article>" + after + "</main><footer><p>© 2024 The Ledger</p></footer></body></html>";
    }

    static String box(String name, String bio) {
        return "<section class=mt-12><div class=flex><div class=w-24><img src=/p/1.jpg alt=\"" + name + "\"></div>"
                + "<div class=flex-1><h3>" + name + "</h3><p>" + bio + "</p></div></div></section>";
    }

    static Article article(String html) throws Exception {
        return new DensityArticleExtractor(null, CLOCK).extractPage(html, "https://ledger.example/city/footbridge").article();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "Jane Roe # Jane Roe is a city reporter who covers transport and planning. # Jane Roe",
        "Jane Roe # Jane covers transport and planning for the city desk. # Jane Roe",
        "Anna Beispiel # Anna Beispiel ist Redakteurin im Lokalressort. # Anna Beispiel",
        "Jean Dupont # Jean Dupont est journaliste au service Ville. # Jean Dupont",
        "María Ejemplo # María es periodista de la sección de Ciudad. # María Ejemplo",
        "Marco Esempio # Marco Esempio è giornalista della redazione Città. # Marco Esempio",
        "Jan de Vries # Jan de Vries schrijft over verkeer en de stad. # Jan de Vries",
        "João Silva # João Silva é jornalista da secção Cidade. # João Silva",
        "Anna Kowalska # Anna Kowalska jest dziennikarką działu miejskiego. # Anna Kowalska",
        // one name, said twice beside the photo
        "Maya # Maya is the founder of the city desk and edits its transport coverage. # Maya",
    })
    void theBoxNamesTheWriter(String name, String bio, String expected) throws Exception {
        assertThat(article(page("", box(name, bio))).byline()).isEqualTo(expected);
    }

    @Test
    void aRoleBetweenTheNameAndTheBioAndThePhotoInAColumnBeside() throws Exception {
        String after = "<div class=row><div class=col><img src=/p/1.jpg alt=\"\"></div><div class=col><div class=w-full>"
                + "<p class=name>Jane Roe</p><h6>City Reporter</h6><div class=bio><p>Jane is a reporter who covers the"
                + " city's transport.</p></div></div></div></div>";
        assertThat(article(page("", after)).byline()).isEqualTo("Jane Roe");
    }

    @Test
    void thePhotosAltNamesThePersonBeforeTheBio() throws Exception {
        String after = "<div class=about><p><img src=/p/1.jpg alt=\"Jane Roe\"></p>"
                + "<p>Jane Roe is a freelance writer who covers travel and hotels.</p></div>";
        assertThat(article(page("", after)).byline()).isEqualTo("Jane Roe");
    }

    @Test
    void readWhenTheMetadataNamesASiteOrATeamNotWhenItNamesAPerson() throws Exception {
        String b = box("Jane Roe", "Jane Roe is a city reporter who covers transport.");
        assertThat(article(page("<meta name=author content=\"Ledger\">", b)).byline()).isEqualTo("Jane Roe");
        assertThat(article(page("<meta name=author content=\"Ledger Team\">", b)).byline()).isEqualTo("Jane Roe");
        assertThat(article(page("<meta name=author content=\"John Doe\">", b)).byline()).isEqualTo("John Doe");
    }

    @Test
    void aShownBylineOutranksTheBox() throws Exception {
        String html = page("", box("John Doe", "John Doe is the council's chief engineer and has led the project."))
                .replace("</h1>", "</h1><p class=byline>By Jane Roe</p>");
        assertThat(article(html).byline()).isEqualTo("Jane Roe");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // a company's box with its logo, in English and German
        "Acme Bridges # Acme Bridges is a leading engineering company that designs footbridges.",
        "Muster Brückenbau # Muster Brückenbau ist ein führendes Unternehmen für Brücken aus Stahl.",
        // a style or a product described as a person would be: nothing in it says a person
        "Mid Century # Mid Century is a furniture style with clean lines, tapered legs and warm woods.",
        "Quill Notes # Quill Notes is an app that keeps your drafts in sync across devices.",
        // the person's word comes in a later sentence, about something else
        "Pathway # Pathway is one of the oldest static site generators around. Its developer community is large.",
        // the bio names someone else
        "Jane Roe # John Doe is the council's chief engineer and has led the project.",
        // a sentence, not a name, on the line
        "Meet the team behind the paper # Meet is a word.",
    })
    void boxesThatNameNoWriter(String name, String bio) throws Exception {
        assertThat(article(page("", box(name, bio))).byline()).isNull();
    }

    @Test
    void twoPeoplesBoxesNameNoSingleWriter() throws Exception {
        String two = box("Jane Roe", "Jane Roe is a city reporter.") + box("John Doe", "John Doe is a photographer.");
        assertThat(article(page("", two)).byline()).isNull();
        // the same person twice (a box repeated for small screens) is one writer
        String same = box("Jane Roe", "Jane Roe is a city reporter.") + box("Jane Roe", "Jane Roe is a city reporter.");
        assertThat(article(page("", same)).byline()).isEqualTo("Jane Roe");
    }

    @Test
    void aNameAndBioWithoutAPhotoOrInTheSidebarNameNoWriter() throws Exception {
        String noPhoto = "<div class=box><h3>John Doe</h3><p>John Doe is the council's chief engineer.</p></div>";
        assertThat(article(page("", noPhoto)).byline()).isNull();
        String sidebar = "<aside>" + box("Jane Roe", "Jane Roe writes the city's best-loved blog.") + "</aside>";
        assertThat(article(page("", sidebar)).byline()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void aBoxInsideALongArticleIsNoAuthorBox(boolean photoFirst) {
        // the name's heading sits in the article's text; the photo's box is the whole article, too large to be a box,
        // whether its photo comes before the text or after it
        String photo = "<img src=/p/1.jpg alt=\"\">";
        StringBuilder many = new StringBuilder("<article><h1>Headline</h1>").append(photoFirst ? photo : "");
        for (int i = 0; i < 70; i++) {
            many.append("<p>Paragraph ").append(i).append(" of the story.</p>");
        }
        many.append(photoFirst ? "" : photo).append("<h3>John Doe</h3><p>John Doe is the council's chief engineer.</p></article>");
        Document doc = Jsoup.parse("<html><body>" + many + "</body></html>");
        assertThat(AuthorBoxes.find(doc, null, doc.selectFirst("h1"))).isNull();
    }
}
