package dev.precis.cli;

import dev.precis.extract.ExtractionException;
import dev.precis.extract.HtmlArticleReader;
import dev.precis.extract.SafeFetcher;
import dev.precis.model.Article;
import dev.precis.pipeline.Precis;
import java.io.IOException;

/**
 * Turns what a user names on the command line into an article: an http(s) URL is fetched through the
 * SSRF-safe fetcher and extracted; a saved web page is extracted; anything else is read as plain text
 * (title line, body, page chrome dropped). Not thread-safe (one per command run).
 */
final class ArticleInput {

    private HtmlArticleReader htmlReader;

    Article read(Precis precis, String input) {
        if (input.startsWith("http://") || input.startsWith("https://")) {
            try {
                SafeFetcher.Page page = new SafeFetcher(SafeFetcher.Policy.DEFAULT).fetch(input);
                return fromHtml(input, page.bytes(), page.url(), page.contentType());
            } catch (IOException e) {
                throw new UserInputException(input + ": " + e.getMessage(), e);
            }
        }
        TextInput in = TextInput.read(input);
        if (in.looksLikeHtml()) {
            return fromHtml(in.name(), in.bytes(), null, null);
        }
        Article article = precis.readText(in.id(), in.text());
        if (article.text().isBlank()) {
            throw new UserInputException(in.name() + ": holds no article text");
        }
        return article;
    }

    /** The article body of a saved web page read from {@code in} (the caller has seen it looks like HTML). */
    Article fromSavedPage(TextInput in) {
        return fromHtml(in.name(), in.bytes(), null, null);
    }

    /** The article body of a page whose source came in as text (a batch line's "text"). */
    Article fromPageText(String name, String source) {
        return fromHtml(name, source.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, "text/html; charset=utf-8");
    }

    private Article fromHtml(String name, byte[] bytes, String url, String contentType) {
        if (htmlReader == null) {
            htmlReader = HtmlArticleReader.withLanguageModel();
        }
        try {
            Article article = htmlReader.read(bytes, url, contentType).article();
            if (article.text().isBlank()) {
                throw new UserInputException(name + ": the page holds no article text");
            }
            return article;
        } catch (ExtractionException e) {
            throw new UserInputException(name + ": " + e.getMessage(), e);
        }
    }
}
