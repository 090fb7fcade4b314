package dev.precis.extract;

import dev.precis.model.Article;
import java.time.Instant;

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

    /**
     * As {@link #extract(String, String)} for a stored page fetched at {@code fetchedAt}, or at an
     * unknown time when null (a saved file): relative dates ("vor 2 Tagen") count back from that
     * moment, or are not read at all when nobody knows it. By default the same as
     * {@link #extract(String, String)}, for extractors that read no relative dates.
     */
    default Article extract(String html, String url, Instant fetchedAt) throws ExtractionException {
        return extract(html, url);
    }

    /** As {@link #extractText(String, String)} for a stored page: see {@link #extract(String, String, Instant)}. */
    default Article extractText(String html, String url, Instant fetchedAt) throws ExtractionException {
        return extractText(html, url);
    }
}
