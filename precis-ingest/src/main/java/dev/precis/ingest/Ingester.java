package dev.precis.ingest;

import dev.precis.extract.HtmlArticleReader;
import dev.precis.extract.ArticleExtractor;
import dev.precis.extract.ExtractionException;
import dev.precis.extract.InternalAllowList;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.EntityMention;
import dev.precis.model.ExtractedPage;
import dev.precis.model.Quote;
import dev.precis.model.Sentence;
import dev.precis.model.Summary;
import dev.precis.model.SummaryLength;
import dev.precis.model.TimeExpression;
import dev.precis.nlp.EntityRecognizer;
import dev.precis.nlp.QuoteFinder;
import dev.precis.nlp.TimeResolver;
import dev.precis.pipeline.Precis;
import dev.precis.store.AddResult;
import dev.precis.store.Library;
import dev.precis.store.LibraryEntry;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Ingests files, folders, URLs, feeds, OPML, JSONL and WARC into a {@link Library}: reads and extracts each
 * item, analyses and summarizes it in parallel over the machine's cores, and stores it, in the order the
 * items were listed ({@link InputOrder}), so the same inputs give the same library whatever the number
 * of threads. A failing item is logged and reported with its origin; it never stops the batch.
 * Thread-safe: one batch at a time per instance is the intended use, but batches may overlap.
 *
 * <pre>{@code
 * Ingester ingester = Ingester.builder(library, Precis.builder().build()).extractor(extractor).build();
 * IngestReport report = ingester.ingest(List.of("saved-pages/", "https://example.com/feed.xml"), null);
 * }</pre>
 */
public final class Ingester {

    private final Library library;
    private final Precis precis;
    private final ArticleExtractor extractor;
    private final java.time.LocalDate defaultPublished;
    private final EntityRecognizer entities;
    private final QuoteFinder quotes;
    private final TimeResolver times;
    private final int threads;
    private final Consumer<IngestProgress> listener;
    private final IngestSources sources;
    private final boolean keepNonArticles;
    private final int minWords;

    private Ingester(Builder b) {
        this.library = b.library;
        this.precis = b.precis;
        this.defaultPublished = b.defaultPublished;
        this.extractor = b.extractor != null ? b.extractor : HtmlArticleReader.withLanguageModel().extractor();
        this.entities = b.entities;
        this.quotes = b.quotes;
        this.times = b.times;
        this.threads = b.threads;
        this.listener = b.listener;
        this.sources = new IngestSources(new HttpFetcher(b.fetchTimeout, b.allowPrivateAddresses, b.unsafeAllowed));
        this.keepNonArticles = b.keepNonArticles;
        this.minWords = b.minWords;
    }

    public static Builder builder(Library library, Precis precis) {
        return new Builder(library, precis);
    }

