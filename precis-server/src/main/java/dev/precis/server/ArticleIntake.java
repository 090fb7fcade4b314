package dev.precis.server;

import dev.precis.extract.ArticleExtractor;
import dev.precis.extract.ExtractionException;
import dev.precis.extract.HtmlArticleReader;
import dev.precis.extract.InternalAllowList;
import dev.precis.extract.PageDecoder;
import dev.precis.extract.SafeFetcher;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.ExtractedPage;
import dev.precis.nlp.EntityRecognizer;
import dev.precis.nlp.QuoteFinder;
import dev.precis.nlp.TimeResolver;
import dev.precis.nlp.quote.RuleQuoteFinder;
import dev.precis.nlp.time.RuleTimeResolver;
import dev.precis.pipeline.Precis;
import dev.precis.pipeline.ShippedModels;
import dev.precis.ingest.ArticleWords;
import dev.precis.ingest.IngestReport;
import dev.precis.ingest.Ingester;
import dev.precis.ingest.PageExtraction;
import dev.precis.store.AddResult;
import dev.precis.store.Library;
import dev.precis.store.LibraryEntry;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;

/**
 * Adds articles to the library on behalf of the server: one article from pasted text or from a URL,
 * or a bounded batch of URLs and JSONL items. URLs are fetched only through the extraction module's
 * {@link SafeFetcher} (http/https only, internal addresses refused, time and size limits), never with a
 * raw request. Bad input fails with an {@link IntakeException} whose {@link IntakeException.Problem}
 * decides the HTTP status. Thread-safe: single articles may be added concurrently; one batch runs at a
 * time.
 *
 * <pre>{@code
 * ArticleIntake intake = ArticleIntake.builder(library, precis).withShippedModels(ShippedModels.loadInBackground()).build();
 * IntakeResult r = intake.addText("Harbour bridge reopens\n\nThe bridge reopened on Monday.", null, "2024-11-25");
 * IntakeResult u = intake.addUrl("https://example.org/news/1");
 * }</pre>
 */
