package dev.precis.store;

import dev.precis.model.Article;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes story rows and memberships inside the caller's transaction. Each story's first and last
 * publication dates are remembered after it is read or written once, so joining a story is one UPDATE
 * and one INSERT instead of a SELECT more; {@link #forget()} drops them after a rollback. Not
 * thread-safe: the library serialises writers.
 */
final class StoryWriter {

    private final StatementCache statements;
    /** Story id to {first_published, last_published} as stored (either may be null). */
    private final Map<Long, String[]> dates = new HashMap<>();

    StoryWriter(StatementCache statements) {
        this.statements = statements;
    }

    /** Forgets the remembered dates (a rollback may have undone them). */
    void forget() {
        dates.clear();
    }

    /** Puts the article into a story (a new one when {@code storyId} is 0); returns the story id. */
    long joinStory(long articleId, long storyId, double score, Article a, String keyEntities) throws SQLException {
        String published = ArticleWriter.clip(a.published(), 40);
        long story = storyId;
        if (story == 0) {
            PreparedStatement ps = statements.returningId("INSERT INTO stories(title, key_entities, first_published, last_published, size)"
                    + " VALUES (?,?,?,?,1)");
            ps.setString(1, ArticleWriter.clip(a.title(), 2000));
            ps.setString(2, ArticleWriter.clip(keyEntities, 4000));
            ps.setString(3, published);
            ps.setString(4, published);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                story = rs.getLong(1);
            }
            dates.put(story, new String[] {published, published});
        } else {
            String[] known = dates(story);
            String first = known[0];
            String last = known[1];
            // the title follows StoryTitles: a dated article retitles when it is the latest; an undated one never
            // retitles a dated story, and an undated story's title is worked out again below once it is a member
            boolean newest = published != null && (last == null || published.compareTo(last) >= 0);
            String newFirst = first == null || (published != null && published.compareTo(first) < 0) ? published : first;
            String newLast = newest ? published : last;
            PreparedStatement ps = statements.get("UPDATE stories SET title = COALESCE(?, title), key_entities = ?,"
                    + " first_published = ?, last_published = ?, size = size + 1 WHERE id = ?");
            if (newest) {
                ps.setString(1, ArticleWriter.clip(a.title(), 2000));
            } else {
                ps.setNull(1, Types.VARCHAR);
            }
            ps.setString(2, ArticleWriter.clip(keyEntities, 4000));
            ps.setString(3, newFirst);
            ps.setString(4, newLast);
            ps.setLong(5, story);
            ps.executeUpdate();
            known[0] = newFirst;
            known[1] = newLast;
        }
        PreparedStatement ps = statements.get("INSERT INTO story_members(article_id, story_id, score) VALUES (?,?,?)");
        ps.setLong(1, articleId);
        ps.setLong(2, story);
        ps.setDouble(3, score);
        ps.executeUpdate();
        if (storyId != 0 && published == null && dates(story)[1] == null) {
            retitle(story);
        }
        return story;
    }

    private String[] dates(long story) throws SQLException {
        String[] known = dates.get(story);
        if (known == null) {
            PreparedStatement ps = statements.get("SELECT first_published, last_published FROM stories WHERE id = ?");
            ps.setLong(1, story);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("story " + story + " does not exist");
                }
                known = new String[] {rs.getString(1), rs.getString(2)};
            }
            dates.put(story, known);
        }
        return known;
    }

    /** Moves a lone article out of its own story into {@code toStory}; the emptied story is deleted. */
    void moveToStory(long articleId, long fromStory, long toStory, double score, String keyEntities) throws SQLException {
        Article a;
        PreparedStatement read = statements.get("SELECT title, published FROM articles WHERE id = ?");
        read.setLong(1, articleId);
        try (ResultSet rs = read.executeQuery()) {
            rs.next();
            a = new Article(Long.toString(articleId), rs.getString(1), "", List.of(), null, null, rs.getString(2), null);
        }
        PreparedStatement members = statements.get("DELETE FROM story_members WHERE article_id = ?");
        members.setLong(1, articleId);
        members.executeUpdate();
        redirect(fromStory, toStory);
        PreparedStatement stories = statements.get("DELETE FROM stories WHERE id = ?");
        stories.setLong(1, fromStory);
        stories.executeUpdate();
        dates.remove(fromStory);
        joinStory(articleId, toStory, score, a, keyEntities);
    }

    /**
     * Merges story {@code from} into {@code to}: its members move, {@code to}'s size and date span
     * grow, {@code from} is deleted and redirects to {@code to} (as do the stories that redirected to it).
     */
    void merge(long from, long to, String keyEntities) throws SQLException {
        String[] a = dates(from);
        String[] b = dates(to);
        String first = min(a[0], b[0]);
        String last = a[1] == null ? b[1] : b[1] == null || a[1].compareTo(b[1]) > 0 ? a[1] : b[1];
        boolean newer = a[1] != null && (b[1] == null || a[1].compareTo(b[1]) > 0);
        PreparedStatement move = statements.get("UPDATE story_members SET story_id = ? WHERE story_id = ?");
        move.setLong(1, to);
        move.setLong(2, from);
        int moved = move.executeUpdate();
        // the merged story takes the title of whichever holds the latest dated article, as joining does;
        // two undated stories' title is worked out again from all their members below
        String title = null;
        if (newer) {
            PreparedStatement read = statements.get("SELECT title FROM stories WHERE id = ?");
            read.setLong(1, from);
            try (ResultSet rs = read.executeQuery()) {
                title = rs.next() ? rs.getString(1) : null;
            }
        }
        PreparedStatement grow = statements.get("UPDATE stories SET title = COALESCE(?, title),"
                + " key_entities = ?, first_published = ?, last_published = ?, size = size + ? WHERE id = ?");
        grow.setString(1, title);
        grow.setString(2, ArticleWriter.clip(keyEntities, 4000));
        grow.setString(3, first);
        grow.setString(4, last);
        grow.setInt(5, moved);
        grow.setLong(6, to);
        grow.executeUpdate();
        // redirects first: those that point at the old story must follow it before its row goes
        redirect(from, to);
        PreparedStatement delete = statements.get("DELETE FROM stories WHERE id = ?");
        delete.setLong(1, from);
        delete.executeUpdate();
        dates.remove(from);
        b[0] = first;
        b[1] = last;
        if (last == null) {
            retitle(to);
        }
    }

    /**
     * Moves {@code articles} out of story {@code from} into a new story (a split); both stories' size,
     * date span and title are worked out again from their members ({@link StoryTitles}). Returns the new story's id.
     */
    long split(long from, List<Long> articles, String keyEntities) throws SQLException {
        PreparedStatement insert = statements.returningId("INSERT INTO stories(title, key_entities, first_published, last_published, size)"
                + " VALUES ('', ?, NULL, NULL, 0)");
        insert.setString(1, ArticleWriter.clip(keyEntities, 4000));
        insert.executeUpdate();
        long story;
        try (ResultSet rs = insert.getGeneratedKeys()) {
            rs.next();
            story = rs.getLong(1);
        }
        PreparedStatement move = statements.get("UPDATE story_members SET story_id = ? WHERE article_id = ? AND story_id = ?");
        for (long id : articles) {
            move.setLong(1, story);
            move.setLong(2, id);
            move.setLong(3, from);
            move.executeUpdate();
        }
        recount(from);
        recount(story);
        return story;
    }

    /**
     * Takes an article out of its story of several (its text is being replaced, and it is planned again); the story's
     * size, date span and title are worked out again from the members left.
     */
    void leave(long articleId, long story) throws SQLException {
        PreparedStatement ps = statements.get("DELETE FROM story_members WHERE article_id = ?");
        ps.setLong(1, articleId);
        ps.executeUpdate();
        recount(story);
    }

    /** Sets a story's key names. */
    void keyEntities(long story, String keyEntities) throws SQLException {
        PreparedStatement ps = statements.get("UPDATE stories SET key_entities = ? WHERE id = ?");
        ps.setString(1, ArticleWriter.clip(keyEntities, 4000));
        ps.setLong(2, story);
        ps.executeUpdate();
    }

    /** Works out a story's size, date span and title ({@link StoryTitles}) from its members (after a split, or a member's new text). */
    void recount(long story) throws SQLException {
        List<StoryTitles.Member> members = members(story);
        String first = null;
        String last = null;
        for (StoryTitles.Member m : members) {
            first = min(first, m.published());
            if (m.published() != null && (last == null || m.published().compareTo(last) > 0)) {
                last = m.published();
            }
        }
        PreparedStatement ps = statements.get("UPDATE stories SET title = ?, first_published = ?, last_published = ?, size = ? WHERE id = ?");
        ps.setString(1, ArticleWriter.clip(StoryTitles.of(members), 2000));
        ps.setString(2, first);
        ps.setString(3, last);
        ps.setInt(4, members.size());
        ps.setLong(5, story);
        ps.executeUpdate();
        dates.put(story, new String[] {first, last});
    }

    /** Sets a story's title from its members ({@link StoryTitles}). */
    private void retitle(long story) throws SQLException {
        PreparedStatement ps = statements.get("UPDATE stories SET title = ? WHERE id = ?");
        ps.setString(1, ArticleWriter.clip(StoryTitles.of(members(story)), 2000));
        ps.setLong(2, story);
        ps.executeUpdate();
    }

    /** A story's members' headlines and dates, in the order they were added. */
    private List<StoryTitles.Member> members(long story) throws SQLException {
        PreparedStatement read = statements.get("SELECT a.title, a.published FROM story_members m JOIN articles a ON a.id = m.article_id"
                + " WHERE m.story_id = ? ORDER BY a.id");
        read.setLong(1, story);
        List<StoryTitles.Member> members = new ArrayList<>();
        try (ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                members.add(new StoryTitles.Member(rs.getString(1), rs.getString(2)));
            }
        }
        return members;
    }

    /** Records that story {@code from} now lives on as {@code to}; earlier redirects to {@code from} follow. */
    private void redirect(long from, long to) throws SQLException {
        PreparedStatement chain = statements.get("UPDATE story_redirects SET to_id = ? WHERE to_id = ?");
        chain.setLong(1, to);
        chain.setLong(2, from);
        chain.executeUpdate();
        PreparedStatement insert = statements.get("INSERT INTO story_redirects(from_id, to_id) VALUES (?,?)");
        insert.setLong(1, from);
        insert.setLong(2, to);
        insert.executeUpdate();
    }

    private static String min(String x, String y) {
        return x == null ? y : y == null || x.compareTo(y) < 0 ? x : y;
    }
}
