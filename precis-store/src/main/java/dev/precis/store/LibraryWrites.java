package dev.precis.store;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The library's write path for one article: its features (with a meaning vector given or computed), the
 * decision between a new article and a copy of a stored one, the story it joins, and the rows, behind a
 * savepoint of the open group so that a failing article leaves the others intact. {@link Library} holds the
 * lock and the group's commits; this class only writes into the open transaction.
 */
final class LibraryWrites {

    /** The library: its lock guards the first read of {@link #known}. */
    private final Object lock;
    private final Connection connection;
    private final ArticleWriter writer;
    private final GroupCommit group;
    private final StoryConsolidation storyWork;
    /** What the library does when a read fails mid-transaction: forget what it holds in memory. */
    private final Runnable resync;
    /**
     * What the library knows for writing (hashes and URLs, near-duplicate sketches, topic space), or
     * null until it is needed. It is read at the first write, not at open: a command that only
     * reads (search, show, stories) does not need it, and it grows with the library: {@code precis
     * search} on 2,062 articles went from 2.6–2.7 to 1.9–2.0 s.
     */
    private volatile KnownArticles known;
    private volatile Function<AnalyzedArticle, float[]> meaning;
    /** Length of the vectors {@link #meaning} returns, once it has returned one (0 before). */
    private volatile int meaningLength;
    /** Length of the vectors {@link #meaning} returns as its caller told it ({@link Library#meaningWith(Function, int)}; 0: not told). */
    private volatile int toldLength;
    /** Plans each new article's story and records it in the topic space, inline or on a thread of its own. */
    private final StoryPlanning stories = new StoryPlanning();
    /** A bulk load is on ({@link #bulkLoad}). */
    private boolean bulk;

    LibraryWrites(Object lock, Connection connection, ArticleWriter writer, GroupCommit group, StoryConsolidation storyWork,
            Runnable resync) {
        this.lock = lock;
        this.resync = resync;
        this.connection = connection;
        this.writer = writer;
        this.group = group;
        this.storyWork = storyWork;
    }

    /** What the library knows, read from the database at the first call after an open or {@link #forgetKnown()}. */
    KnownArticles known() throws IOException {
        KnownArticles k = known;
        if (k != null) {
            return k;
        }
        synchronized (lock) {
            if (known == null) {
                try {
                    known = KnownArticles.load(connection);
                } catch (SQLException e) {
                    group.rollback();
                    resync.run();
                    throw new IOException("cannot read the library: " + e.getMessage(), e);
                }
            }
            return known;
        }
    }

    void forgetKnown() {
        known = null;
    }

    /** Takes {@code k} as what the library knows (read again after a text refresh rewrote an article; under the lock). */
    void knownNow(KnownArticles k) {
        known = k;
    }

    /** See {@link Library#meaningWith}. */
    void meaningWith(Function<AnalyzedArticle, float[]> meaning, int length) {
        this.meaning = meaning;
        this.meaningLength = 0;
        this.toldLength = meaning == null ? 0 : length;
    }

    /** See {@link Library#prepare(LibraryEntry, ContentFingerprint, float[], ArticleFeatures)}: thread-safe, no lock needed. */
    Library.Prepared prepare(KnownArticles k, LibraryEntry entry, ContentFingerprint given, float[] meaningVector, ArticleFeatures stored) {
        Article a = entry.analyzed().article();
        ContentFingerprint fp = given != null ? given : ContentFingerprint.of(a.text());
        ArticleFeatures features = k.contains(a.url(), fp.contentHash()) ? null
                : withMeaning(stored != null ? stored : ArticleFeatures.of(entry.analyzed()), entry.analyzed(), meaningVector);
        return new Library.Prepared(entry, fp, features);
    }

