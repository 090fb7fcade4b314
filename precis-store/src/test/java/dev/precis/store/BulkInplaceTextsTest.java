package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article bodies kept in their H2 rows during a bulk load, and H2's limit put back after it. */
class BulkInplaceTextsTest {

    @TempDir
    Path dir;

    private static String limit(Connection c) throws Exception {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                     + " WHERE SETTING_NAME = 'MAX_LENGTH_INPLACE_LOB'")) {
            return rs.next() ? rs.getString(1) : "none";
        }
    }

    /** The limit during a bulk load and after it, in a database whose own limit is {@code own} (null: none). */
    private static List<String> duringAndAfter(String database, Integer own) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + database)) {
            if (own != null) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET MAX_LENGTH_INPLACE_LOB " + own);
                }
            }
            BulkInplaceTexts load = BulkInplaceTexts.start(c);
            String during = limit(c);
            load.end();
            return List.of(during, limit(c));
        }
    }

    @Test
    void raisesTheLimitForTheLoadAndPutsBackTheDatabasesOwn() throws Exception {
        assertThat(duringAndAfter("inplace-own", 1000)).containsExactly(String.valueOf(BulkInplaceTexts.BULK_LIMIT), "1000");
    }

    @Test
    void aDatabaseWithoutItsOwnLimitGetsH2sDefaultBack() throws Exception {
        assertThat(duringAndAfter("inplace-default", null)).containsExactly(String.valueOf(BulkInplaceTexts.BULK_LIMIT), "256");
    }

    @Test
    void aHigherLimitIsLeftAlone() throws Exception {
        assertThat(duringAndAfter("inplace-higher", 200_000)).containsExactly("200000", "200000");
    }

    @Test
    void bodiesLoadedInBulkReadBackTheSameShortAndLong() throws Exception {
        String paragraph = "The harbour board met on Tuesday to weigh the ferry timetable. ";
        String medium = paragraph.repeat(40); // in the row during the load
        StringBuilder sailings = new StringBuilder();
        for (int k = 0; sailings.length() <= BulkInplaceTexts.BULK_LIMIT; k++) {
            sailings.append("Sailing ").append(k).append(" leaves the north quay at ").append(k % 24).append(" hours. ");
        }
        String huge = sailings.toString(); // longer than the limit: in H2's LOB store
        List<String> bodies = List.of("A short note on the ferry timetable.", medium, huge);
        LibraryConfig config = LibraryConfig.embedded(dir);
        try (Library lib = Library.open(config)) {
            lib.bulkLoad(true);
            for (int i = 0; i < bodies.size(); i++) {
                AnalyzedArticle a = Fixtures.analyzed("b" + i, "Ferry timetable " + i, bodies.get(i), "2024-03-1" + i, List.of(), List.of());
                lib.add(new LibraryEntry(a, null, "wire", "wire/b" + i));
            }
            lib.bulkLoad(false);
        }
        try (Library lib = Library.open(config)) {
            List<ArticleRef> stored = lib.latest(0, 10);
            assertThat(stored).hasSize(bodies.size());
            for (ArticleRef ref : stored) {
                Article a = lib.article(ref.id()).orElseThrow().article();
                assertThat(a.text()).as(a.id()).isEqualTo(bodies.get(Integer.parseInt(a.id().substring(1))));
            }
        }
        try (Connection c = Database.open(config)) {
            assertThat(limit(c)).as("the limit after the load").isEqualTo("256");
        }
    }
}
