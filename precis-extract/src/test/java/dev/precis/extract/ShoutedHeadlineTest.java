package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import org.junit.jupiter.api.Test;

/**
 * A page's one h1 typed in capitals: the meta title in ordinary case that words the same headline is
 * the title, and the capitals are not left at the top of the text. Pages written for this test.
 */
class ShoutedHeadlineTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private Article story(String title, String og, String h1) throws ExtractionException {
        return extractor.extractPage("<html><head><title>" + title + "</title>"
                + (og == null ? "" : "<meta property=\"og:title\" content=\"" + og + "\">")
                + "<meta property=\"og:type\" content=\"article\"></head><body><article><h1>" + h1 + "</h1>"
                + PageTypeTest.PARAGRAPHS + "</article></body></html>", "https://town.example/news/baths-future").article();
    }

    @Test
    void aHeadlineInCapitalsGivesWayToTheMetaTitleThatWordsItInOrdinaryCase() throws Exception {
        Article a = story("Old Swimming Baths 2025: Three Options For The Council | Town Courier", null,
                "OLD SWIMMING BATHS IN 2025: THREE OPTIONS FOR THE COUNCIL");
        assertThat(a.title()).isEqualTo("Old Swimming Baths 2025: Three Options For The Council");
        assertThat(a.text()).startsWith("The council met on Tuesday evening").doesNotContain("OLD SWIMMING BATHS");
        Article og = story("Town Courier", "Old swimming baths in 2025: three options for the council",
                "OLD SWIMMING BATHS IN 2025: THREE OPTIONS FOR THE COUNCIL");
        assertThat(og.title()).isEqualTo("Old swimming baths in 2025: three options for the council");
    }

    @Test
    void capitalsAloneChangeNothing() throws Exception {
        // a meta title in capitals too, or one that names something else, leaves the h1 the title
        assertThat(story("OLD BATHS: THREE OPTIONS | Town Courier", null, "OLD SWIMMING BATHS: THREE OPTIONS FOR THE COUNCIL")
                .title()).isEqualTo("OLD SWIMMING BATHS: THREE OPTIONS FOR THE COUNCIL");
        assertThat(story("Weather warning for the weekend | Town Courier", null, "OLD SWIMMING BATHS: THREE OPTIONS FOR THE COUNCIL")
                .title()).isEqualTo("OLD SWIMMING BATHS: THREE OPTIONS FOR THE COUNCIL");
        // an h1 in ordinary case keeps its own wording, and a short acronym is no shouting
        assertThat(story("Old Swimming Baths 2025: Three Options For The Council | Town Courier", null,
                "Old swimming baths in 2025: three options for the council").title())
                .isEqualTo("Old swimming baths in 2025: three options for the council");
        assertThat(TitleChooser.shouted("NHS PAYS")).isFalse();
        assertThat(TitleChooser.shouted("BEST DRIP COFFEE")).isTrue();
        assertThat(TitleChooser.shouted("旧游泳馆的三个方案和议会的决定")).isFalse();
    }
}