    /** Ingests everything named by {@code inputs}; {@code source} overrides the source names when not null. */
    public IngestReport ingest(List<String> inputs, String source) throws IOException {
        long start = System.nanoTime();
        IngestSources.Batch batch = sources.list(inputs, source);
        IngestTally tally = new IngestTally(batch.items().size(), start, listener);
        tally.notes.addAll(batch.notes());
        for (IngestFailure f : batch.failures()) {
            fail(tally, f);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "precis-ingest");
            t.setDaemon(true);
            return t;
        });
        // items between hand-out and write: analysed articles wait here for an earlier, slower item
        // (a URL that takes its time), so this bounds memory while keeping the workers busy
        Semaphore inFlight = new Semaphore(Math.max(64, threads * 16));
        InputOrder order = new InputOrder();
        try {
            int index = 0;
            for (IngestItem item : batch.items()) {
                inFlight.acquireUninterruptibly();
                int position = index++;
                pool.execute(() -> {
                    Runnable write = prepared(item, tally);
                    order.submit(position, () -> {
                        try {
                            write.run();
                        } finally {
                            inFlight.release();
                            tally.done();
                        }
                    });
                });
            }
        } finally {
            pool.shutdown();
            try {
                pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            library.flush();
        }
        library.consolidateStories();
        // an article the index refused is stored and in its story, but not searchable until the library next opens:
        // its item's failure, not an added (or refreshed) article; another load's article (a story move) is a note
        library.takeIndexFailures().forEach((id, reason) -> {
            IngestFailure f = tally.indexRefused(id, reason);
            if (f != null) {
                fail(tally, f);
            }
        });
        java.util.Optional.ofNullable(batch.feedTextNote()).ifPresent(tally.notes::add);
        java.util.Optional.ofNullable(tally.refreshedNote()).ifPresent(tally.notes::add);
        return tally.report(System.nanoTime() - start);
    }

    /**
     * Reads and analyses the item (in the worker's thread) and returns its write: the library add, or
     * the record of an item without text or of a failure. Never throws: every position must be handed
     * in, or the writes after it would wait forever.
     */
    private Runnable prepared(IngestItem item, IngestTally tally) {
        try {
            Read read = read(item, false);
            // fingerprint, topic features and the meaning vector (the encoder's 4 ms) are computed here,
            // on the worker, so that the one writing thread only stores
            Library.Prepared ready = read.entry() == null || read.replaces() >= 0 ? null : library.prepare(read.entry());
            return () -> {
                try {
                    if (read.entry() == null) {
                        empty(item);
                        tally.empty.incrementAndGet();
                        tally.withoutText.add(item.origin());
                    } else {
                        tally.count(ready == null ? write(read) : library.add(ready), item.origin());
                    }
                } catch (IOException | RuntimeException e) {
                    fail(tally, new IngestFailure(item.origin(), IngestSources.message(e)));
                }
            };
        } catch (Exception | Error e) {
            IngestFailure f = new IngestFailure(item.origin(), IngestSources.message(e));
            return () -> fail(tally, f);
        }
    }

    private void fail(IngestTally tally, IngestFailure f) {
        tally.failures.add(f);
        try {
            library.logFailure(f.origin(), f.reason());
        } catch (IOException ignored) {
            // the failure is still in the report
        }
    }

    /**
     * One item read and analysed: its entry (null when it holds no article text) and the stored article whose text it
     * replaces (-1: none; it is added).
     */
    private record Read(LibraryEntry entry, long replaces) {

        /** An item's article and the publication date its page declares apart from the article's date (or null). */
        private record Page(Article article, String declaredPublished) {
        }
    }

    /**
     * Reads and analyses one item, ready to be written. {@code again}: analysed even when the library holds its URL or
     * words (the page of an article stored from its feed's text). The page at the URL of an article stored from its
     * feed's text (a poll's or a one-off read's, whose page could not be fetched then) replaces that text, as a later
     * poll of a subscribed feed does ({@link FeedTextPages}), rather than being a copy of it.
     */
    private Read read(IngestItem item, boolean again) throws Exception {
        RawDocument raw = item.reader().read();
        Read.Page page = toArticle(raw, item.origin());
        Article article = page.article();
        if (article.text().isBlank()) {
            return new Read(null, -1);
        }
        String tooShort = ArticleWords.tooShort(article.text(), minWords);
        if (tooShort != null) {
            throw new IOException(tooShort);
        }
        long replaces = again || raw.textNote() != null ? -1 : FeedTextTeaser.find(library, article.url(), raw.url());
        LibraryEntry entry = entry(article, item.source(), item.origin(), again || replaces >= 0)
                .withDeclaredPublished(page.declaredPublished());
        return new Read(raw.textNote() == null ? entry : entry.withTextNote(raw.textNote()), replaces);
    }

    /** Stores a read item: its text replaces the article it {@link Read#replaces}, else it is added. */
    private AddResult write(Read read) throws IOException {
        return read.replaces() >= 0 ? library.replaceText(read.replaces(), read.entry()) : library.add(read.entry());
    }

    /**
     * Analyses, summarizes and stores one article that was read elsewhere (the server's intake uses it);
     * an article the library already holds is recorded as a copy without being analysed. Thread-safe.
     */
    public AddResult store(Article article, String source, String origin) throws IOException {
        return store(article, null, source, origin);
    }

    /**
     * As {@link #store(Article, String, String)} for an article whose page declares another publication date than
     * its own ({@code declaredPublished}, as {@link PageExtraction} gives it; null: none).
     */
    public AddResult store(Article article, String declaredPublished, String source, String origin) throws IOException {
        return library.add(entry(article, source, origin, false).withDeclaredPublished(declaredPublished));
    }

    /**
     * Extracts, analyses and adds one document read elsewhere (the feed poller's items); null when it
     * holds no article text. The add joins the library's open group: the caller commits it.
     */
    AddResult ingestDocument(RawDocument raw, String source, String origin) throws Exception {
        Read read = read(new IngestItem(origin, source, () -> raw), false);
        return read.entry() == null ? null : write(read);
    }

    /** Extracts and analyses the page of an article stored from its feed's text, for {@link Library#replaceText}; null when it holds no text. */
    LibraryEntry reread(RawDocument raw, String source, String origin) throws Exception {
        return read(new IngestItem(origin, source, () -> raw), true).entry();
    }

    Library library() {
        return library;
    }

    /** The article analysed and summarized, or bare when the library already holds it (a copy) and it is not read {@code again}. */
    private LibraryEntry entry(Article article, String source, String origin, boolean again) throws IOException {
        if (!again && library.knows(article.url(), article.text())) {
            return new LibraryEntry(AnalyzedArticle.ofSentences(article, List.of()), null, source, origin);
        }
        AnalyzedArticle analyzed = analyze(article);
        Summary summary = precis.summarize(analyzed, SummaryLength.DEFAULT);
        return new LibraryEntry(analyzed, summary, source, origin);
    }

    private void empty(IngestItem item) throws IOException {
        library.logFailure(item.origin(), "no article text");
    }

    private Read.Page toArticle(RawDocument raw, String origin) throws ExtractionException {
        String id = raw.id() != null ? raw.id() : origin;
        Article a;
        String declared = null;
        if (raw.html()) {
            // a page that is no article (a listing, a shop, a forum) is refused unless asked for
            // a stored page is read as of its fetch time (unknown: no relative dates), a fetched one as of now
            ExtractedPage page = PageExtraction.page(extractor, raw.content(), raw.url(), raw.stored(), raw.fetched(), keepNonArticles);
            a = page.article().withId(id);
            declared = page.declaredPublished();
            if (raw.title() != null && a.title().isBlank()) {
                a = new Article(a.id(), raw.title(), a.text(), a.paragraphs(), a.url(), a.byline(), a.published(), a.language());
            }
        } else {
            a = precis.readText(id, raw.title() != null ? raw.title() + "\n\n" + raw.content() : raw.content());
        }
        if (raw.url() != null && a.url() == null) {
            a = a.withUrl(raw.url());
        }
        if (raw.published() != null && a.published() == null) {
            a = a.withPublished(raw.published());
        }
        if (a.published() == null && defaultPublished != null) {
            a = a.withPublished(defaultPublished.toString());
        }
        return new Read.Page(a, declared);
    }

    private AnalyzedArticle analyze(Article a) {
        List<Sentence> sentences = precis.splitter().split(a.text());
        List<EntityMention> ents = entities == null ? List.of() : entities.recognize(a.text(), sentences);
        List<Quote> qs = quotes == null ? List.of() : quotes.find(a.text(), sentences, ents);
        List<TimeExpression> ts = times == null ? List.of() : times.resolve(a.text(), sentences, a.publishedDate().orElse(null));
        return new AnalyzedArticle(a, sentences, ents, qs, ts);
    }

    /** Configures an {@link Ingester}. Not thread-safe. */
    public static final class Builder {
        private final Library library;
        private final Precis precis;
        private ArticleExtractor extractor;
        private boolean allowPrivateAddresses;
        private InternalAllowList unsafeAllowed = InternalAllowList.NONE;
        private boolean keepNonArticles;
        private int minWords = ArticleWords.MIN_WORDS;
        private java.time.LocalDate defaultPublished;
        private EntityRecognizer entities;
        private QuoteFinder quotes;
        private TimeResolver times;
        // one more than the cores: while a worker waits for the library's single writer, the others keep
        // the cores busy (BBC set on 2 cores: 94 → 100 items/s cold, 143 → 162 warm with 3 workers)
        private int threads = Runtime.getRuntime().availableProcessors() + 1;
        private Duration fetchTimeout = Duration.ofSeconds(20);
        private Consumer<IngestProgress> listener = p -> { };

        private Builder(Library library, Precis precis) {
            this.library = Objects.requireNonNull(library);
            this.precis = Objects.requireNonNull(precis);
        }

        /** The HTML extractor (default: the shipped {@code DensityArticleExtractor}, loaded at build). */
        public Builder extractor(ArticleExtractor value) {
            this.extractor = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Whether web pages that are no article (listings, product, forum, documentation pages) are
         * taken with the text found on them; by default they are skipped and reported as failures
         * ("not an article: a listing page").
         */
        public Builder keepNonArticles(boolean value) {
            this.keepNonArticles = value;
            return this;
        }

        /** Items whose article text has fewer words fail ({@link ArticleWords}); default {@link ArticleWords#MIN_WORDS}, 0 for none. */
        public Builder minWords(int value) {
            this.minWords = value;
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

        /**
         * The publication date assumed for items that carry none (plain-text files, pages without
         * date metadata), so their relative time expressions can be resolved; null for none.
         */
        public Builder defaultPublished(java.time.LocalDate value) {
            this.defaultPublished = value;
            return this;
        }

        /** Allow fetching loopback and private-network URLs (tests, trusted intranets); off by default. */
        public Builder allowPrivateAddresses(boolean value) {
            this.allowPrivateAddresses = value;
            return this;
        }

        /** Also fetch from these internal addresses (and only those), as the feed poller's allow list; none by default. */
        public Builder unsafeAllowInternalAddresses(InternalAllowList value) {
            this.unsafeAllowed = Objects.requireNonNull(value);
            return this;
        }

        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + value);
            }
            this.threads = value;
            return this;
        }

        public Builder fetchTimeout(Duration value) {
            this.fetchTimeout = Objects.requireNonNull(value);
            return this;
        }

        /** Called after each item, from worker threads. */
        public Builder listener(Consumer<IngestProgress> value) {
            this.listener = Objects.requireNonNull(value);
            return this;
        }

        public Ingester build() {
            return new Ingester(this);
        }
    }
}
