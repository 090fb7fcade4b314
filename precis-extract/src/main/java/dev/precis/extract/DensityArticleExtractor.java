package dev.precis.extract;

import dev.precis.model.Article;
import dev.precis.model.ExtractedPage;
import dev.precis.model.PageType;
import dev.precis.model.TextRange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Extracts the article from a web page with jsoup and the project's own density scoring: text
 * density, link density, class/id and tag signals, paragraph continuity and boilerplate phrase
 * knowledge (see {@link BodyExtractor}); metadata comes from {@link MetadataReader}. The text is the
 * body's paragraphs joined by a blank line. Immutable and thread-safe.
 *
 * <pre>{@code
 * ArticleExtractor extractor = new DensityArticleExtractor(LanguageGuesser.load());
 * Article a = extractor.extract(html, "https://example.com/news/1");
 * }</pre>
 */
public final class DensityArticleExtractor implements ArticleExtractor {

    /** Pages beyond this many characters are cut before parsing, to bound memory and time. */
    static final int MAX_CHARS = 8_000_000;

    private final LanguageGuesser language;
    private final Clock clock;

    /** An extractor that guesses the language with {@code language}, or not at all when null. */
    public DensityArticleExtractor(LanguageGuesser language) {
        this(language, Clock.systemUTC());
    }

    /** As above, with the clock that decides which dates lie in the future. */
    public DensityArticleExtractor(LanguageGuesser language, Clock clock) {
        this.language = language;
        this.clock = clock;
    }

    /**
     * The article on the page.
     *
     * @throws ExtractionException also when the page is no article ("not an article: a listing page")
     */
    @Override
    public Article extract(String html, String url) throws ExtractionException {
        return requireArticle(extractPage(html, url)).article();
    }

    @Override
    public Article extractText(String html, String url) throws ExtractionException {
        return extractPage(html, url).article();
    }

    @Override
    public Article extract(String html, String url, Instant fetchedAt) throws ExtractionException {
        return requireArticle(extractPage(html, url, fetchedAt)).article();
    }

    @Override
    public Article extractText(String html, String url, Instant fetchedAt) throws ExtractionException {
        return extractPage(html, url, fetchedAt).article();
    }

    /** {@code page} itself when it is an article, else the one-line "not an article: a listing page". */
    public static ExtractedPage requireArticle(ExtractedPage page) throws ExtractionException {
        if (!page.isArticle()) {
            throw new ExtractionException("not an article: " + page.pageType().description());
        }
        return page;
    }

    /**
     * The article and the metadata that does not fit on {@link Article}, with the page's type: for a
     * page that is no article ({@link ExtractedPage#pageType()}) the text is what the page's main
     * block holds. The page is taken as fetched just now (the extractor's clock): relative times it
     * shows ("vor 3 Stunden") count back from that clock.
     *
     * @throws ExtractionException when the input is no HTML or holds no text to extract
     */
    public ExtractedPage extractPage(String html, String url) throws ExtractionException {
        return extract(html, url, clock, true);
    }

    /**
     * As {@link #extractPage(String, String)} for a page fetched at {@code fetchedAt} (a WARC record's
     * date, an HTTP {@code Date} header), or at an unknown time when null: a stored page's "3 hours
     * ago" counts from when it was fetched, and when nobody knows that moment such relative times are
     * not read at all (counted from today's clock they would name a wrong day for every archived page).
     * No date after the fetch time is taken.
     */
    public ExtractedPage extractPage(String html, String url, Instant fetchedAt) throws ExtractionException {
        return fetchedAt == null ? extract(html, url, clock, false)
                : extract(html, url, Clock.fixed(fetchedAt, ZoneOffset.UTC), true);
    }

