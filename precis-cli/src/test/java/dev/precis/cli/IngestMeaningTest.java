package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Base64;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code precis ingest} stores a meaning vector for every article it adds (story grouping's sentence
 * encoder), and none with {@code --no-meaning}: the fast path really skips the encoder. Texts written
 * for this test; the library's database is read directly, as no command prints the vectors.
 */
class IngestMeaningTest {

    @TempDir
    Path dir;

    private Path texts() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("pier.txt"), "Portmere will rebuild its pier\n\n"
                + "The harbour council in Portmere voted on Tuesday to rebuild the old stone pier. "
                + "Work will start next month and cost about two million euros, the council said.");
        Files.writeString(in.resolve("ferry.txt"), "Ferry strike ends\n\n"
                + "The ferry strike on the northern islands ended on Thursday after three days of talks. "
                + "Crossings to the islands will resume on Friday morning, the ferry company said.");
        return in;
    }

    /** Articles with and without a stored meaning vector, and the dimension of one stored vector (0 when none). */
    private static int[] vectors(Path library) throws Exception {
        String url = "jdbc:h2:file:" + library.toAbsolutePath().resolve("library") + ";ACCESS_MODE_DATA=r";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            int[] counts = new int[3];
            try (ResultSet rs = s.executeQuery("SELECT COUNT(meaning), COUNT(*) - COUNT(meaning) FROM article_features")) {
                rs.next();
                counts[0] = rs.getInt(1);
                counts[1] = rs.getInt(2);
            }
            try (ResultSet rs = s.executeQuery("SELECT meaning FROM article_features WHERE meaning IS NOT NULL LIMIT 1")) {
                counts[2] = rs.next() ? Base64.getDecoder().decode(rs.getString(1)).length : 0;
            }
            return counts;
        }
    }

    @Test
    void ingestStoresAMeaningVectorPerArticleAndNoneWithNoMeaning() throws Exception {
        Path in = texts();
        Path withMeaning = dir.resolve("lib");
        CliRun run = CliRun.of("ingest", "--quiet", "--data", withMeaning.toString(), in.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(vectors(withMeaning)).containsExactly(2, 0, 256);

        Path without = dir.resolve("lib-fast");
        CliRun fast = CliRun.of("ingest", "--quiet", "--no-meaning", "--data", without.toString(), in.toString());
        assertThat(fast.exitCode()).as(fast.err()).isZero();
        assertThat(vectors(without)).containsExactly(0, 2, 0);
    }

    @Test
    void theTransformerIsAnOptionAndAnUnknownEncoderIsAOneLineError() throws Exception {
        Path in = texts();
        Path minilm = dir.resolve("lib-minilm");
        CliRun run = CliRun.of("ingest", "--quiet", "--meaning-encoder", "minilm", "--data", minilm.toString(), in.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(vectors(minilm)).containsExactly(2, 0, 384);

        CliRun bad = CliRun.of("ingest", "--quiet", "--meaning-encoder", "bert", "--data", dir.resolve("lib-bad").toString(),
                in.toString());
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err().strip()).contains("--meaning-encoder", "bert").doesNotContain("\tat ").hasLineCount(1);
        assertThat(dir.resolve("lib-bad")).doesNotExist();
    }
}
