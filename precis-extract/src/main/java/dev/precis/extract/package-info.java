/**
 * Web page to {@link dev.precis.model.Article}: main text, title, byline, authors, dates, language,
 * site name and canonical URL.
 *
 * <p>Entry points: {@link dev.precis.extract.HtmlArticleReader} (page bytes, URL and Content-Type in,
 * {@link dev.precis.model.ExtractedPage} out), {@link dev.precis.extract.DensityArticleExtractor}
 * (decoded markup in), {@link dev.precis.extract.SafeFetcher} (SSRF-safe download) and
 * {@link dev.precis.extract.PageDecoder} (bytes to text). The body is found by the project's own
 * density scoring on jsoup; see {@code BodyExtractor} for the steps.
 *
 * <pre>{@code
 * HtmlArticleReader reader = HtmlArticleReader.withLanguageModel();   // load once, share
 * ExtractedPage page = reader.read(bytes, "https://example.com/news/1", "text/html; charset=utf-8");
 * String body = page.article().text();   // paragraphs separated by "\n\n"
 * }</pre>
 */
package dev.precis.extract;
