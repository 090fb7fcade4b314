package dev.precis.model;

import java.util.List;
import java.util.Objects;

/**
 * What extraction learns from one web page: the {@link Article} plus metadata that does not fit on
 * it. Immutable and thread-safe.
 *
 * @param article the article (title, body, byline, published date, language, canonical URL)
 * @param authors the people named in the byline, cleaned of "By", job titles and site names; may be empty
 * @param modified ISO 8601 date or date-time of the last modification, or null
 * @param siteName the publication's name, or null
 */
public record ExtractedPage(Article article, List<String> authors, String modified, String siteName) {

    public ExtractedPage {
        Objects.requireNonNull(article, "article");
        authors = List.copyOf(authors);
    }
}
