package dev.precis.store;

import dev.precis.model.AnalyzedArticle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the library keeps in memory to decide about a new article: the stored articles' exact-content
 * hashes and URLs (duplicates), their MinHash sketches (near-duplicates) and their features in the
 * {@link TopicSpace} (stories and related articles). Read from the database once by {@link #load};
 * after a failed commit the library drops the whole object and reads a new one, so memory never claims
 * what the database lacks. Thread-safety: the URL and hash lookups may run concurrently with one writer
 * (the library's lock-free duplicate check); everything else is called under the library's lock.
 */
final class KnownArticles {

    private final Map<String, Long> urls = new ConcurrentHashMap<>();
    private final Map<String, Long> idByHash = new ConcurrentHashMap<>();
    private final NearDuplicates nearDuplicates = new NearDuplicates();
    private final TopicSpace topics = new TopicSpace();
    /** Runs of words the stored texts hold, while {@link StoryParams#sharedText()} is on (a template's text). */
    private final SharedText shared = new SharedText();
    private int count;

    /** Everything stored in the database the connection reads (ends its read transaction). */
    static KnownArticles load(Connection connection) throws SQLException {
        KnownArticles known = read(connection);
        connection.commit();
        return known;
    }

    /**
     * Everything the connection reads, its own uncommitted writes included, without ending its transaction (a
     * text refresh reads the library as it rewrote it and commits both at once, {@link TextRefresh}).
     */
    static KnownArticles read(Connection connection) throws SQLException {
        KnownArticles known = new KnownArticles();
        long[] ids = new long[1024];
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, url, content_hash, minhash FROM articles ORDER BY id")) {
                while (rs.next()) {
                    if (known.count == ids.length) {
                        ids = Arrays.copyOf(ids, ids.length * 2);
                    }
                    ids[known.count] = rs.getLong(1);
                    known.remember(rs.getLong(1), rs.getString(2), rs.getString(3), ContentFingerprint.parseHex(rs.getString(4)));
                }
            }
            Map<Long, ArticleFeatures> features = StoredStoryFeatures.features(s);
            Map<Long, Long> textDays = StoryDates.textDays(connection);
            try (ResultSet rs = s.executeQuery("SELECT a.id, a.published, m.story_id FROM articles a"
                    + " JOIN story_members m ON m.article_id = a.id ORDER BY a.id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    ArticleFeatures f = StoredStoryFeatures.orNone(features, id);
                    Long day = SearchIndex.epochDay(rs.getString(2)).orElse(textDays.get(id));
                    known.topics.add(id, f, day, rs.getLong(3));
                }
            }
            if (known.topics.params().usesHeadlines()) {
                try (ResultSet rs = s.executeQuery("SELECT id, title FROM articles")) {
                    while (rs.next()) {
                        known.topics.headline(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            if (known.topics.params().readsSharedText()) {
                // the runs of the stored texts, in the order they were added: a new article's template text is
                // found in the articles of earlier sessions as in its own session's; only the texts the runs' two
                // generations would still hold are read (SharedText.replayFrom), not every stored body
                int from = SharedText.replayFrom(known.count);
                if (from < known.count) {
                    try (PreparedStatement p = connection.prepareStatement("SELECT body FROM articles WHERE id >= ? ORDER BY id")) {
                        p.setLong(1, ids[from]);
                        try (ResultSet rs = p.executeQuery()) {
                            while (rs.next()) {
                                known.shared.read(rs.getString(1));
                            }
                        }
                    }
                }
            }
            known.topics.settle();
        }
        return known;
    }

    /** Records a stored article's URL (may be null), content hash and sketch. */
    void remember(long id, String url, String hash, int[] minhash) {
        idByHash.put(hash, id);
        if (url != null) {
            urls.put(url, id);
        }
        nearDuplicates.add(id, minhash);
        count++;
    }

    /** True when an article with this URL (may be null) or this content hash is stored. */
    boolean contains(String url, String hash) {
        return (url != null && urls.containsKey(url)) || idByHash.containsKey(hash);
    }

    /** The stored article with this URL, else with this content hash, or null. */
    Long idOf(String url, String hash) {
        Long same = url != null ? urls.get(url) : null;
        return same != null ? same : idByHash.get(hash);
    }

    /** A stored article whose text is nearly the same, or -1. */
    long nearDuplicateOf(ContentFingerprint fp) {
        return nearDuplicates.find(fp);
    }

    /**
     * The story features of a new article ({@code f}, from {@code analyzed}) without the text it shares word for word
     * with earlier articles ({@link SharedText}; its meaning vector kept), and its text's runs remembered; {@code f}
     * itself while {@link StoryParams#sharedText()} is off or nothing is shared. Called once per article added, in order.
     */
    ArticleFeatures withoutSharedText(ArticleFeatures f, AnalyzedArticle analyzed) {
        if (!topics.params().readsSharedText()) {
            return f;
        }
        BitSet leftOut = shared.read(analyzed.article().text());
        return leftOut.isEmpty() ? f : ArticleFeatures.of(analyzed, leftOut).withMeaning(f.meaningVector());
    }

    TopicSpace topics() {
        return topics;
    }

    /** Number of stored articles. */
    int count() {
        return count;
    }
}