    /**
     * {@code f} with {@code given} as its meaning vector or else the library's encoder's for {@code analyzed} (if
     * any). A given vector must be as long as the library's encoder's, which the encoder tells by its first
     * vector: one of another length was made by another encoder (a Spark job's output from before the
     * library changed encoders) and could be compared with nothing, so the library encodes the article itself.
     */
    private ArticleFeatures withMeaning(ArticleFeatures f, AnalyzedArticle analyzed, float[] given) {
        Function<AnalyzedArticle, float[]> m = meaning;
        if (m == null) {
            return f;
        }
        if (given != null && given.length == meaningLength) {
            return f.withMeaning(given);
        }
        // a given vector of the told length is taken whatever the encoder would return (its own vector of that
        // length, or null for an article it does not encode or when it cannot load), as below; only the encoder
        // is not run (and so not loaded) to learn the length. The length counts as learnt, as it would be from
        // the encoder's first vector: what differs is a load mixing vectors of two lengths whose encoder cannot
        // load or encodes none of the articles before one of the other length (that one's vector was kept; now
        // the encoder's own, null, is taken, as it is once the length is known)
        if (given != null && toldLength != 0 && given.length == toldLength) {
            meaningLength = toldLength;
            return f.withMeaning(given);
        }
        float[] own = m.apply(analyzed);
        if (own != null) {
            meaningLength = own.length;
        }
        boolean fits = given != null && (meaningLength == 0 || given.length == meaningLength);
        return f.withMeaning(fits ? given : own);
    }

    /**
     * Writes a prepared entry into the open group (the caller holds the library's lock). When the topic space failed to
     * record an earlier article (stored, with its story: {@link StoryPlanning.SpaceLost}), the space is read again from the
     * database and the entry written against it, once.
     */
    AddResult add(KnownArticles k, Library.Prepared prepared) throws IOException {
        try {
            return write(k, prepared);
        } catch (StoryPlanning.SpaceLost e) {
            return write(known(), prepared);
        }
    }

