package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.TextRange;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article's entity ids come in mention order; the entities new to the library are numbered in the order of their
 * first mentions, as one insert per entity numbered them, whether or not the writer may trust its cache alone.
 */
class EntityIdsTest {

    @TempDir
    Path dir;

    private static EntityMention m(EntityType type, String name) {
        return new EntityMention(new TextRange(0, 1), type, name, null);
    }

    @Test
    void newEntitiesAreNumberedInFirstMentionOrderAndRepeatsShareAnId() throws Exception {
        for (boolean soleWriter : new boolean[] {true, false}) {
            Path d = dir.resolve("sole-" + soleWriter);
            try (Connection c = Database.open(LibraryConfig.embedded(d))) {
                StatementCache statements = new StatementCache(c, "ID");
                EntityIds ids = new EntityIds(statements, new MultiRowInsert(statements), soleWriter);
                // the same name as a person and as a place is two entities
                List<EntityMention> first = List.of(m(EntityType.PERSON, "Ada Quill"), m(EntityType.LOCATION, "Brightwater"),
                        m(EntityType.PERSON, "Ada Quill"), m(EntityType.PERSON, "Brightwater"));
                long[] a = ids.ids(first, n -> n);
                assertThat(a[0]).isLessThan(a[1]);
                assertThat(a[1]).isLessThan(a[3]);
                assertThat(a[2]).isEqualTo(a[0]);
                ids.committed();
                // a second article: two known entities, one new one stored under the library's spelling of its name
                List<EntityMention> second = List.of(m(EntityType.PERSON, "A. Quill"), m(EntityType.ORGANIZATION, "Quill & Sons"),
                        m(EntityType.LOCATION, "Brightwater"));
                long[] b = ids.ids(second, n -> Map.of("A. Quill", "Ada Quill").getOrDefault(n, n));
                assertThat(b[0]).isEqualTo(a[0]);
                assertThat(b[1]).isGreaterThan(a[3]);
                assertThat(b[2]).isEqualTo(a[1]);
                assertThat(stored(c)).containsExactly("PERSON|Ada Quill", "LOCATION|Brightwater", "PERSON|Brightwater",
                        "ORGANIZATION|Quill & Sons");
            }
        }
    }

    @Test
    void aRolledBackArticlesEntitiesAreInsertedAgainAndOthersFoundInTheTable() throws Exception {
        try (Connection c = Database.open(LibraryConfig.embedded(dir))) {
            StatementCache statements = new StatementCache(c, "ID");
            EntityIds ids = new EntityIds(statements, new MultiRowInsert(statements), true);
            long kept = ids.ids(List.of(m(EntityType.PERSON, "Ada Quill")), n -> n)[0];
            ids.committed();
            java.sql.Savepoint sp = c.setSavepoint();
            ids.ids(List.of(m(EntityType.LOCATION, "Brightwater")), n -> n);
            c.rollback(sp);
            ids.rolledBack();
            // the cache no longer trusts itself alone: the kept entity is looked up, the lost one inserted again
            long[] again = ids.ids(List.of(m(EntityType.LOCATION, "Brightwater"), m(EntityType.PERSON, "Ada Quill")), n -> n);
            assertThat(again[1]).isEqualTo(kept);
            assertThat(stored(c)).containsExactly("PERSON|Ada Quill", "LOCATION|Brightwater");
            assertThat(again[0]).isEqualTo(idOf(c, "Brightwater"));
        }
    }

    private static List<String> stored(Connection c) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT type, canonical FROM entities ORDER BY id")) {
            while (rs.next()) {
                out.add(rs.getString(1) + "|" + rs.getString(2));
            }
        }
        return out;
    }

    private static long idOf(Connection c, String canonical) throws Exception {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM entities WHERE canonical = '" + canonical + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