    private ExtractedPage extract(String html, String url, Clock clock, boolean relativeDates)
            throws ExtractionException {
        if (html == null || html.isBlank()) {
            throw new ExtractionException("the page is empty");
        }
        String input = html.length() > MAX_CHARS ? html.substring(0, MAX_CHARS) : html;
        if (!looksLikeMarkup(input)) {
            throw new ExtractionException("the input is not HTML (no markup found in its first 4 KB)");
        }
        Document doc = parse(RawTextStripper.strip(input), url);
        StreamedSegments.place(doc, input);
        MetadataReader.Metadata meta = new MetadataReader(clock, relativeDates, language).read(doc, url, input);
        PageSignals signals = PageSignals.of(doc);
        BodyExtractor.Body extracted = BodyExtractor.extract(doc, meta.title());
        List<String> paragraphs = AuthorBios.drop(extracted.paragraphs(), meta.authorBios());
        // the page's type is read from the body's core, which rules that keep more text do not change
        List<String> core = extracted.core() == extracted.paragraphs() ? paragraphs
                : AuthorBios.drop(extracted.core(), meta.authorBios());
        // a saved page read without its address still names it (canonical link, og:url); its shape is evidence
        String address = url != null ? url : meta.url();
        if (paragraphs.isEmpty()) {
            PageType type = PageTypeClassifier.classify(signals, core, address, meta.dated(),
                    meta.byline() != null);
            Article empty = new Article(idOf(meta.url() != null ? meta.url() : url, ""), meta.otherTitle(), "", List.of(),
                    meta.url() != null ? meta.url() : url, meta.byline(), meta.published(), null);
            throw new ExtractionException("no article text found: the page has no run of paragraphs"
                    + " (a home page, index or error page?)", new ExtractedPage(empty, meta.authors(),
                    meta.modified(), meta.declaredPublished(), meta.siteName(), type == PageType.ARTICLE ? PageType.OTHER : type));
        }
        StringBuilder text = new StringBuilder();
        List<TextRange> ranges = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(p);
            ranges.add(new TextRange(start, text.length()));
        }
        String body = text.toString();
        String lang = language == null ? null : language.guess(body, meta.declaredLanguage());
        String canonical = meta.url() != null ? meta.url() : url;
        PageType type = PageTypeClassifier.classify(signals, core, address, meta.dated(), meta.byline() != null);
        if (core.isEmpty() && type == PageType.ARTICLE) {
            // only text that rules beyond the core keep: without it the page has no text, so it is no article
            type = PageType.OTHER;
        }
        String published = meta.published();
        String modified = meta.modified();
        String declared = meta.declaredPublished();
        String original = OriginalDates.before(published, body, DayOrder.dayFirst(meta.declaredLanguage(), canonical));
        if (original != null) {
            // a republished piece: the first publication its text names; the later structured day is a change
            modified = modified != null ? modified : published;
            published = original;
            // (a declared publication on that very day is no other date than the one chosen)
            declared = declared != null && declared.regionMatches(0, original, 0, 10) ? null : declared;
        }
        Article article = new Article(idOf(canonical, body), type == PageType.ARTICLE ? meta.title() : meta.otherTitle(),
                body, ranges, canonical, meta.byline(), published, lang);
        return new ExtractedPage(article, meta.authors(), modified, declared, meta.siteName(), type);
    }

    /** jsoup's parse; a failure inside the parser (its bug on odd markup) is this page's one-line problem. */
    private static Document parse(String html, String url) throws ExtractionException {
        if (MarkupDepth.tooDeep(html)) {
            throw new ExtractionException("the page nests elements more than " + MarkupDepth.MAX_DEPTH
                    + " levels deep; no article page does, so it is not parsed");
        }
        try {
            return Jsoup.parse(html, url == null ? "" : url, Parser.htmlParser());
        } catch (RuntimeException e) {
            throw new ExtractionException("the HTML parser failed on this page's markup ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    private static boolean looksLikeMarkup(String s) {
        int n = Math.min(s.length(), 4096);
        int controls = 0;
        boolean tag = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '<' && i + 1 < n && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '!')) {
                tag = true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == '\ufffd') {
                controls++;
            }
        }
        return tag && controls < n / 20 + 1;
    }

    private static String idOf(String url, String body) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((url == null ? "" : url).getBytes(StandardCharsets.UTF_8));
            md.update(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
