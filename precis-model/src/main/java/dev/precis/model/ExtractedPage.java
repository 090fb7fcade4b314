package dev.precis.model;

import java.util.List;
import java.util.Objects;

/**
 * What extraction learns from one web page: the {@link Article} plus metadata that does not fit on
 * it. Immutable and thread-safe.
 *
 * @param article the article (title, body, byline, published date, language, canonical URL); for a
 *     page that is no article, the text the extractor found on it
 * @param authors the people named in the byline, cleaned of "By", job titles and site names; may be empty
 * @param modified ISO 8601 date or date-time of the last modification, or null
 * @param declaredPublished the publication date the page's structured data declares (ISO 8601, in the page's own
 *     day) when the extractor chose another date as the article's published date (a page presented as of a
 *     revision a week or more later, whose change is its date of record), so the original stays at hand; null
 *     otherwise, as when {@code published} is that declared date
 * @param siteName the publication's name, or null
 * @param pageType what kind of page it is; never null ({@link PageType#ARTICLE} when not given)
 */
public record ExtractedPage(Article article, List<String> authors, String modified, String declaredPublished, String siteName,
                            PageType pageType) {

    public ExtractedPage {
        Objects.requireNonNull(article, "article");
        authors = List.copyOf(authors);
        pageType = pageType == null ? PageType.ARTICLE : pageType;
    }

    /** An article page whose published date is the one it declares. */
    public ExtractedPage(Article article, List<String> authors, String modified, String siteName) {
        this(article, authors, modified, null, siteName, PageType.ARTICLE);
    }

    /** Whether the page is an article. */
    public boolean isArticle() {
        return pageType == PageType.ARTICLE;
    }
}
