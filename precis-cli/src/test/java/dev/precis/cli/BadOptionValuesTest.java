package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Option values and inputs main took (exit 0) or refused in words naming no option, after it had made a library. */
class BadOptionValuesTest {

    @TempDir
    Path dir;

    @Test
    void ingestNamesABadThreadCountOrTimeoutBeforeALibraryIsMade() throws Exception {
        Path good = Files.writeString(dir.resolve("ferry.txt"), "Ferry returns\n\nThe island ferry sailed again on Monday after repairs.\n");
        Path lib = dir.resolve("lib");
        // main: "threads must be >= 1, got 0" and "duration must not be negative: -1", each after creating lib
        String[][] cases = {{"--threads", "0", "precis: --threads must be at least 1, got 0\n"},
                {"--timeout", "-1", "precis: --timeout must be at least 1 second, got -1\n"},
                {"--timeout", "0", "precis: --timeout must be at least 1 second, got 0\n"}};
        for (String[] c : cases) {
            CliRun run = CliRun.of("ingest", "--quiet", "--data", lib.toString(), c[0], c[1], good.toString());
            assertThat(run.exitCode()).as(c[0] + " " + c[1]).isEqualTo(2);
            assertThat(run.err()).isEqualTo(c[2]);
            assertThat(lib).as(c[0] + " " + c[1]).doesNotExist();
        }
    }

    @Test
    void benchIngestOfAMissingInputFailsInsteadOfTimingNothing() {
        Path lib = dir.resolve("bench");
        Path missing = dir.resolve("corpus.jsonl");
        // main: "bench ingest: 0 items (… 1 failed) …", exit 0
        CliRun run = CliRun.of("bench", "ingest", "--data", lib.toString(), missing.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("precis: " + missing + ": no such file, folder or URL\n");
        assertThat(run.out()).isEmpty();
        assertThat(lib).doesNotExist();
    }

    @Test
    void storiesRefusesAMinimumSizeBelowOne() throws Exception {
        Path good = Files.writeString(dir.resolve("ferry.txt"), "Ferry returns\n\nThe island ferry sailed again on Monday after repairs.\n");
        Path lib = dir.resolve("lib");
        assertThat(CliRun.of("ingest", "--quiet", "--data", lib.toString(), good.toString()).exitCode()).isZero();
        // main: "stories 1–1 of 1 (of at least -1 articles)", exit 0
        CliRun run = CliRun.of("stories", "--data", lib.toString(), "--min-size", "-1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("precis: --min-size must be at least 1, got -1\n");
        assertThat(CliRun.of("stories", "--data", lib.toString(), "--min-size", "1").out()).startsWith("stories 1–1 of 1 (of at least 1 article)\n");
    }
}
