package dev.precis.store;

import dev.precis.model.Article;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Replaces a stored article's text by a new reading of it ({@link Library#replaceText}): a feed item stored from
 * the feed's own text whose page has since loaded. In one transaction the article row takes the new title, body,
 * fingerprint and note; what derives from the text (ranges, summary, mentions, quotes, times, events, features,
 * related links both ways) is deleted and written again, and the entities only the old text named are deleted; the
 * article is planned again as a story member (one alone in its story keeps it unless it now joins another, as
 * consolidation's second chance moves it; one of a story of several leaves it and is planned as a new article would
 * be). What the library keeps in memory has no removal (hashes, near-duplicate sketches, word statistics), so it is
 * read again from the database inside the transaction, which costs a read of the library per refresh: refreshes are
 * rare. Its index document is replaced after the commit. Not thread-safe: the library calls it under its lock.
 */
final class TextRefresh {

    /** The rows derived from an article's text, deleted and written again (related links are handled both ways). */
    private static final String[] DERIVED = {"article_ranges", "summaries", "entity_mentions", "quotes", "time_expressions",
        "events", "article_features"};

    private final Connection connection;
    private final ArticleWriter writer;
    private final GroupCommit group;
    private final LibraryWrites writes;
    private final StoryConsolidation storyWork;
    private final SearchIndex index;
    /** What the library does when the refresh's transaction is lost: forget what it holds in memory. */
    private final Runnable resync;

    TextRefresh(Connection connection, ArticleWriter writer, GroupCommit group, LibraryWrites writes, StoryConsolidation storyWork,
            SearchIndex index, Runnable resync) {
        this.connection = connection;
        this.writer = writer;
        this.group = group;
        this.writes = writes;
        this.storyWork = storyWork;
        this.index = index;
        this.resync = resync;
    }

    /**
     * Replaces article {@code id}'s text by {@code entry}'s (the caller holds the library's lock). A text that is a
     * copy or near-copy of another stored article is not replaced in: the result then names that article, with
     * status DUPLICATE or NEAR_DUPLICATE, and nothing changes.
     *
     * @throws IllegalArgumentException when no article has this id
     */
    AddResult replace(long id, LibraryEntry entry) throws IOException {
        writes.settle(); // the topic space holds every article written before
        group.commitAndIndexNow(); // the open group stays apart from the refresh's transaction
        long[] story = storyOf(id);
        KnownArticles before = writes.known();
        ContentFingerprint fp = ContentFingerprint.of(entry.analyzed().article().text());
        Long same = before.idOf(null, fp.contentHash());
        if (same != null && same != id) {
            return new AddResult(AddResult.Status.DUPLICATE, same, 0);
        }
        long near = before.nearDuplicateOf(fp);
        if (near >= 0 && near != id) {
            return new AddResult(AddResult.Status.NEAR_DUPLICATE, near, 0);
        }
        ArticleFeatures f = writes.features(entry);
        try {
            rewrite(id, entry, fp, f);
            boolean alone = story[1] == 1;
            boolean leaves = !alone && story[0] != 0; // 0: no story at all (a library that lost one), planned as new
            if (leaves) {
                writer.stories().leave(id, story[0]);
            }
            KnownArticles k = KnownArticles.read(connection);
            TopicSpace topics = k.topics();
            long joined = alone ? replanAlone(id, story[0], topics) : planAgain(id, entry, f, topics);
            if (leaves) {
                writer.stories().keyEntities(story[0], String.join("; ", topics.keyNames(story[0], 6)));
            }
            writer.log(entry.origin(), AddResult.Status.REFRESHED.name(), null, id);
            group.touch();
            group.commitAndIndexNow();
            writes.knownNow(k);
            index.put(IndexDocument.of(id, entry, joined), group.indexFailures); // refused: this article's failure, as for a new one
            index.commit(); // at once: reopening reconciles which ids the index holds, not what their documents say
            return new AddResult(AddResult.Status.REFRESHED, id, joined);
        } catch (SQLException e) {
            group.rollback();
            resync.run();
            throw new IOException("cannot replace the text of article " + id + ": " + e.getMessage(), e);
        }
    }

