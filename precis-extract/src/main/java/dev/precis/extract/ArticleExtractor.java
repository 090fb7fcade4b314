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
     * @throws ExtractionException when the page holds no article, or is no article
     */
    Article extract(String html, String url) throws ExtractionException;

    /**
     * The page's main text as an article even when the page is no article (a listing, a product or a
     * forum page); by default the same as {@link #extract}.
     *
     * @throws ExtractionException when the page holds no text to extract
     */
    default Article extractText(String html, String url) throws ExtractionException {
        return extract(html, url);
    }
}
