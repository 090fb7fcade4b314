package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.ExtractedPage;
import dev.precis.model.PageType;
import org.junit.jupiter.api.Test;

/**
 * A page's one h1 against meta titles that word the headline otherwise: a headline of a sentence's
 * length is what readers see and is the title; a short h1 (a section's label), one ending in a full
 * stop (a slogan) or one on a page that is no article is not. Pages written for this test.
 */
class LongHeadlineTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private static final String PARAGRAPHS = PageTypeTest.PARAGRAPHS;

    private static final String META = "<title>Old baths: council weighs three options | Town Courier</title>"
            + "<meta property=\"og:title\" content=\"Old baths: council weighs three options\">"
            + "<meta property=\"og:type\" content=\"article\">";

    private ExtractedPage story(String h1) throws ExtractionException {
        return extractor.extractPage("<html><head>" + META + "</head><body><article><h1>" + h1 + "</h1>"
                + PARAGRAPHS + "</article></body></html>", "https://town.example/news/baths-future");
    }

    @Test
    void aLongHeadlineReadersSeeIsTheTitle() throws Exception {
        ExtractedPage p = story("What the town could do with its empty swimming baths, and what each plan costs");
        assertThat(p.pageType()).isEqualTo(PageType.ARTICLE);
        assertThat(p.article().title())
                .isEqualTo("What the town could do with its empty swimming baths, and what each plan costs");
        assertThat(story("Residents want a community centre: a guide to the council's choices").article().title())
                .isEqualTo("Residents want a community centre: a guide to the council's choices");
    }

    @Test
    void aShortHeadingOrASloganIsNoTitle() throws Exception {
        // a section's label over the story
        assertThat(story("Local news").article().title()).isEqualTo("Old baths: council weighs three options");
        assertThat(story("Opinion and analysis").article().title()).isEqualTo("Old baths: council weighs three options");
        // a sentence with its full stop is a slogan, not a headline
        assertThat(story("We bring you the news that matters to the whole town every day.").article().title())
                .isEqualTo("Old baths: council weighs three options");
        // a heading that has run on into a paragraph's worth of words
        assertThat(story("Find out what the council decided on Tuesday and what happens next with the baths and"
                + " the grounds around them over the coming months and years").article().title())
                .isEqualTo("Old baths: council weighs three options");
    }

    @Test
    void aPageThatIsNoArticleKeepsItsMetaTitle() throws Exception {
        // a product page: its long h1 is a slogan beside the product's name
        String html = "<html><head><title>Garden bench, oak | Shop</title>"
                + "<meta property=\"og:title\" content=\"Garden bench, oak\">"
                + "<script type=\"application/ld+json\">{\"@type\": \"Product\", \"name\": \"Garden bench, oak\"}</script>"
                + "</head><body><main><h1>Built to last through every season in your garden</h1>" + PARAGRAPHS
                + "</main></body></html>";
        ExtractedPage p = extractor.extractPage(html, "https://shop.example/bench");
        assertThat(p.pageType()).isEqualTo(PageType.PRODUCT);
        assertThat(p.article().title()).isEqualTo("Garden bench, oak");
    }
}
