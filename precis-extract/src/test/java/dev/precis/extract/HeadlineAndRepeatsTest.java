package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Three structural cases of the open web: several h1s on a page, an article sent twice, and a page
 * builder's text boxes named like widgets.
 */
class HeadlineAndRepeatsTest {

    private static String title(String head, String body) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", "https://shop.example/");
        return TitleChooser.choose(doc, null, null);
    }

    @Test
    void amongSeveralH1sTheOneTheMetaTitleNamesIsTheHeadline() {
        String head = "<title>Cleaning costs in Lyon, explained - Maison Propre</title>"
                + "<meta property=og:title content=\"Cleaning costs in Lyon, explained - Maison Propre\">";
        String body = "<h1>Maison Propre Services</h1><article><h1>Cleaning costs in Lyon, explained</h1>"
                + "<p>Text.</p><h1>Subscribe to our letter</h1></article>";
        assertThat(title(head, body)).isEqualTo("Cleaning costs in Lyon, explained");
    }

    @Test
    void severalH1sNoneOfThemNamedStillFallBackToTheMetaTitle() {
        String head = "<meta property=og:title content=\"Wie man Brot backt\">";
        assertThat(title(head, "<h1>Rezepte</h1><h1>Newsletter</h1>")).isEqualTo("Wie man Brot backt");
    }

    private static final String PARA_A = "Renovating a kitchen in the city costs more than in the country, because"
            + " labour and permits are dearer and the buildings are older.";
    private static final String PARA_B = "Plan the budget with a margin of a fifth for surprises behind the walls,"
            + " and ask for three written offers before you sign anything.";

    @Test
    void anArticleSentTwiceIsReadOnce() {
        String copy = "<h2>Costs</h2><p>" + PARA_A + "</p><h2>Planning</h2><p>" + PARA_B + "</p>";
        String html = "<html><body><article><h1>Kitchen costs</h1><div class=mobile>" + copy
                + "</div><div class=desktop>" + copy + "</div></article></body></html>";
        Document doc = Jsoup.parse(html, "https://example.com/a");
        List<String> paragraphs = BodyExtractor.paragraphs(doc, "Kitchen costs");
        assertThat(paragraphs).containsOnlyOnce(PARA_A, PARA_B);
        // the short headings inside the repeated run go with it
        assertThat(paragraphs).containsOnlyOnce("Costs", "Planning");
    }

    @Test
    void shortLinesThatRecurInsideTheTextStay() {
        String html = "<html><body><article><h1>Plan</h1><p>" + PARA_A + "</p><ul><li>Week 1</li><li>Rest day</li>"
                + "<li>Week 2</li><li>Rest day</li></ul><p>" + PARA_B + "</p></article></body></html>";
        List<String> paragraphs = BodyExtractor.paragraphs(Jsoup.parse(html, "https://example.com/a"), "Plan");
        assertThat(paragraphs.stream().filter("Rest day"::equals).count()).isEqualTo(2);
    }

    @Test
    void aWidgetContainerInsideATextEditorBoxIsKept() {
        StringBuilder html = new StringBuilder("<html><body><div class=\"builder post-content\">");
        html.append("<div class=\"widget text-editor\"><div class=\"widget-container\"><p>").append(PARA_A)
                .append("</p></div></div>");
        // the middle box is mostly a list, as how-to pages are
        html.append("<div class=\"widget text-editor\"><div class=\"widget-container\"><p><strong>Why start now?</strong></p><ul>");
        for (int i = 0; i < 6; i++) {
            html.append("<li>Point number ").append(i).append(" explains one more reason to begin with small steps today.</li>");
        }
        html.append("</ul></div></div>");
        html.append("<div class=\"widget text-editor\"><div class=\"widget-container\"><p>").append(PARA_B)
                .append("</p></div></div></div>");
        html.append("<div class=sidebar><p>").append("x ".repeat(2000)).append("</p></div></body></html>");
        List<String> paragraphs = BodyExtractor.paragraphs(Jsoup.parse(html.toString(), "https://example.com/a"), null);
        assertThat(paragraphs).contains(PARA_A, PARA_B, "Why start now?");
    }

    @Test
    void closedAccordionPanelsAreReadButHiddenMenusAndDialogsAreNot() {
        String html = "<html><body><article><h1>Solar, step by step</h1><p>" + PARA_A + "</p>"
                + "<h3 id=s1><button aria-controls=p1>What permits do I need?</button></h3>"
                + "<div id=p1 role=region aria-labelledby=s1 style=\"display:none\"><p>" + PARA_B + "</p></div>"
                + "<div role=dialog aria-labelledby=d1 style=\"display:none\"><h2 id=d1>Get a quote</h2><p>"
                + "Tell us your address and phone number and an installer will call you back within one working day.</p></div>"
                + "<div aria-labelledby=m1 style=\"display:none\"><p><a href=/a>Installers near you and their ratings</a>"
                + " <a href=/b>Solar panel prices by state this year</a></p></div>"
                + "</article></body></html>";
        List<String> paragraphs = BodyExtractor.paragraphs(Jsoup.parse(html, "https://example.com/a"), "Solar, step by step");
        assertThat(paragraphs).contains(PARA_A, PARA_B);
        assertThat(String.join(" ", paragraphs)).doesNotContain("installer will call").doesNotContain("Installers near you");
    }

    @Test
    void aPlanThatRepeatsFromItsMiddleIsKeptWhole() {
        String meal = "Chicken with rice and greens: 120 g cooked chicken, half a cup of brown rice, a cup of"
                + " steamed spinach and a spoon of olive oil.";
        // the plan follows an introduction of three paragraphs (a repeat among the first three long
        // paragraphs reads as the text starting over)
        String intro = "<p>Cooking for the whole week on Sunday saves time and money, and it keeps you from"
                + " ordering food late in the evening when you are tired.</p>";
        String html = "<html><body><article><h1>A week of meals</h1><p>" + PARA_A + "</p><p>" + PARA_B + "</p>" + intro
                + "<h3>Monday</h3><p>" + meal + "</p><h3>Tuesday</h3><p>" + meal + "</p></article></body></html>";
        List<String> paragraphs = BodyExtractor.paragraphs(Jsoup.parse(html, "https://example.com/a"), "A week of meals");
        assertThat(paragraphs.stream().filter(meal::equals).count()).isEqualTo(2);
    }
}