    private AddResult write(KnownArticles k, Library.Prepared prepared) throws IOException {
        LibraryEntry entry = prepared.entry();
        Article a = entry.analyzed().article();
        ContentFingerprint fp = prepared.fingerprint();
        Savepoint savepoint = null;
        TopicSpace topics = k.topics();
        try {
            Long same = k.idOf(a.url(), fp.contentHash());
            if (same != null) {
                return copy(same, entry, AddResult.Status.DUPLICATE);
            }
            long near = k.nearDuplicateOf(fp);
            if (near >= 0) {
                return copy(near, entry, AddResult.Status.NEAR_DUPLICATE);
            }
            ArticleFeatures f = k.withoutSharedText(prepared.features() != null ? prepared.features() : features(entry),
                    entry.analyzed());
            Long day = StoryDates.day(a.publishedDate().map(d -> d.toEpochDay()).orElse(null), entry.analyzed().times());
            // the plan is needed only to join a story: the rows before that are written while it is worked out
            StoryPlanning.Pending planning = stories.plan(topics, f, day, a.title());
            savepoint = connection.setSavepoint();
            long id = writer.insertArticle(entry, fp);
            if (entry.textNote() != null) {
                writer.textNote(id, entry.textNote());
            }
            if (entry.declaredPublished() != null) {
                writer.declaredPublished(id, entry.declaredPublished());
            }
            writer.insertAnnotations(id, entry);
            writer.features(id, f);
            StoryPlanning.Planned planned = planned(planning, savepoint);
            TopicSpace.Plan plan = planned.plan();
            long story = writer.stories().joinStory(id, plan.storyId(), plan.storyScore(), a, planned.keyNames());
            writer.related(id, plan.related());
            writer.log(entry.origin(), "ADDED", null, id);
            group.release(savepoint);
            if (plan.storyId() == 0) {
                storyWork.started(id);
            }
            if (plan.mergeWith() != 0) {
                storyWork.bridged(story, plan.mergeWith());
            }
            k.remember(id, a.url(), fp.contentHash(), fp.minhash());
            stories.add(topics, id, f, day, story, a.title());
            group.indexAfterCommit(IndexDocument.of(id, entry, story));
            return new AddResult(AddResult.Status.ADDED, id, story);
        } catch (SQLException e) {
            group.undo(savepoint);
            throw new IOException("cannot store " + entry.origin() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The plan on its way; when it failed, the article's rows are undone, and when the space failed to record an earlier
     * article ({@link StoryPlanning.SpaceLost}) what the library knows is forgotten: read again at the next write.
     */
    private StoryPlanning.Planned planned(StoryPlanning.Pending planning, Savepoint savepoint) throws IOException {
        try {
            return planning.get();
        } catch (IOException e) {
            group.undo(savepoint);
            if (e instanceof StoryPlanning.SpaceLost) {
                forgetKnown();
            }
            throw e;
        }
    }

    /**
     * Starts a bulk load ({@link GroupCommit#startBulk}) with stories planned on a thread of their own
     * ({@link StoryPlanning}), or ends it: that thread settled and stopped, then the group's bulk mode ended (flushing).
     */
    void bulkLoad(boolean on) throws IOException {
        bulk = on;
        if (on) {
            group.startBulk();
            stories.threaded(true);
            return;
        }
        try {
            stories.threaded(false);
        } catch (StoryPlanning.SpaceLost e) {
            forgetKnown(); // the database holds the article the space failed to record: read again at the next write
        } finally {
            group.endBulk();
        }
    }

    /** True between {@code bulkLoad(true)} and {@code bulkLoad(false)}. */
    boolean bulk() {
        return bulk;
    }

    /** A test's fault injection into story planning ({@link StoryPlanning#probe}). */
    void planningProbe(StoryPlanning.Probe probe) {
        stories.probe = probe;
    }

    /** Stops planning's thread without waiting for it (a crash, a close: the topic space is dropped then). */
    void abandonPlanning() {
        stories.abandon();
    }

    /**
     * Waits until the topic space holds every article written (before anything else reads it); when it failed to record
     * one (stored, with its story), it is forgotten and read again from the database at its next use.
     */
    void settle() throws IOException {
        try {
            stories.settle();
        } catch (StoryPlanning.SpaceLost e) {
            forgetKnown();
        }
    }

    /**
     * Settles planning and commits the open group before consolidation. During a bulk load the group's articles
     * go to the index thread without waiting for it (as {@link GroupCommit#commitAndIndex} does), so that thread
     * indexes the load's last groups while consolidation works: consolidation reads only the database and the
     * topic space, and its own index updates wait for that thread first ({@link GroupCommit#putAll}).
     */
    void commitBeforeConsolidation() throws IOException {
        settle();
        group.commitAndIndex();
    }

    /** The entry's story features computed from its analysis, with the library's meaning vector (if any). */
    ArticleFeatures features(LibraryEntry entry) {
        return withMeaning(ArticleFeatures.of(entry.analyzed()), entry.analyzed(), null);
    }

    /** The key names of the story an article joins by {@code plan}: the article's own when it starts one. */
    static String keyNames(TopicSpace topics, TopicSpace.Plan plan, ArticleFeatures f) {
        return plan.storyId() == 0
                ? f.keys().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(6).map(Map.Entry::getKey).collect(Collectors.joining("; "))
                : String.join("; ", topics.keyNames(plan.storyId(), 6));
    }

    private AddResult copy(long articleId, LibraryEntry entry, AddResult.Status status) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            writer.copy(articleId, entry.origin(), entry.analyzed().article().url(), entry.source(), status.name());
            writer.log(entry.origin(), status.name(), "same as article " + articleId, articleId);
        } catch (SQLException e) {
            group.undo(savepoint);
            throw e;
        }
        group.release(savepoint);
        return new AddResult(status, articleId, 0);
    }

    /** Records an item that could not be ingested into the open group (the caller holds the lock). */
    void logFailure(String item, String reason) throws IOException {
        Savepoint savepoint = null;
        try {
            savepoint = connection.setSavepoint();
            writer.log(item, "FAILED", reason, null);
            group.release(savepoint);
        } catch (SQLException e) {
            group.undo(savepoint);
            throw new IOException("cannot write the ingestion log: " + e.getMessage(), e);
        }
    }
}
