package dev.precis.store;

import dev.precis.model.EntityType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A surname met before the full name ("Blakemore" in one article, "Hester Blakemore" in a later one) got a page of its
 * own; when the full name is met and is the only stored person of that surname, and each article of the surname page
 * is in one story with an article of the person's (the same news: a surname alone names someone the coverage named in
 * full; a judge "Lord Quarrie" and a chess player "Alma Quarrie" are in different stories; a page that gathers a
 * word of many stories is no one person's), the surname page is
 * joined into the person's: its mentions (with their spellings) and quotes move there, and its old name leads there
 * ({@code entity_redirects}, V1_13), inside the writer's transaction. When two stored people share the
 * surname, or it is a stored person's given name, the page cannot be given to either and stays its own
 * ({@link PersonIdentities#soleSurname}); so does a surname page an article shares with the full name (two rows of one
 * article would have to be merged), which the document pass, filing a surname under the article's own full name, does
 * not make. A story's key names are not renamed: they are worked out again from its articles' stored key names
 * whenever the story changes (and are text, not links). Not thread-safe: the library serialises writers.
 */
final class SurnamePages {

    private final StatementCache statements;
    /**
     * Full names settled in this writer's life: no surname page (one is made only before the full name is known, or
     * when the surname is not the person's alone), or joined. A name whose surname page shares no story yet is
     * looked at again when next met.
     */
    private final Set<String> checked = new HashSet<>();

    SurnamePages(StatementCache statements) {
        this.statements = statements;
    }

    /** The open transaction was rolled back: its joins are undone, so their names are looked at again. */
    void forget() {
        checked.clear();
    }

    /**
     * Joins into each of these persons (library name → entity id) the page of its surname alone, when there is one, the
     * surname is that person's only and the page's articles are in the person's stories (see the class comment);
     * returns the ids of the surname pages joined (their rows are deleted). {@code story} is the story the persons'
     * article was just filed in: a page that has no article there is left for a later article (see {@link #meets}).
     */
    Set<Long> join(Map<String, Long> persons, PersonIdentities identities, long story) throws SQLException {
        Set<Long> joined = new LinkedHashSet<>();
        for (Map.Entry<String, Long> p : persons.entrySet()) {
            if (checked.contains(p.getKey())) {
                continue;
            }
            String surname = identities.soleSurname(p.getKey());
            Long page = surname == null ? null : personId(surname);
            if (page == null) {
                checked.add(p.getKey());
            } else if (meets(page, story) && inItsStories(page, p.getValue()) && !sharesAnArticle(page, p.getValue())) {
                move(page, surname, p.getValue(), p.getKey());
                joined.add(page);
                checked.add(p.getKey());
            }
        }
        return joined;
    }

    private Long personId(String canonical) throws SQLException {
        PreparedStatement ps = statements.get("SELECT id FROM entities WHERE canonical = ? AND type = ?");
        ps.setString(1, canonical);
        ps.setString(2, EntityType.PERSON.name());
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    /**
     * Whether the story holds an article of the surname page: an indexed look-up that spares the whole-page check
     * below for the many articles that bring a full name to another story than its surname page's. A join needs each
     * page article in a story with the person, so it first becomes possible when the person reaches such a story.
     */
    private boolean meets(long page, long story) throws SQLException {
        return any("SELECT 1 FROM story_members s JOIN entity_mentions m ON m.article_id = s.article_id"
                + " WHERE s.story_id = ? AND m.entity_id = ? FETCH FIRST 1 ROWS ONLY", story, page);
    }

    private boolean sharesAnArticle(long a, long b) throws SQLException {
        return any("SELECT 1 FROM entity_mentions x JOIN entity_mentions y ON y.article_id = x.article_id"
                + " WHERE x.entity_id = ? AND y.entity_id = ? FETCH FIRST 1 ROWS ONLY", a, b);
    }

    /** Whether every article of the surname page is in a story with an article of the person's. */
    private boolean inItsStories(long page, long person) throws SQLException {
        return !any("SELECT 1 FROM entity_mentions x LEFT JOIN story_members sx ON sx.article_id = x.article_id"
                + " WHERE x.entity_id = ? AND NOT EXISTS (SELECT 1 FROM story_members sy JOIN entity_mentions y"
                + " ON y.article_id = sy.article_id WHERE sy.story_id = sx.story_id AND y.entity_id = ?) FETCH FIRST 1 ROWS ONLY", page, person);
    }

    private boolean any(String sql, long a, long b) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        ps.setLong(1, a);
        ps.setLong(2, b);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private void move(long from, String surname, long to, String name) throws SQLException {
        // quotes name their speaker: only those of the articles that filed the surname under its own page
        update("UPDATE quotes SET speaker = ? WHERE speaker = ? AND article_id IN"
                + " (SELECT article_id FROM entity_mentions WHERE entity_id = ?)", name, surname, from);
        update("UPDATE entity_mentions SET entity_id = ? WHERE entity_id = ?", to, from);
        update("UPDATE entity_redirects SET to_id = ? WHERE to_id = ?", to, from);
        update("INSERT INTO entity_redirects(from_id, canonical, type, to_id) VALUES (?,?,?,?)", from, surname, EntityType.PERSON.name(), to);
        update("DELETE FROM entities WHERE id = ?", from);
    }

    private void update(String sql, Object... values) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
        ps.executeUpdate();
    }
}
