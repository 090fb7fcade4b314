package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer's id caches survive commits and forget exactly what a rollback undid. */
class ArticleWriterRollbackTest {

    @TempDir
    Path dir;

    private static LibraryEntry entry(String id, String text, List<String> people) {
        AnalyzedArticle a = Fixtures.analyzed(id, "Title " + id, text, "2024-03-10", people, List.of());
        return new LibraryEntry(a, null, "wire", "wire/" + id);
    }

    private static long write(ArticleWriter w, LibraryEntry e, ContentFingerprint fp) throws Exception {
        long id = w.insertArticle(e, fp);
        w.insertAnnotations(id, e);
        w.stories().joinStory(id, 0, 0, e.analyzed().article(), "k");
        return id;
    }

    @Test
    void entitiesInsertedByARolledBackSavepointAreInsertedAgainLater() throws Exception {
        try (Connection c = Database.open(LibraryConfig.embedded(dir))) {
            ArticleWriter w = new ArticleWriter(c);
            LibraryEntry kept = entry("a", Fixtures.TALKS_LATER, List.of("Anna Kessel"));
            write(w, kept, ContentFingerprint.of(Fixtures.TALKS_LATER));
            c.commit();
            w.committed();

            Savepoint sp = c.setSavepoint();
            LibraryEntry undone = entry("b", Fixtures.TALKS, List.of("Anna Kessel", "Pavel Droz"));
            write(w, undone, ContentFingerprint.of(Fixtures.TALKS));
            c.rollback(sp);
            w.rolledBack();

            // the same entities again: Pavel Droz's row is gone and must be inserted anew (a stale cached id
            // would break the mentions' foreign key), Anna Kessel's committed row is reused
            long id = write(w, undone, ContentFingerprint.of(Fixtures.TALKS));
            c.commit();
            w.committed();
            assertThat(mentionedEntities(c, id)).startsWith("Anna Kessel", "Pavel Droz");
            assertThat(entityRows(c)).isEqualTo(2);
        }
    }

    @Test
    void anEntityOfTheOpenTransactionIsFoundAfterALaterSavepointIsRolledBack() throws Exception {
        // a first load into an empty library inserts new entities without looking them up first; once a
        // savepoint is rolled back the cache no longer knows every row (an entity the transaction inserted
        // before the savepoint is forgotten but still stored), so the writer must look up again, not insert twice
        try (Connection c = Database.open(LibraryConfig.embedded(dir))) {
            ArticleWriter w = new ArticleWriter(c);
            write(w, entry("a", Fixtures.TALKS_LATER, List.of("Anna Kessel")), ContentFingerprint.of(Fixtures.TALKS_LATER));
            Savepoint sp = c.setSavepoint();
            write(w, entry("b", Fixtures.TALKS, List.of("Pavel Droz")), ContentFingerprint.of(Fixtures.TALKS));
            c.rollback(sp);
            w.rolledBack();

            long id = write(w, entry("b", Fixtures.TALKS, List.of("Anna Kessel", "Pavel Droz")), ContentFingerprint.of(Fixtures.TALKS));
            c.commit();
            w.committed();
            assertThat(mentionedEntities(c, id)).startsWith("Anna Kessel", "Pavel Droz");
            assertThat(entityRows(c)).isEqualTo(2);
        }
    }

    /** The canonical names the article's mentions point to, in name order. */
    private static List<String> mentionedEntities(Connection c, long id) throws Exception {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT e.canonical FROM entity_mentions m JOIN entities e ON e.id = m.entity_id"
                     + " WHERE m.article_id = " + id + " GROUP BY e.canonical ORDER BY e.canonical")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static int entityRows(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM entities")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
