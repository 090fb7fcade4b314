package dev.precis.store;

import dev.precis.model.EntityType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A surname met before the full name ("Blunkett" in one article, "David Blunkett" in a later one) got a page of its
 * own; when the full name arrives and is the only stored person of that surname, the surname page is joined into the
 * person's: its mentions, spellings, quotes and the stories' key names move there, and its old name leads there
 * ({@code entity_redirects}, V1_13), inside the writer's transaction. When two stored people share the surname the
 * page cannot be given to either and stays its own ({@link PersonIdentities#soleSurname}); so does a surname page an
 * article shares with the full name (two rows of one article would have to be merged), which the document pass,
 * filing a surname under the article's own full name, does not make. Not thread-safe: the library serialises writers.
 */
final class SurnamePages {

    private final StatementCache statements;
    /** Full names already looked at in this writer's life: each is checked once. */
    private final Set<String> checked = new HashSet<>();

    SurnamePages(StatementCache statements) {
        this.statements = statements;
    }

    /** The open transaction was rolled back: its joins are undone, so their names are looked at again. */
    void forget() {
        checked.clear();
    }

    /**
     * Joins into each of these persons (library name → entity id) the page of its surname alone, when there is one and
     * the surname is that person's only; returns the ids of the surname pages joined (their rows are deleted).
     */
    Set<Long> join(Map<String, Long> persons, PersonIdentities identities) throws SQLException {
        Set<Long> joined = new LinkedHashSet<>();
        for (Map.Entry<String, Long> p : persons.entrySet()) {
            if (!checked.add(p.getKey())) {
                continue;
            }
            String surname = identities.soleSurname(p.getKey());
            Long page = surname == null ? null : personId(surname);
            if (page != null && !sharesAnArticle(page, p.getValue())) {
                move(page, surname, p.getValue(), p.getKey());
                joined.add(page);
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

    private boolean sharesAnArticle(long a, long b) throws SQLException {
        PreparedStatement ps = statements.get("SELECT 1 FROM entity_mentions x JOIN entity_mentions y ON y.article_id = x.article_id"
                + " WHERE x.entity_id = ? AND y.entity_id = ? FETCH FIRST 1 ROWS ONLY");
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
        renameInStories(from, surname, name);
        update("UPDATE entity_mentions SET entity_id = ? WHERE entity_id = ?", to, from);
        update("UPDATE entity_spellings SET entity_id = ? WHERE entity_id = ?", to, from);
        update("UPDATE entity_redirects SET to_id = ? WHERE to_id = ?", to, from);
        update("INSERT INTO entity_redirects(from_id, canonical, type, to_id) VALUES (?,?,?,?)", from, surname, EntityType.PERSON.name(), to);
        update("DELETE FROM entities WHERE id = ?", from);
    }

    /**
     * The stories of the surname page's articles list their key names "A; B": the surname becomes the full name. A
     * story whose names are worked out again later (an article joins it) takes them from its articles' stored key
     * names, where the surname stays as the article wrote it.
     */
    private void renameInStories(long from, String surname, String name) throws SQLException {
        PreparedStatement ps = statements.get("SELECT DISTINCT s.id, s.key_entities FROM stories s JOIN story_members sm ON sm.story_id = s.id"
                + " JOIN entity_mentions m ON m.article_id = sm.article_id WHERE m.entity_id = ?");
        ps.setLong(1, from);
        Map<Long, String> renamed = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                List<String> names = new ArrayList<>(List.of(rs.getString(2).split("; ")));
                if (names.contains(surname)) {
                    names.replaceAll(n -> n.equals(surname) ? name : n);
                    renamed.put(rs.getLong(1), String.join("; ", new LinkedHashSet<>(names)));
                }
            }
        }
        for (Map.Entry<Long, String> e : renamed.entrySet()) {
            update("UPDATE stories SET key_entities = ? WHERE id = ?", e.getValue(), e.getKey());
        }
    }

    private void update(String sql, Object... values) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
        ps.executeUpdate();
    }
}