public final class ArticleIntake implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ArticleIntake.class);

    /** Longest accepted title, in characters. */
    public static final int MAX_TITLE_CHARS = 1_000;
    /**
     * Fewer words than this is no article: pasted text is refused (422), a batch item or fetched page fails
     * in the report. A word or two is a mistake, not news.
     */
    public static final int MIN_WORDS = ArticleWords.MIN_WORDS;
    /** Longest accepted pasted text, in characters. */
    public static final int MAX_TEXT_CHARS = 1_000_000;
    /** Longest accepted URL. */
    public static final int MAX_URL_CHARS = 2_048;
    /** The {@code precis serve} option that fills {@link Builder#unsafeAllowInternalAddresses}, named in refusals. */
    public static final String UNSAFE_OPTION = "--unsafe-allow-internal-address";
    /** Most URLs plus JSONL items in one batch. */
    public static final int MAX_BATCH_ITEMS = 500;

    private final Library library;
    private final Precis precis;
    private final ArticleExtractor extractor;
    private final SafeFetcher fetcher;
    private final Ingester ingester;
    private final Semaphore batches = new Semaphore(1);
    /** Files single additions into stories once writing is quiet; null when not asked for (tests). */
    private final QuietConsolidation consolidation;

    private ArticleIntake(Builder b) {
        this.library = b.library;
        this.precis = b.precis;
        this.extractor = b.extractor != null ? b.extractor : HtmlArticleReader.withLanguageModel().extractor();
        SafeFetcher.Policy d = SafeFetcher.Policy.DEFAULT;
        Duration connect = d.connectTimeout().compareTo(b.fetchTimeout) <= 0 ? d.connectTimeout() : b.fetchTimeout;
        this.fetcher = new SafeFetcher(new SafeFetcher.Policy(connect, b.fetchTimeout, d.maxRedirects(), d.maxBytes(),
                d.userAgent(), b.allowPrivateAddresses), b.unsafeAllowed);
        this.ingester = Ingester.builder(library, precis).extractor(extractor).entities(b.entities).quotes(b.quotes).times(b.times)
                .fetchTimeout(b.fetchTimeout).allowPrivateAddresses(b.allowPrivateAddresses).unsafeAllowInternalAddresses(b.unsafeAllowed)
                .minWords(MIN_WORDS).build();
        this.consolidation = b.quiet == null ? null
                : new QuietConsolidation(library, b.quiet, b.quiet.compareTo(QuietConsolidation.MAX_DELAY) > 0 ? b.quiet : QuietConsolidation.MAX_DELAY,
                        m -> LOG.warn("{}", m));
    }

    /** Consolidates what single additions left waiting and stops the consolidation timer. Call before closing the library. */
    @Override
    public void close() throws IOException {
        if (consolidation != null) {
            consolidation.close();
        }
    }

    public static Builder builder(Library library, Precis precis) {
        return new Builder(library, precis);
    }

    /**
     * Adds one article from pasted text.
     *
     * @param text the article (when {@code title} is null, a first line followed by a blank line is the title)
     * @param title the headline, or null
     * @param published ISO 8601 date or date-time, or null
     * @throws IntakeException for empty or too long text or title, or a date that does not parse
     * @throws IOException when the library cannot store it
     */
    public IntakeResult addText(String text, String title, String published) throws IntakeException, IOException {
        if (text == null || text.isBlank()) {
            throw new IntakeException(IntakeException.Problem.EMPTY_TEXT, "text: empty, paste the article's text");
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw new IntakeException(IntakeException.Problem.TOO_LARGE,
                    "text: " + text.length() + " characters, at most " + MAX_TEXT_CHARS + " are accepted");
        }
        String cleanTitle = title == null ? null : title.strip().replaceAll("\\s+", " ");
        if (cleanTitle != null && cleanTitle.length() > MAX_TITLE_CHARS) {
            throw new IntakeException(IntakeException.Problem.TOO_LARGE,
                    "title: " + cleanTitle.length() + " characters, at most " + MAX_TITLE_CHARS + " are accepted");
        }
        String date = IntakeChecks.checkDate(published);
        String digest = digest(text);
        String content = cleanTitle == null || cleanTitle.isEmpty() ? text : cleanTitle + "\n\n" + text;
        Article a = precis.readText("pasted-" + digest, content);
        if (a.text().isBlank()) {
            throw new IntakeException(IntakeException.Problem.NO_ARTICLE, "text: holds no article text once page chrome is removed");
        }
        String tooShort = ArticleWords.tooShort(a.text(), MIN_WORDS);
        if (tooShort != null) {
            throw new IntakeException(IntakeException.Problem.NO_ARTICLE, tooShort);
        }
        if (date != null) {
            a = a.withPublished(date);
        }
        return store(a, null, "pasted", "api:text:" + digest);
    }

    /**
     * Adds the article on a web page, fetched through the SSRF-safe fetcher. A URL already in the
     * library is not fetched again.
     *
     * @throws IntakeException for a malformed or non-http URL, a refused internal address, a timeout, a
     *     failed fetch or a page without an article
     * @throws IOException when the library cannot store it
     */
    public IntakeResult addUrl(String url) throws IntakeException, IOException {
        URI uri = IntakeChecks.checkUrl(url);
        String clean = uri.toString();
        if (library.knows(clean, "")) {
            // the library answers "duplicate" with the stored article's id without analysing anything
            return result(library.add(new LibraryEntry(AnalyzedArticle.ofSentences(
                    Article.of(clean, "", "", List.of()).withUrl(clean), List.of()), null, host(uri), clean)));
        }
        refuseInternal(clean);
        SafeFetcher.Page page;
        try {
            page = fetcher.fetch(clean);
        } catch (IOException e) {
            throw fetchProblem(e);
        }
        Article a;
        String declared;
        try {
            ExtractedPage extracted = PageExtraction.article(extractor, PageDecoder.decode(page.bytes(), page.contentType()), page.url());
            a = extracted.article().withId(clean);
            declared = extracted.declaredPublished();
        } catch (ExtractionException e) {
            throw new IntakeException(IntakeException.Problem.NO_ARTICLE, clean + ": " + e.getMessage());
        }
        if (a.text().isBlank()) {
            throw new IntakeException(IntakeException.Problem.NO_ARTICLE, clean + ": the page holds no article text");
        }
        String tooShort = ArticleWords.tooShort(a.text(), MIN_WORDS);
        if (tooShort != null) {
            throw new IntakeException(IntakeException.Problem.NO_ARTICLE, clean + ": " + tooShort.substring("text: ".length()));
        }
        if (a.url() == null) {
            a = a.withUrl(page.url());
        }
        return store(a, declared, host(uri), clean);
    }

    /**
     * Ingests a batch: page or feed URLs and JSONL items ({@code {"text"|"html", "title"?, "url"?,
     * "published"?, "id"?}}, one JSON object per element). Items that fail are in the report, not thrown.
     *
     * @param urls http or https URLs (pages or feeds)
     * @param jsonl JSONL lines
     * @param source the source name for every item, or null for the defaults (host; "api" for JSONL)
     * @throws IntakeException for a bad URL, too many items, or while another batch runs
     */
    public IngestReport ingest(List<String> urls, List<String> jsonl, String source) throws IntakeException, IOException {
        if (urls.size() + jsonl.size() > MAX_BATCH_ITEMS) {
            throw new IntakeException(IntakeException.Problem.TOO_LARGE,
                    (urls.size() + jsonl.size()) + " items, at most " + MAX_BATCH_ITEMS + " per request");
        }
        if (urls.isEmpty() && jsonl.stream().allMatch(String::isBlank)) {
            throw new IntakeException(IntakeException.Problem.EMPTY_TEXT, "nothing to ingest: give URLs or JSONL items");
        }
        List<String> inputs = new ArrayList<>();
        for (String u : urls) {
            String clean = IntakeChecks.checkUrl(u).toString();
            refuseInternal(clean);
            inputs.add(clean);
        }
        if (!batches.tryAcquire()) {
            throw new IntakeException(IntakeException.Problem.BUSY, "another ingest is running, try again when it has finished");
        }
        Path dir = null;
        try {
            if (!jsonl.isEmpty()) {
                dir = Files.createTempDirectory("precis-ingest");
                // the file's name is the JSONL items' default source name
                Path file = dir.resolve((source == null ? "api" : "items") + ".jsonl");
                Files.write(file, jsonl, StandardCharsets.UTF_8);
                inputs.add(file.toString());
            }
            return ingester.ingest(inputs, source);
        } finally {
            batches.release();
            if (dir != null) {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(dir);
            }
        }
    }

    /**
     * Refuses a URL whose host resolves to an internal address before any work starts, as {@code precis ingest}
     * does (a batch would otherwise answer 200 with the URL among its failures), naming the option that allows it.
     */
    private void refuseInternal(String url) throws IntakeException {
        SafeFetcher.Refusal r = fetcher.refusal(url).orElse(null);
        if (r != null) {
            throw new IntakeException(IntakeException.Problem.REFUSED_ADDRESS, r.message() + " (to read it anyway, on a test or private"
                    + " network only, start the server with " + UNSAFE_OPTION + " " + r.address() + ")");
        }
    }

    private IntakeResult store(Article a, String declaredPublished, String source, String origin) throws IOException, IntakeException {
        AddResult r = ingester.store(a, declaredPublished, source, origin);
        if (r.status() == AddResult.Status.ADDED) {
            if (consolidation != null) {
                consolidation.added();
            }
            // answer for this article's indexing now (else a refusal would show only as an article search cannot find)
            String refused = library.indexNow(r.articleId()).orElse(null);
            if (refused != null) {
                String m = "article " + r.articleId() + " (" + origin + ") is stored, but the search index refused it: " + refused
                        + "; it is searchable once the server opens the library again";
                LOG.warn("{}", m);
                throw new IntakeException(IntakeException.Problem.NOT_INDEXED, m);
            }
        }
        return result(r);
    }

    private static IntakeResult result(AddResult r) {
        return new IntakeResult(r.articleId(), r.status(), r.storyId());
    }

    /** SafeFetcher's one-line messages name the URL and the problem; sort them by whose fault it is. */
    private static IntakeException fetchProblem(IOException e) {
        String m = e.getMessage() == null ? "the fetch failed" : e.getMessage();
        IntakeException.Problem p = m.contains(": refused") ? IntakeException.Problem.REFUSED_ADDRESS
                : m.contains("timed out") ? IntakeException.Problem.FETCH_TIMEOUT
                : IntakeException.Problem.FETCH_FAILED;
        return new IntakeException(p, m);
    }

    private static String host(URI uri) {
        String h = uri.getHost();
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    private static String digest(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }


    /** Configures an {@link ArticleIntake}. Not thread-safe. */
    public static final class Builder {
        private final Library library;
        private final Precis precis;
        private ArticleExtractor extractor;
        private EntityRecognizer entities;
        private QuoteFinder quotes;
        private TimeResolver times;
        private Duration fetchTimeout = Duration.ofSeconds(20);
        private boolean allowPrivateAddresses;
        private InternalAllowList unsafeAllowed = InternalAllowList.NONE;
        private Duration quiet;

        private Builder(Library library, Precis precis) {
            this.library = Objects.requireNonNull(library, "library");
            this.precis = Objects.requireNonNull(precis, "precis");
        }

        /** The shipped extractor, entity recognizer, quote finder and time resolver (waits for the models). */
        public Builder withShippedModels(ShippedModels models) {
            this.extractor = models.extractor();
            this.entities = models.entities();
            this.quotes = new RuleQuoteFinder();
            this.times = new RuleTimeResolver();
            return this;
        }

        public Builder extractor(ArticleExtractor value) {
            this.extractor = Objects.requireNonNull(value);
            return this;
        }

        public Builder entities(EntityRecognizer value) {
            this.entities = value;
            return this;
        }

        public Builder quotes(QuoteFinder value) {
            this.quotes = value;
            return this;
        }

        public Builder times(TimeResolver value) {
            this.times = value;
            return this;
        }

        /** How long a URL fetch may take in all (default 20 s). */
        public Builder fetchTimeout(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("fetch timeout must be positive, got " + value);
            }
            this.fetchTimeout = value;
            return this;
        }

        /** Allow fetching loopback and private-network URLs (tests, trusted intranets); off by default. */
        public Builder allowPrivateAddresses(boolean value) {
            this.allowPrivateAddresses = value;
            return this;
        }

        /**
         * Internal addresses (loopback, private networks) that URLs may still be fetched from although the
         * intake refuses internal targets: what {@code precis serve} takes as {@value ArticleIntake#UNSAFE_OPTION}. None by default.
         */
        public Builder unsafeAllowInternalAddresses(InternalAllowList value) {
            this.unsafeAllowed = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Consolidate stories (merges, second chances; what a batch ingest does at its end) once no
         * single article has been added for {@code value}, and at the latest ten minutes after the
         * first one waiting. Off unless asked for; the server asks with {@link QuietConsolidation#QUIET}.
         */
        public Builder consolidateWhenQuiet(Duration value) {
            this.quiet = Objects.requireNonNull(value, "quiet");
            return this;
        }

        public ArticleIntake build() {
            return new ArticleIntake(this);
        }
    }
}
