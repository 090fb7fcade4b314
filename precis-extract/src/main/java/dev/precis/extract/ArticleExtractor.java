package dev.precis.extract;

import dev.precis.model.Article;

/**
 * Turns a web page into the article people read on it. Stateless and thread-safe.
 *
 * <pre>{@code
 * Article a = extractor.extract(html, "https://example.com/news/1");
 * }</pre>
 */
public interface ArticleExtractor {

    /**
     * The article on the page.
     *
     * @param html the page's markup, already decoded to text
     * @param url the page's address for resolving links and reading dates from the path, or null
     * @throws ExtractionException when the page holds no article
     */
    Article extract(String html, String url) throws ExtractionException;
}
