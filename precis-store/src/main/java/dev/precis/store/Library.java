package dev.precis.store;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.EntityMention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The article library: a database (the truth) and a Lucene index derived from it. Articles are
 * committed in small groups (group commit: at most {@value GroupCommit#GROUP_SIZE} articles or
 * {@value GroupCommit#GROUP_WINDOW_MS} ms per transaction); the index receives an article only after its group
 * commits and is reconciled with the database whenever the library opens, so a crash at any point
 * leaves a consistent library that has lost nothing committed. Thread-safe: writers are serialised,
 * readers share the connection under the same lock, searches run concurrently on the index.
 *
 * <pre>{@code
 * try (Library lib = Library.open(LibraryConfig.embedded(Path.of("/tmp/lib")))) {
 *     AddResult r = lib.add(new LibraryEntry(analyzed, summary, "bbc", "file.txt"));
 *     SearchResult hits = lib.search(SearchQuery.of("person:Lavrov"));
 * }
 * }</pre>
 */
public final class Library implements AutoCloseable {

    private final Connection connection;
    private final ArticleWriter writer;
    private final ArticleReader reader;
    private final SearchIndex index;
    /** The open write group: its transaction, and the index updates that follow its commit. */
    private final GroupCommit group;
    /** Story merges, splits and second chances deferred to {@link #consolidateStories()}. */
    private final StoryConsolidation storyWork;
    /** One article's features, story and rows, written into the open group. */
    private final LibraryWrites writes;
    /** Replaces a stored article's text ({@link #replaceText}). */
    private final TextRefresh refresh;
    /** Queries on the connection, each followed by the open group's commit ({@link LibraryReads}). */
    private final LibraryReads reads;
    private volatile boolean closed;

    /** The articles the repair at open ({@link #start}) could not index, each logged (tests read it). */
    Map<Long, String> refusedAtOpen = Map.of();

    /** Package-private: a test may open one through {@link LibraryOpening} with its own index probe. */
    Library(Connection connection, SearchIndex index) throws SQLException {
        this.connection = connection;
        this.writer = new ArticleWriter(connection);
        this.reader = new ArticleReader(connection);
        this.index = index;
        this.group = new GroupCommit(connection, writer, index, this::resync);
        this.reads = new LibraryReads(group);
        this.storyWork = new StoryConsolidation(writer.stories(), group, index,
                id -> reads.read(() -> reader.indexDocument(id)), this::resync);
        this.writes = new LibraryWrites(this, connection, writer, group, storyWork, this::resync);
        this.refresh = new TextRefresh(connection, writer, group, writes, storyWork, index, this::resync);
    }

    /** Opens (creating or migrating) the library and reconciles the index with the database. */
    public static Library open(LibraryConfig config) throws IOException {
        return LibraryOpening.open(config, Library::new);
    }

    /** Reconciles the index with the database and starts the group-commit timer ({@link LibraryOpening}). */
    void start() throws SQLException, IOException {
        IndexFailures refused = new IndexFailures();
        IndexSync.reconcile(connection, reader, index, refused);
        refusedAtOpen = warnRefused(refused, "the repair at open");
        group.startTimer(this, () -> closed);
    }

    /** One warning line per article {@code what} could not index (a repair or rebuild goes on past it). */
    private static Map<Long, String> warnRefused(IndexFailures refused, String what) {
        Map<Long, String> out = refused.take();
        out.forEach((id, reason) -> org.slf4j.LoggerFactory.getLogger(Library.class).warn(
                "article {}: {} ({}); it stays stored, and is indexed again when the library next opens", id, reason, what));
        return out;
    }

    /**
     * True when an article with this URL or these exact words is already stored, so callers can skip
     * analysing it again. A later {@link #add} decides for sure.
     */
    public boolean knows(String url, String text) throws IOException {
        return writes.known().contains(url, ContentFingerprint.hashOf(text));
    }

    /** {@link #knows(String, String)} for a text whose fingerprint the caller already has (it is not computed again). */
    public boolean knows(String url, ContentFingerprint fingerprint) throws IOException {
        return writes.known().contains(url, fingerprint.contentHash());
    }

    /** True when an article with this URL is stored (feed items already held are not fetched again). */
    public boolean hasUrl(String url) throws IOException {
        return url != null && writes.known().idOf(url, "") != null;
    }

    /**
     * Adds an article, or records it as a copy of one already stored. Articles are written in groups:
     * each is inserted (behind a savepoint, so a failing one leaves the others intact) into the current
     * transaction, which commits after {@value GroupCommit#GROUP_SIZE} articles, at most {@value GroupCommit#GROUP_WINDOW_MS} ms
     * after its first write, and at {@link #flush()}, {@link #close()} or any read. What a crash loses is
     * at most the open group, never anything committed; the index only receives committed articles.
     */
    public AddResult add(LibraryEntry entry) throws IOException {
        return add(prepare(entry));
    }

    /**
     * An entry with the parts of {@link #add} that need no lock computed (fingerprint; topic features
     * unless the library already holds the same article), so that loaders can prepare entries on other
     * threads and then {@link #add(Prepared) add} them in their order. Immutable.
     */
    public record Prepared(LibraryEntry entry, ContentFingerprint fingerprint, ArticleFeatures features) {
    }

    /** The lock-free part of {@link #add}: thread-safe, and may run on any thread, in any order. */
    public Prepared prepare(LibraryEntry entry) throws IOException {
        return prepare(entry, null);
    }

    /**
     * {@link #prepare(LibraryEntry)} with the article's meaning vector computed elsewhere (the Spark job
     * writes it into its analysed lines), so the library's encoder does not run for it; null computes it as
     * usual, and so does a vector of another length than the library's encoder's (see {@link #features}).
     * Ignored when the library was given no encoder ({@link #meaningWith}): such a library groups by words
     * and names alone, whatever its input carries.
     */
    public Prepared prepare(LibraryEntry entry, float[] meaningVector) throws IOException {
        return prepare(entry, meaningVector, null);
    }

    /**
     * {@link #prepare(LibraryEntry, float[])} with the story features (words and key names) another library
     * stored for the article ({@link ExportedArticle#features}), planned with in place of those computed from
     * the entry's analysis; null computes them as usual. A library computes them before its person names are
     * applied to the mentions, so only the stored ones give an exported library's stories back.
     */
    public Prepared prepare(LibraryEntry entry, float[] meaningVector, ArticleFeatures storedFeatures) throws IOException {
        return prepare(entry, null, meaningVector, storedFeatures);
    }

    /**
     * {@link #prepare(LibraryEntry, float[], ArticleFeatures)} with the fingerprint of the entry's text
     * ({@link ContentFingerprint#of}) when the caller computed it already (null: computed here).
     */
    public Prepared prepare(LibraryEntry entry, ContentFingerprint fingerprint, float[] meaningVector, ArticleFeatures storedFeatures)
            throws IOException {
        return writes.prepare(writes.known(), entry, fingerprint, meaningVector, storedFeatures);
    }

    /**
     * Gives every article added from now on a meaning vector (for example a sentence encoder's vector
     * of its headline and lead), which story grouping mixes with words and names by
     * {@link StoryParams#meaningWeight()}; null turns it off. Computed in {@link #prepare}, outside the
     * lock. Articles stored without one keep grouping by words and names alone.
     */
    public void meaningWith(Function<AnalyzedArticle, float[]> meaning) {
        writes.meaningWith(meaning, 0);
    }

    /**
     * {@link #meaningWith(Function)} with the length of the vectors {@code meaning} returns (whenever it returns
     * one) told beforehand, so that a given vector of that length ({@link #prepare(LibraryEntry, float[])}) is
     * taken without running {@code meaning} first to learn it (an encoder that loads on first use then never
     * loads when every article comes with its vector); 0 when unknown. A wrong length mixes vectors of two
     * encoders: give only what the encoder's own table says.
     */
    public void meaningWith(Function<AnalyzedArticle, float[]> meaning, int length) {
        writes.meaningWith(meaning, length);
    }

    /** Adds a {@link #prepare prepared} entry: the same as {@link #add(LibraryEntry)} on its entry. */
    public AddResult add(Prepared prepared) throws IOException {
        synchronized (this) {
            AddResult result = writes.add(writes.known(), prepared);
            if (group.due()) {
                // the index receives articles only after their commit; a crash in between is
                // repaired by IndexSync.reconcile at the next open
                group.commitAndIndex();
            }
            return result;
        }
    }

    /**
     * Replaces article {@code id}'s text by a new reading of it in one transaction ({@link TextRefresh}): REFRESHED with
     * its story; a text that copies another stored article is not taken (DUPLICATE or NEAR_DUPLICATE naming it).
     * @throws IllegalArgumentException when no article has this id
     */
    public synchronized AddResult replaceText(long id, LibraryEntry entry) throws IOException {
        return refresh.replace(id, entry);
    }

    /** Forgets everything held in memory (after a failed commit); the next write reads it again from the database. */
    private void resync() {
        group.forget();
        storyWork.forget();
        writer.rolledBack();
        writes.forgetKnown(); // read again at the next write
    }

    /** Records an item that could not be ingested (path, path:line or URL) and why. */
    public synchronized void logFailure(String item, String reason) throws IOException {
        writes.logFailure(item, reason);
        if (group.due()) {
            group.commitAndIndex();
        }
    }

    /**
     * Merges the stories that articles of this session bridged, splits those that no longer hang together, and gives
     * this session's lone articles a second chance to join a story ({@link StoryConsolidation}). Returns the number of
     * articles moved.
     */
    public synchronized int consolidateStories() throws IOException {
        writes.settle(); // first: a space that failed to record an article is read again below
        TopicSpace topics = writes.known().topics();
        writes.commitBeforeConsolidation();
        int moved = storyWork.consolidate(topics, writes.bulk());
        flush();
        return moved;
    }

    /**
     * Story work that waits for {@link #consolidateStories()}: articles of this session that started a
     * story of their own, plus story merges they bridged. A writer that adds articles one at a time (the
     * server) consolidates when this is above zero and writing has gone quiet.
     */
    public synchronized int pendingStoryWork() {
        return storyWork.pending();
    }

    /**
     * Starts or ends a bulk load: larger transactions, made by size alone (at most {@value GroupCommit#BULK_GROUP_SIZE}
     * articles uncommitted, however long they take, so a crash loses at most that many, and a rerun of the
     * load stores them as it would have), the search index fed on a thread of its own, made durable
     * at {@link #flush()}, and stories planned on another ({@link StoryPlanning}: the same stories as one
     * thread plans). Searches still see every article added before them. Ending it flushes.
     */
    public synchronized void bulkLoad(boolean on) throws IOException {
        writes.bulkLoad(on);
    }

    /**
     * For a writer that is the library's only user while it writes (a one-off {@code precis ingest}): plain groups
     * commit by size alone, at most {@value GroupCommit#GROUP_SIZE} articles however long they take (no
     * {@value GroupCommit#GROUP_WINDOW_MS} ms window), so a loaded host commits as many groups as a quiet one, each an
     * H2 commit and page store. A crash still loses at most one group, which a rerun stores; searches still see every
     * article added before them (a read commits the group first). {@code false} restores the window.
     */
    public synchronized void commitBySize(boolean on) {
        group.sizeOnly(on);
    }

    /** Tests only: a fault injected into story planning ({@link StoryPlanning#probe}); null for none. */
    synchronized void planningProbe(StoryPlanning.Probe probe) {
        writes.planningProbe(probe);
    }

    /**
     * The articles the search index refused since the last call, by article id, each with a one-line reason
     * ({@code cannot index: …}); call it after {@link #flush()} or {@link #consolidateStories()}, which index what
     * waits. Each such article is stored and in its story, and is indexed again when the library next opens; the
     * articles after it were indexed as usual.
     */
    public synchronized Map<Long, String> takeIndexFailures() {
        return group.indexFailures.take();
    }

    /**
     * Commits the open group and indexes its articles now, then answers whether the index refused article {@code id}
     * (its one-line reason, taken from {@link #takeIndexFailures}'s list) or took it (empty). For a writer that must
     * answer for one article at once (the server's single additions); the article is stored either way.
     */
    public synchronized Optional<String> indexNow(long id) throws IOException {
        group.commitAndIndexNow();
        return Optional.ofNullable(group.indexFailures.remove(id));
    }

    /** Tests only: called with each new article's headline before the index receives it (a fault injected there). */
    synchronized void indexProbe(Consumer<String> probe) {
        index.probe = probe;
    }

    /** Commits the open group and makes index updates durable and visible to searches. */
    public synchronized void flush() throws IOException {
        writes.settle();
        group.flush();
    }

    /** Searches the index; articles added before the call are found (their open group is committed first). */
    public SearchResult search(SearchQuery query) throws IOException {
        if (group.mayHoldWrites()) {
            synchronized (this) {
                if (group.holdsWrites()) {
                    group.commitAndIndexNow();
                }
            }
        }
        return index.search(query);
    }

    public synchronized Optional<ArticleView> article(long id) throws IOException {
        return reads.read(() -> reader.article(id));
    }

    public synchronized List<StoryInfo> stories(int minSize, int limit) throws IOException {
        return reads.read(() -> reader.stories(minSize, limit));
    }

    /** Stories of at least {@code minSize} articles, largest first, a page at a time. */
    public synchronized List<StoryInfo> stories(int minSize, int offset, int limit) throws IOException {
        return reads.read(() -> reader.stories(minSize, offset, limit));
    }

    /** How many stories have at least {@code minSize} articles. */
    public synchronized int storyCount(int minSize) throws IOException {
        return reads.read(() -> reader.storyCount(minSize));
    }

    public synchronized Optional<StoryView> story(long id) throws IOException {
        return reads.read(() -> reader.story(id));
    }

    /**
     * For the id of a story that was merged into another (or emptied when its one article moved): the id
     * of the story that holds its articles now, so links to the old id keep working.
     */
    public synchronized Optional<Long> storyRedirect(long id) throws IOException {
        return reads.read(() -> reader.storyRedirect(id));
    }

    /** Number of stored articles. */
    public synchronized int size() {
        try {
            return writes.known().count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rebuilds the search index from the database; returns the number of documents indexed. */
    public synchronized int reindex() throws IOException {
        flush();
        index.deleteAll();
        index.commit();
        IndexFailures refused = new IndexFailures();
        int n = reads.read(() -> IndexSync.indexAll(connection, reader, index, refused));
        warnRefused(refused, "the rebuild");
        return n;
    }

    /** Compares the database with the index and with itself; for tests and {@code precis check}. */
    public synchronized LibraryCheck check() throws IOException {
        flush();
        Set<Long> indexed = index.ids();
        int documents = index.documents();
        return reads.read(() -> IndexSync.check(connection, indexed, documents));
    }

    /**
     * The stories the stored articles would form under other grouping parameters (article id to a story
     * key), computed in memory; the library is not changed. For tuning runs.
     */
    public synchronized Map<Long, Long> regroupStories(StoryParams params) throws IOException {
        flush();
        return reads.read(() -> StoryReplay.replay(connection, params));
    }

    /**
     * A story's summary over the articles of a digest window (null for all): published on or after its date,
     * or added since its start when it has one, as {@link #digest} counts them; at most {@code max} (1–5)
     * sentences from its articles' summaries, non-redundant, in time order.
     */
    public synchronized Optional<StorySummary> storySummary(long storyId, DigestWindow window, int max) throws IOException {
        return reads.read(() -> reader.storyInfo(storyId).isEmpty() ? Optional.empty()
                : Optional.of(new StorySummaries(connection).summary(storyId, window, max)));
    }

    /** The top {@code limit} stories of the window with their summaries (see {@link DigestReader}). */
    public synchronized Digest digest(DigestWindow window, int limit) throws IOException {
        String generated = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        return reads.read(() -> new DigestReader(connection, reader).digest(window, limit, generated));
    }

    /** Counts rows of the ingestion log by status. */
    public synchronized Map<String, Integer> logCounts() throws IOException {
        return reads.read(() -> new CatalogReader(connection).logCounts());
    }

    /** Runs {@code q} on the library's connection under its lock and commits (the subscriptions' access). */
    synchronized <T> T locked(LibraryReads.Query<T> q) throws IOException {
        if (closed) {
            throw new IOException("the library is closed");
        }
        return reads.read(q);
    }

    Connection connection() {
        return connection;
    }

    /** The library's feed subscriptions and their polling state. */
    public Subscriptions subscriptions() {
        return new Subscriptions(this);
    }

    /**
     * Stops as a crash would: the open transaction and whatever the index has not committed are
     * dropped, nothing is written. For tests of crash safety only.
     */
    synchronized void crash() throws IOException {
        closed = true;
        writes.abandonPlanning();
        group.abandon();
    }

    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            writes.abandonPlanning(); // it holds nothing the database lacks
            group.close();
        }
    }

    /** Articles newest first (publication date, then insertion), a page at a time. */
    public synchronized List<ArticleRef> latest(int offset, int limit) throws IOException {
        return reads.read(() -> new CatalogReader(connection).latest(offset, limit));
    }

    /** The entities mentioned in the most articles ({@link EntityCount#mentions} counts articles); null type for all. */
    public synchronized List<EntityCount> entities(dev.precis.model.EntityType type, int limit) throws IOException {
        return reads.read(() -> new CatalogReader(connection).entities(type, limit));
    }

    /**
     * One entity's articles and quotes, oldest first; empty when the library never saw it. A person may be
     * asked for by another spelling of the stored name or by a surname only one stored person has; the
     * view's canonical name is then the stored one.
     */
    public synchronized Optional<EntityView> entity(String canonical, dev.precis.model.EntityType type) throws IOException {
        return reads.read(() -> new CatalogReader(connection).entity(canonical, type));
    }

    /** An article's text and stored sentences only (the summary's read; much lighter than {@link #article}). */
    public synchronized Optional<ArticleText> text(long id) throws IOException {
        return reads.read(() -> new TextReader(connection).text(id));
    }

    /** Up to {@code limit} whole articles with ids above {@code afterId}, in id order: a page of an export. */
    public synchronized List<ExportedArticle> exportPage(long afterId, int limit) throws IOException {
        return reads.read(() -> new ExportReader(connection, reader).page(afterId, limit));
    }

    /** An article's entity mentions with their ranges, in document order; empty for an unknown id. */
    public synchronized List<EntityMention> mentions(long id) throws IOException {
        return reads.read(() -> new TextReader(connection).mentions(id));
    }
}