    /** {story id, story size} of a stored article ({0, 0} when it has no story). */
    private long[] storyOf(long id) throws IOException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT m.story_id, s.size FROM articles a"
                + " LEFT JOIN story_members m ON m.article_id = a.id LEFT JOIN stories s ON s.id = m.story_id WHERE a.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no article " + id + " in the library: there is no text to replace");
                }
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        } catch (SQLException e) {
            group.rollback();
            throw new IOException("cannot read article " + id + ": " + e.getMessage(), e);
        }
    }

    /** The article row takes the new text (its URL, origin, source and time of adding stay); what derives from it is rewritten. */
    private void rewrite(long id, LibraryEntry entry, ContentFingerprint fp, ArticleFeatures f) throws SQLException {
        Article a = entry.analyzed().article();
        try (PreparedStatement ps = connection.prepareStatement("UPDATE articles SET title = ?, body = ?, content_hash = ?, minhash = ?,"
                + " byline = COALESCE(?, byline), published = COALESCE(?, published), language = COALESCE(?, language),"
                + " text_note = ?, declared_published = ? WHERE id = ?")) {
            ps.setString(1, ArticleWriter.clip(a.title(), 4000));
            ps.setString(2, a.text());
            ps.setString(3, fp.contentHash());
            ps.setString(4, fp.minhashHex());
            ps.setString(5, ArticleWriter.clip(a.byline(), 1000));
            ps.setString(6, ArticleWriter.clip(a.published(), 40));
            ps.setString(7, ArticleWriter.clip(a.language(), 16));
            ps.setString(8, ArticleWriter.clip(entry.textNote(), 1000));
            // the page's own declared publication goes with the date it gave (a feed's text declares none)
            ps.setString(9, ArticleWriter.clip(entry.declaredPublished(), 40));
            ps.setLong(10, id);
            ps.executeUpdate();
        }
        Set<Long> named = entitiesOf(id);
        for (String table : DERIVED) {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM related WHERE article_id = ? OR related_id = ?")) {
            ps.setLong(1, id);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        dropUnmentioned(named);
        writer.insertAnnotations(id, entry);
        writer.features(id, f);
    }

    /** The entities the article's stored text mentions. */
    private Set<Long> entitiesOf(long id) throws SQLException {
        Set<Long> out = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT entity_id FROM entity_mentions WHERE article_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /**
     * Deletes those of these entities no article mentions any more (a name only the old text gave), before the new
     * text's names are written: an entity row exists only while an article mentions it, as when it was written, so
     * its page and the lists of names know only what the library holds, and a person no article names any more
     * does not steer how later articles' names are filed ({@link PersonIdentities}).
     */
    private void dropUnmentioned(Set<Long> entities) throws SQLException {
        Set<Long> dropped = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM entities WHERE id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM entity_mentions m WHERE m.entity_id = ?)")) {
            for (long e : entities) {
                ps.setLong(1, e);
                ps.setLong(2, e);
                if (ps.executeUpdate() > 0) {
                    dropped.add(e);
                }
            }
        }
        if (!dropped.isEmpty()) {
            writer.entitiesDropped(dropped);
        }
    }

    /** An article alone in its story: it moves to the story it now joins, else keeps its own, retitled. */
    private long replanAlone(long id, long own, TopicSpace topics) throws SQLException {
        TopicSpace.Plan plan = topics.replan(id);
        writer.related(id, plan.related());
        if (plan.storyId() == 0) {
            writer.stories().recount(own);
            writer.stories().keyEntities(own, String.join("; ", topics.keyNames(own, 6)));
            return own;
        }
        writer.stories().moveToStory(id, own, plan.storyId(), plan.storyScore(), String.join("; ", topics.keyNames(plan.storyId(), 6)));
        topics.move(id, plan.storyId());
        return plan.storyId();
    }

    /** An article taken out of a story of several: planned as a new article is, into a story or one of its own. */
    private long planAgain(long id, LibraryEntry entry, ArticleFeatures f, TopicSpace topics) throws SQLException {
        Article a = entry.analyzed().article();
        Long day = StoryDates.day(a.publishedDate().map(d -> d.toEpochDay()).orElse(null), entry.analyzed().times());
        TopicSpace.Plan plan = topics.plan(f, day, a.title());
        long story = writer.stories().joinStory(id, plan.storyId(), plan.storyScore(), a, LibraryWrites.keyNames(topics, plan, f));
        writer.related(id, plan.related());
        topics.add(id, f, day, story);
        if (plan.storyId() == 0) {
            storyWork.started(id);
        }
        if (plan.mergeWith() != 0) {
            storyWork.bridged(story, plan.mergeWith());
        }
        return story;
    }
}
