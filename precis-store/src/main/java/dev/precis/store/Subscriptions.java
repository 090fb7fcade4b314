package dev.precis.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The library's feed subscriptions: what to read, how often, and what each read found (validators,
 * schedule, failures, last error), plus the items already handled so none is fetched or stored twice.
 * Obtained from {@link Library#subscriptions()}; every call is its own transaction on the library's
 * connection, under the library's lock. Thread-safe.
 *
 * <pre>{@code
 * Subscriptions subs = library.subscriptions();
 * subs.add("https://example.com/feed.xml", null, "World", Duration.ofMinutes(30), Instant.now());
 * for (Feed f : subs.list()) { System.out.println(f.url() + " " + f.health()); }
 * }</pre>
 */
public final class Subscriptions {

    private static final String COLUMNS = "f.id, f.url, f.title, f.category, f.interval_seconds, f.etag, f.last_modified,"
            + " f.next_poll, f.not_before, f.failures, f.last_error, f.last_status, f.last_polled, f.last_success,"
            + " f.last_new_item, (SELECT COUNT(*) FROM feed_items i WHERE i.feed_id = f.id AND i.article_id IS NOT NULL)";

    private final Library library;

    Subscriptions(Library library) {
        this.library = library;
    }

    /**
     * Subscribes to {@code url}, first read at {@code now}; empty when the URL is already subscribed.
     *
     * @param title a title to show until the feed gives its own, or null
     * @param category the reader's category, or null
     */
    public Optional<Feed> add(String url, String title, String category, Duration interval, Instant now) throws IOException {
        if (interval.toSeconds() < 60 || interval.toSeconds() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the interval must be at least 1 minute, got " + interval);
        }
        return library.locked(() -> {
            Connection c = library.connection();
            if (find(c, "f.url = ?", url).isPresent()) {
                return Optional.<Feed>empty();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO feeds (url, title, category, interval_seconds,"
                    + " next_poll, not_before, failures, added_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)")) {
                ps.setString(1, url);
                ps.setString(2, clip(title, 1000));
                ps.setString(3, clip(category, 500));
                ps.setInt(4, (int) interval.toSeconds());
                ps.setLong(5, now.toEpochMilli());
                ps.setLong(6, now.toEpochMilli());
                ps.setLong(7, now.toEpochMilli());
                ps.executeUpdate();
            }
            return find(c, "f.url = ?", url);
        });
    }

    /**
     * Every subscription, by category, then in the order they were added (an imported OPML file's order,
     * which {@code feeds export} then writes back).
     */
    public List<Feed> list() throws IOException {
        return library.locked(() -> query(library.connection(), "SELECT " + COLUMNS + " FROM feeds f ORDER BY COALESCE(f.category, ''), f.id"));
    }

    public Optional<Feed> byId(long id) throws IOException {
        return library.locked(() -> find(library.connection(), "f.id = ?", id));
    }

    public Optional<Feed> byUrl(String url) throws IOException {
        return library.locked(() -> find(library.connection(), "f.url = ?", url));
    }

    /** Unsubscribes; the articles already stored stay. False when there was no such feed. */
    public boolean remove(long id) throws IOException {
        return library.locked(() -> {
            Connection c = library.connection();
            try (PreparedStatement items = c.prepareStatement("DELETE FROM feed_items WHERE feed_id = ?");
                 PreparedStatement feed = c.prepareStatement("DELETE FROM feeds WHERE id = ?")) {
                items.setLong(1, id);
                items.executeUpdate();
                feed.setLong(1, id);
                return feed.executeUpdate() > 0;
            }
        });
    }

    /**
     * Feeds to read at {@code now}: those the schedule calls for ({@code scheduled}), or every feed the
     * publisher allows reading now (a poll asked for by hand), soonest first.
     */
    public List<Feed> due(Instant now, boolean scheduled) throws IOException {
        String column = scheduled ? "f.next_poll" : "f.not_before";
        return library.locked(() -> {
            try (PreparedStatement ps = library.connection().prepareStatement(
                    "SELECT " + COLUMNS + " FROM feeds f WHERE " + column + " <= ? ORDER BY f.next_poll, f.id")) {
                ps.setLong(1, now.toEpochMilli());
                return rows(ps);
            }
        });
    }

    /** When the schedule reads a feed next, or empty without subscriptions. */
    public Optional<Instant> nextPoll() throws IOException {
        return library.locked(() -> {
            try (PreparedStatement ps = library.connection().prepareStatement("SELECT MIN(next_poll) FROM feeds");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                long v = rs.getLong(1);
                return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(v));
            }
        });
    }

    /** Stores the outcome of a read on the feed. */
    public void record(long id, FeedUpdate u) throws IOException {
        library.locked(() -> {
            try (PreparedStatement ps = library.connection().prepareStatement("UPDATE feeds SET url = ?,"
                    + " title = COALESCE(?, title), etag = ?, last_modified = ?, next_poll = ?, not_before = ?, failures = ?,"
                    + " last_error = ?, last_status = ?, last_polled = ?,"
                    + " last_success = CASE WHEN ? IS NULL THEN ? ELSE last_success END,"
                    + " last_new_item = CASE WHEN ? THEN ? ELSE last_new_item END WHERE id = ?")) {
                long polled = u.polled().toEpochMilli();
                ps.setString(1, u.url());
                ps.setString(2, clip(u.title(), 1000));
                ps.setString(3, clip(u.etag(), 1000));
                ps.setString(4, clip(u.lastModified(), 200));
                ps.setLong(5, u.nextPoll().toEpochMilli());
                ps.setLong(6, u.notBefore().toEpochMilli());
                ps.setInt(7, u.failures());
                ps.setString(8, clip(u.error(), 2000));
                if (u.status() == null) {
                    ps.setNull(9, Types.INTEGER);
                } else {
                    ps.setInt(9, u.status());
                }
                ps.setLong(10, polled);
                ps.setString(11, clip(u.error(), 2000));
                ps.setLong(12, polled);
                ps.setBoolean(13, u.newItem());
                ps.setLong(14, polled);
                ps.setLong(15, id);
                return ps.executeUpdate();
            }
        });
    }

    /** True when an item with this key (GUID, else link) was handled already, from any feed. */
    public boolean seen(String itemKey) throws IOException {
        String key = keyOf(itemKey);
        return library.locked(() -> {
            try (PreparedStatement ps = library.connection().prepareStatement("SELECT 1 FROM feed_items WHERE item_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /**
     * Records an item of a feed as handled (call after its article is committed: a crash before this
     * makes the next read handle it again, and the library recognises the stored article).
     *
     * @param articleId the stored article, or null (no article: failed, empty, or already held)
     * @param status what happened to it (ADDED, DUPLICATE, FAILED, …)
     */
    public void remember(long feedId, String itemKey, Long articleId, String status, Instant now) throws IOException {
        String key = keyOf(itemKey);
        library.locked(() -> {
            Connection c = library.connection();
            try (PreparedStatement check = c.prepareStatement("SELECT 1 FROM feed_items WHERE feed_id = ? AND item_key = ?")) {
                check.setLong(1, feedId);
                check.setString(2, key);
                try (ResultSet rs = check.executeQuery()) {
                    if (rs.next()) {
                        return 0;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO feed_items (feed_id, item_key, article_id, status, seen_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, feedId);
                ps.setString(2, key);
                if (articleId == null) {
                    ps.setNull(3, Types.BIGINT);
                } else {
                    ps.setLong(3, articleId);
                }
                ps.setString(4, status);
                ps.setLong(5, now.toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }

    /**
     * The status of a feed item stored from the feed's own text because its page could not be fetched: its page is
     * asked for again at the next reads of its feed ({@link #feedTextItems}), a bounded number of times.
     */
    public static final String FEED_TEXT = "FEED_TEXT";

    /**
     * A feed item stored from its feed's text, with what its page's new reading needs from the stored article.
     *
     * @param storedKey the item's key as stored (see {@link #attempted})
     */
    public record FeedTextItem(String storedKey, long articleId, String url, String title, String published, String extId,
                               String origin, String source) {
    }

    /**
     * Up to {@code limit} of the feed's items marked {@link #FEED_TEXT} whose page was asked for again fewer than
     * {@code maxAttempts} times, oldest first; not those whose article has taken its page's text since by another
     * way ({@link #feedTextArticle}).
     */
    public List<FeedTextItem> feedTextItems(long feedId, int maxAttempts, int limit) throws IOException {
        return library.locked(() -> {
            try (PreparedStatement ps = library.connection().prepareStatement("SELECT i.item_key, a.id, a.url, a.title, a.published,"
                    + " a.ext_id, a.origin, s.name FROM feed_items i JOIN articles a ON a.id = i.article_id"
                    + " LEFT JOIN sources s ON s.id = a.source_id WHERE i.feed_id = ? AND i.status = ? AND i.attempts < ?"
                    + " AND a.text_note IS NOT NULL"
                    + " ORDER BY i.seen_at, a.id")) {
                ps.setLong(1, feedId);
                ps.setString(2, FEED_TEXT);
                ps.setInt(3, maxAttempts);
                ps.setMaxRows(limit);
                List<FeedTextItem> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new FeedTextItem(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getString(8)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * The article at this URL when its text is a feed's own (its page could not be fetched; it carries the note that
     * says so), whether a poll or a one-off read of the feed stored it: its page, read later, replaces that text
     * ({@link Library#replaceText}). Empty for any other URL.
     */
    public Optional<Long> feedTextArticle(String url) throws IOException {
        return library.locked(() -> {
            try (PreparedStatement ps = library.connection().prepareStatement(
                    "SELECT id FROM articles WHERE url = ? AND text_note IS NOT NULL")) {
                ps.setString(1, url);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    /**
     * Counts one more request for a {@link #FEED_TEXT} item's page and records what came of it: {@link #FEED_TEXT} while
     * it may be asked for again, else what the library did with the page (REFRESHED, DUPLICATE, ...).
     */
    public void attempted(long feedId, String storedKey, String status) throws IOException {
        library.locked(() -> {
            try (PreparedStatement ps = library.connection().prepareStatement(
                    "UPDATE feed_items SET attempts = attempts + 1, status = ? WHERE feed_id = ? AND item_key = ?")) {
                ps.setString(1, clip(status, 20));
                ps.setLong(2, feedId);
                ps.setString(3, storedKey);
                return ps.executeUpdate();
            }
        });
    }

    /** The stored key of an item: the SHA-256 of its GUID or link, so any length fits. */
    static String keyOf(String itemKey) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(itemKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static Optional<Feed> find(Connection c, String where, Object value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM feeds f WHERE " + where)) {
            ps.setObject(1, value);
            List<Feed> feeds = rows(ps);
            return feeds.isEmpty() ? Optional.empty() : Optional.of(feeds.get(0));
        }
    }

    private static List<Feed> query(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            return rows(ps);
        }
    }

    private static List<Feed> rows(PreparedStatement ps) throws SQLException {
        List<Feed> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Feed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Duration.ofSeconds(rs.getInt(5)), rs.getString(6), rs.getString(7), instant(rs, 8), instant(rs, 9),
                        rs.getInt(10), rs.getString(11), integer(rs, 12), instant(rs, 13), instant(rs, 14), instant(rs, 15),
                        rs.getInt(16)));
            }
        }
        return out;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
