package dev.precis.pipeline.ingest;

import dev.precis.extract.ArticleExtractor;
import dev.precis.extract.ExtractionException;
import dev.precis.model.Article;
import dev.precis.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A simple fallback extractor used when no better {@link ArticleExtractor} is configured: the title
 * from {@code og:title}, {@code h1} or {@code <title>}, the body from the page's {@code <p>} elements
 * of at least a few words (inside {@code <article>} when there is one). It does not remove boilerplate
 * paragraphs the way a real extractor does. Stateless and thread-safe.
 */
public final class JsoupParagraphExtractor implements ArticleExtractor {

    private static final int MIN_WORDS = 6;

    @Override
    public Article extract(String html, String url) throws ExtractionException {
        Document doc = url == null ? Jsoup.parse(html) : Jsoup.parse(html, url);
        String title = doc.select("meta[property=og:title]").attr("content");
        if (title.isBlank()) {
            Element h1 = doc.selectFirst("h1");
            title = h1 != null ? h1.text() : doc.title();
        }
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        if (root == null) {
            throw new ExtractionException("the page has no body");
        }
        StringBuilder text = new StringBuilder();
        List<TextRange> paragraphs = new ArrayList<>();
        for (Element p : root.select("p")) {
            String t = p.text().strip();
            if (t.split("\\s+").length < MIN_WORDS) {
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            paragraphs.add(new TextRange(text.length(), text.length() + t.length()));
            text.append(t);
        }
        if (text.length() == 0) {
            throw new ExtractionException("no paragraph of text on the page");
        }
        String published = doc.select("meta[property=article:published_time]").attr("content");
        Article a = new Article(url == null ? "page" : url, title.strip(), text.toString(), paragraphs, url, null,
                published.isBlank() ? null : published, null);
        String lang = doc.select("html").attr("lang");
        return lang.isBlank() ? a : a.withLanguage(lang.length() > 2 ? lang.substring(0, 2) : lang);
    }
}
