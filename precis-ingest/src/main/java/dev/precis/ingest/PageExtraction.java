package dev.precis.ingest;

import dev.precis.extract.ArticleExtractor;
import dev.precis.extract.DensityArticleExtractor;
import dev.precis.extract.ExtractionException;
import dev.precis.model.Article;
import dev.precis.model.ExtractedPage;
import java.time.Instant;
import java.util.List;

/**
 * A page's article together with what extraction learns beside it that the library keeps: the publication date
 * the page declares apart from the date taken as {@code published} ({@link ExtractedPage#declaredPublished}).
 * {@link ArticleExtractor} gives the article alone, so the shipped {@link DensityArticleExtractor} is asked for its
 * whole {@link ExtractedPage} (the same reading its {@code extract} and {@code extractText} make: they return that
 * page's article); another extractor's article comes with no declared date. Stateless.
 */
public final class PageExtraction {

    private PageExtraction() {
    }

    /**
     * The page at {@code url}, fetched just now, as {@link ArticleExtractor#extract(String, String)} reads it.
     *
     * @throws ExtractionException when the page holds no article, or is no article
     */
    public static ExtractedPage article(ArticleExtractor extractor, String html, String url) throws ExtractionException {
        if (extractor instanceof DensityArticleExtractor d) {
            return DensityArticleExtractor.requireArticle(d.extractPage(html, url));
        }
        return bare(extractor.extract(html, url));
    }

    /**
     * A page as the ingester reads it: a stored one as of its fetch time ({@code fetched}; null: unknown, its relative
     * dates are not read), a fetched one as of now; with {@code keepNonArticles}, the main text of a page that is no
     * article too ({@link ArticleExtractor#extractText}).
     */
    static ExtractedPage page(ArticleExtractor extractor, String html, String url, boolean stored, Instant fetched,
                              boolean keepNonArticles) throws ExtractionException {
        if (extractor instanceof DensityArticleExtractor d) {
            ExtractedPage p = stored ? d.extractPage(html, url, fetched) : d.extractPage(html, url);
            return keepNonArticles ? p : DensityArticleExtractor.requireArticle(p);
        }
        if (stored) {
            return bare(keepNonArticles ? extractor.extractText(html, url, fetched) : extractor.extract(html, url, fetched));
        }
        return bare(keepNonArticles ? extractor.extractText(html, url) : extractor.extract(html, url));
    }

    private static ExtractedPage bare(Article a) {
        return new ExtractedPage(a, List.of(), null, null);
    }
}
