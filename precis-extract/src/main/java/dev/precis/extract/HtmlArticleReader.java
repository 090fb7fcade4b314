package dev.precis.extract;

import dev.precis.model.ExtractedPage;

/**
 * From page bytes to article in one call: decodes ({@link PageDecoder}) and extracts
 * ({@link DensityArticleExtractor}). Load once and share; thread-safe.
 *
 * <pre>{@code
 * HtmlArticleReader reader = HtmlArticleReader.withLanguageModel();
 * ExtractedPage page = reader.read(bytes, "https://example.com/news/1", "text/html; charset=utf-8");
 * Article article = page.article();
 * }</pre>
 */
public final class HtmlArticleReader {

    private final DensityArticleExtractor extractor;

    public HtmlArticleReader(DensityArticleExtractor extractor) {
        this.extractor = extractor;
    }

    /** A reader that also guesses the language (loads the OpenNLP model from the classpath). */
    public static HtmlArticleReader withLanguageModel() {
        return new HtmlArticleReader(new DensityArticleExtractor(LanguageGuesser.load()));
    }

    /**
     * The article on the page.
     *
     * @param bytes the page as received (may be gzip-compressed)
     * @param url where it came from, or null
     * @param contentTypeHeader the HTTP Content-Type header, or null
     * @throws ExtractionException when the input is not a page with an article; the message is one line
     */
    public ExtractedPage read(byte[] bytes, String url, String contentTypeHeader) throws ExtractionException {
        return extractor.extractPage(PageDecoder.decode(bytes, contentTypeHeader), url);
    }

    /**
     * As above for a page fetched at {@code fetchedAt}, or at an unknown time when null (a stored page):
     * see {@link DensityArticleExtractor#extractPage(String, String, java.time.Instant)}.
     */
    public ExtractedPage read(byte[] bytes, String url, String contentTypeHeader, java.time.Instant fetchedAt)
            throws ExtractionException {
        return extractor.extractPage(PageDecoder.decode(bytes, contentTypeHeader), url, fetchedAt);
    }

    /**
     * Whether {@code text} is a web page's source rather than article text: it opens (after white space) with a
     * doctype or an {@code <html>} tag. Used where a page may come in as text, such as a batch line's "text".
     */
    public static boolean looksLikePage(String text) {
        String head = text.substring(0, Math.min(text.length(), 1024)).stripLeading();
        return head.regionMatches(true, 0, "<!doctype html", 0, 14) || head.regionMatches(true, 0, "<html", 0, 5);
    }

    public DensityArticleExtractor extractor() {
        return extractor;
    }
}
