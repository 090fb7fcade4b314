package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bodies streamed during a bulk load: only those longer than H2's in-row limit, and they read back unchanged. */
class BulkBodiesTest {

    @TempDir
    Path dir;

    private Connection open(String settings) throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("t") + settings);
    }

    @Test
    void streamsOnlyBodiesLongerThanTheInRowLimitWhileABulkLoadRuns() throws Exception {
        try (Connection c = open("")) {
            BulkBodies bodies = new BulkBodies(c);
            assertThat(bodies.streams("x".repeat(5000))).isFalse();
            bodies.start();
            assertThat(bodies.streams("x".repeat(256))).isFalse();
            assertThat(bodies.streams("x".repeat(257))).isTrue();
            assertThat(bodies.streams(null)).isFalse();
            bodies.stop();
            assertThat(bodies.streams("x".repeat(5000))).isFalse();
        }
    }

    @Test
    void followsTheDatabasesOwnInRowLimit() throws Exception {
        try (Connection c = open(";MAX_LENGTH_INPLACE_LOB=1000")) {
            BulkBodies bodies = new BulkBodies(c);
            bodies.start();
            assertThat(bodies.streams("x".repeat(1000))).isFalse();
            assertThat(bodies.streams("x".repeat(1001))).isTrue();
        }
    }

    @Test
    void streamedBodiesReadBackAsTheSameStringsAfterReopening() throws Exception {
        List<String> texts = new ArrayList<>(List.of("",
                "A short note.",
                "é".repeat(200),
                "The council met on Tuesday. ".repeat(200),
                "Before a lone surrogate \uD800 and after it. ".repeat(30),
                "Rain \uD83C\uDF27 again. ".repeat(120)));
        try (Connection c = open("")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t(id INT PRIMARY KEY, plain CLOB, bulk CLOB)");
            }
            BulkBodies bodies = new BulkBodies(c);
            bodies.start();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?,?,?)")) {
                for (int i = 0; i < texts.size(); i++) {
                    ps.setInt(1, i);
                    ps.setString(2, texts.get(i));
                    bodies.bind(ps, 3, texts.get(i));
                    ps.executeUpdate();
                }
            }
            c.commit();
            bodies.stop();
        }
        try (Connection c = open("");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, plain, bulk, OCTET_LENGTH(plain), OCTET_LENGTH(bulk) FROM t ORDER BY id")) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                assertThat(rs.getString(3)).isEqualTo(rs.getString(2));
                assertThat(rs.getLong(5)).isEqualTo(rs.getLong(4));
            }
            assertThat(rows).isEqualTo(texts.size());
        }
    }
}
