package dev.precis.store;

import dev.precis.model.Article;
import dev.precis.model.EntityMention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The article library: a database (the truth) and a Lucene index derived from it. Each article is
 * committed in its own transaction; the index is updated after the commit and reconciled with the
 * database whenever the library opens, so a crash at any point leaves a consistent library.
 * Thread-safe: writers are serialised, readers share the connection under the same lock, searches run
 * concurrently on the index.
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
    private final TopicSpace topics = new TopicSpace();
    private final Set<String> hashes = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Map<String, Long> urls = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Long> idByHash = new java.util.concurrent.ConcurrentHashMap<>();
    private final NearDuplicates nearDuplicates = new NearDuplicates();
    private int articleCount;
    private int pendingIndex;
    private final List<Long> newStories = new ArrayList<>();

    private Library(Connection connection, SearchIndex index) throws SQLException {
        this.connection = connection;
        this.writer = new ArticleWriter(connection);
        this.reader = new ArticleReader(connection);
        this.index = index;
    }

    /** Opens (creating or migrating) the library and reconciles the index with the database. */
    public static Library open(LibraryConfig config) throws IOException {
        Connection c = Database.open(config);
        SearchIndex index = null;
        try {
            index = new SearchIndex(config.indexDir());
            Library lib = new Library(c, index);
            lib.load();
            lib.reconcile();
            return lib;
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                if (index != null) {
                    index.close();
                }
                c.close();
            } catch (SQLException | IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e instanceof IOException io ? io : new IOException("cannot open the library: " + e.getMessage(), e);
        }
    }

    private void load() throws SQLException {
        Map<Long, Map<String, Integer>> terms = new HashMap<>();
        Map<Long, Map<String, Integer>> keys = new HashMap<>();
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, url, content_hash, minhash FROM articles ORDER BY id")) {
                while (rs.next()) {
                    remember(rs.getLong(1), rs.getString(2), rs.getString(3), ContentFingerprint.parseHex(rs.getString(4)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT article_id, terms, key_names FROM article_features")) {
                while (rs.next()) {
                    terms.put(rs.getLong(1), ArticleWriter.decode(rs.getString(2)));
                    keys.put(rs.getLong(1), ArticleWriter.decode(rs.getString(3)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT a.id, a.published, m.story_id FROM articles a"
                    + " JOIN story_members m ON m.article_id = a.id ORDER BY a.id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    ArticleFeatures f = new ArticleFeatures(terms.getOrDefault(id, Map.of()), keys.getOrDefault(id, Map.of()));
                    topics.add(id, f, SearchIndex.epochDay(rs.getString(2)).orElse(null), rs.getLong(3));
                }
            }
            connection.commit();
        }
    }

    private void remember(long id, String url, String hash, int[] minhash) {
        hashes.add(hash);
        idByHash.put(hash, id);
        if (url != null) {
            urls.put(url, id);
        }
        nearDuplicates.add(id, minhash);
        articleCount++;
    }

    /** Brings the index in line with the database: indexes what is missing, drops what is not in the database. */
    private void reconcile() throws SQLException, IOException {
        Set<Long> indexed = index.ids();
        Set<Long> stored = new HashSet<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM articles")) {
            while (rs.next()) {
                stored.add(rs.getLong(1));
            }
        }
        boolean changed = false;
        for (long id : indexed) {
            if (!stored.contains(id)) {
                index.delete(id);
                changed = true;
            }
        }
        for (long id : stored) {
            if (!indexed.contains(id)) {
                Optional<IndexDocument> d = reader.indexDocument(id);
                if (d.isPresent()) {
                    index.put(d.get());
                }
                changed = true;
            }
        }
        connection.commit();
        if (changed) {
            index.commit();
        }
    }

    /**
     * True when an article with this URL or these exact words is already stored, so callers can skip
     * analysing it again. A later {@link #add} decides for sure.
     */
    public boolean knows(String url, String text) {
        return (url != null && urls.containsKey(url)) || hashes.contains(ContentFingerprint.hashOf(text));
    }

    /** Adds an article in its own transaction, or records it as a copy of one already stored. */
    public AddResult add(LibraryEntry entry) throws IOException {
        Article a = entry.analyzed().article();
        if (knows(a.url(), a.text())) {
            synchronized (this) {
                Long same = a.url() != null ? urls.get(a.url()) : null;
                if (same == null) {
                    same = idByHash.get(ContentFingerprint.hashOf(a.text()));
                }
                if (same != null) {
                    try {
                        return copy(same, entry, AddResult.Status.DUPLICATE);
                    } catch (SQLException e) {
                        rollback();
                        throw new IOException("cannot store " + entry.origin() + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        // the expensive parts run outside the lock, in the caller's thread
        ContentFingerprint fp = ContentFingerprint.of(a.text());
        ArticleFeatures features = ArticleFeatures.of(entry.analyzed());
        AddResult result;
        synchronized (this) {
            result = add(entry, a, fp, features);
        }
        if (result.status() == AddResult.Status.ADDED) {
            // after the commit and outside the lock: Lucene's writer is thread-safe, and a crash before
            // this line is repaired by reconcile() at the next open
            index.put(indexDocument(result.articleId(), entry, result.storyId()));
        }
        return result;
    }

    private AddResult add(LibraryEntry entry, Article a, ContentFingerprint fp, ArticleFeatures features) throws IOException {
        try {
            Long same = a.url() != null ? urls.get(a.url()) : null;
            if (same == null) {
                same = idByHash.get(fp.contentHash());
            }
            if (same != null) {
                return copy(same, entry, AddResult.Status.DUPLICATE);
            }
            long near = nearDuplicates.find(fp);
            if (near >= 0) {
                return copy(near, entry, AddResult.Status.NEAR_DUPLICATE);
            }
            Long day = a.publishedDate().map(d -> d.toEpochDay()).orElse(null);
            TopicSpace.Plan plan = topics.plan(features, day);
            long id = writer.insertArticle(entry, fp);
            writer.insertAnnotations(id, entry);
            writer.features(id, features);
            String keyNames = plan.storyId() == 0
                    ? features.keys().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(6).map(Map.Entry::getKey).collect(Collectors.joining("; "))
                    : String.join("; ", topics.keyNames(plan.storyId(), 6));
            long story = writer.joinStory(id, plan.storyId(), plan.storyScore(), a, keyNames);
            if (plan.storyId() == 0) {
                newStories.add(id);
            }
            writer.related(id, plan.related());
            writer.log(entry.origin(), "ADDED", null, id);
            connection.commit();
            remember(id, a.url(), fp.contentHash(), fp.minhash());
            topics.add(id, features, day, story);
            if (++pendingIndex >= 500) {
                flush();
            }
            return new AddResult(AddResult.Status.ADDED, id, story);
        } catch (SQLException e) {
            rollback();
            throw new IOException("cannot store " + entry.origin() + ": " + e.getMessage(), e);
        }
    }

    private AddResult copy(long articleId, LibraryEntry entry, AddResult.Status status) throws SQLException {
        writer.copy(articleId, entry.origin(), entry.analyzed().article().url(), entry.source(), status.name());
        writer.log(entry.origin(), status.name(), "same as article " + articleId, articleId);
        connection.commit();
        return new AddResult(status, articleId, 0);
    }

    private static IndexDocument indexDocument(long id, LibraryEntry entry, long story) {
        Article a = entry.analyzed().article();
        Set<IndexDocument.Named> names = new LinkedHashSet<>();
        for (EntityMention m : entry.analyzed().entities()) {
            names.add(new IndexDocument.Named(SearchIndex.fieldFor(m.type()), m.canonical()));
        }
        return new IndexDocument(id, a.title(), a.text(), entry.source(), a.published(), new ArrayList<>(names), story);
    }

    /** Records an item that could not be ingested (path, path:line or URL) and why. */
    public synchronized void logFailure(String item, String reason) throws IOException {
        try {
            writer.log(item, "FAILED", reason, null);
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new IOException("cannot write the ingestion log: " + e.getMessage(), e);
        }
    }

    /**
     * Gives articles that started a story of their own during this session a second chance to join
     * another story, now that the library's word statistics include everything added since. Each move
     * is its own transaction. Returns the number of articles moved.
     */
    public synchronized int consolidateStories() throws IOException {
        int moved = 0;
        List<Long> todo = new ArrayList<>(newStories);
        newStories.clear();
        for (long id : todo) {
            TopicSpace.Plan plan = topics.replan(id);
            if (plan.storyId() == 0) {
                continue;
            }
            long from = topics.storyOf(id);
            try {
                writer.moveToStory(id, from, plan.storyId(), plan.storyScore(), String.join("; ", topics.keyNames(plan.storyId(), 6)));
                connection.commit();
            } catch (SQLException e) {
                rollback();
                throw new IOException("cannot move article " + id + " to story " + plan.storyId() + ": " + e.getMessage(), e);
            }
            topics.move(id, plan.storyId());
            Optional<IndexDocument> d = read(() -> reader.indexDocument(id));
            if (d.isPresent()) {
                index.put(d.get());
            }
            moved++;
        }
        flush();
        return moved;
    }

    /** Makes index updates durable and visible to searches. */
    public synchronized void flush() throws IOException {
        index.commit();
        pendingIndex = 0;
    }

    public SearchResult search(SearchQuery query) throws IOException {
        return index.search(query);
    }

    public synchronized Optional<ArticleView> article(long id) throws IOException {
        return read(() -> reader.article(id));
    }

    public synchronized List<StoryInfo> stories(int minSize, int limit) throws IOException {
        return read(() -> reader.stories(minSize, limit));
    }

    public synchronized Optional<StoryView> story(long id) throws IOException {
        return read(() -> reader.story(id));
    }

    /** Number of stored articles. */
    public synchronized int size() {
        return articleCount;
    }

    /** Rebuilds the search index from the database; returns the number of documents indexed. */
    public synchronized int reindex() throws IOException {
        index.deleteAll();
        index.commit();
        return read(() -> {
            List<Long> ids = new ArrayList<>();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM articles ORDER BY id")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            for (long id : ids) {
                Optional<IndexDocument> d = reader.indexDocument(id);
                if (d.isPresent()) {
                    try {
                        index.put(d.get());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            try {
                index.commit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return ids.size();
        });
    }

    /** Compares the database with the index and with itself; for tests and {@code precis check}. */
    public synchronized LibraryCheck check() throws IOException {
        index.commit();
        Set<Long> indexed = index.ids();
        return read(() -> {
            Set<Long> stored = new HashSet<>();
            int members = 0;
            try (Statement s = connection.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT id FROM articles")) {
                    while (rs.next()) {
                        stored.add(rs.getLong(1));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM story_members")) {
                    rs.next();
                    members = rs.getInt(1);
                }
            }
            Set<Long> missing = new HashSet<>(stored);
            missing.removeAll(indexed);
            Set<Long> extra = new HashSet<>(indexed);
            extra.removeAll(stored);
            return new LibraryCheck(stored.size(), indexed.size(), missing.size(), extra.size(), stored.size() - members);
        });
    }

    /** Counts rows of the ingestion log by status. */
    public synchronized Map<String, Integer> logCounts() throws IOException {
        return read(() -> {
            Map<String, Integer> out = new HashMap<>();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM ingest_log GROUP BY status")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
            return out;
        });
    }

    private interface Query<T> {
        T run() throws SQLException;
    }

    private <T> T read(Query<T> q) throws IOException {
        try {
            T result = q.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback();
            throw new IOException("library query failed: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            rollback();
            throw e.getCause();
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the next call reports it
        }
        writer.forgetCaches();
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            index.close();
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new IOException("cannot close the library database: " + e.getMessage(), e);
            }
        }
    }

    /** Articles newest first (publication date, then insertion), a page at a time. */
    public synchronized List<ArticleRef> latest(int offset, int limit) throws IOException {
        return read(() -> new CatalogReader(connection).latest(offset, limit));
    }

    /** The entities mentioned in the most articles ({@link EntityCount#mentions} counts articles); null type for all. */
    public synchronized List<EntityCount> entities(dev.precis.model.EntityType type, int limit) throws IOException {
        return read(() -> new CatalogReader(connection).entities(type, limit));
    }

    /** One entity's articles and quotes, oldest first; empty when the library never saw it. */
    public synchronized Optional<EntityView> entity(String canonical, dev.precis.model.EntityType type) throws IOException {
        return read(() -> new CatalogReader(connection).entity(canonical, type));
    }

    /** An article's text and stored sentences only (the summary's read; much lighter than {@link #article}). */
    public synchronized Optional<ArticleText> text(long id) throws IOException {
        return read(() -> new TextReader(connection).text(id));
    }

    /** An article's entity mentions with their ranges, in document order; empty for an unknown id. */
    public synchronized List<dev.precis.model.EntityMention> mentions(long id) throws IOException {
        return read(() -> new TextReader(connection).mentions(id));
    }
}
