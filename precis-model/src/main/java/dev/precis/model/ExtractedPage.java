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
 * @param siteName the publication's name, or null
 * @param pageType what kind of page it is; never null ({@link PageType#ARTICLE} when not given)
 */
public record ExtractedPage(Article article, List<String> authors, String modified, String siteName, PageType pageType) {

    public ExtractedPage {
        Objects.requireNonNull(article, "article");
        authors = List.copyOf(authors);
        pageType = pageType == null ? PageType.ARTICLE : pageType;
    }

    /** An article page. */
    public ExtractedPage(Article article, List<String> authors, String modified, String siteName) {
        this(article, authors, modified, siteName, PageType.ARTICLE);
    }

    /** Whether the page is an article. */
    public boolean isArticle() {
        return pageType == PageType.ARTICLE;
    }
}
