package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistyped INPUT of {@code precis ingest} is one line naming it, checked before a library is created, opened or migrated. */
class IngestMissingInputTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileLeavesNoNewLibraryBehind() {
        Path lib = dir.resolve("new-lib");
        Path missing = dir.resolve("harbour-notes.txt");
        CliRun run = CliRun.of("ingest", "--data", lib.toString(), missing.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("precis: " + missing + ": no such file, folder or URL\n");
        // main: "ingested 0 items …", "failed: …", "library: 0 articles", and an empty library in new-lib
        assertThat(run.out()).isEmpty();
        assertThat(lib).doesNotExist();
    }

    @Test
    void oneMissingInputAmongGoodOnesStopsTheBatchBeforeAnythingIsStored() throws Exception {
        Path good = Files.writeString(dir.resolve("ferry.txt"), "Ferry returns\n\nThe island ferry sailed again on Monday after repairs.\n");
        Path lib = dir.resolve("lib");
        CliRun run = CliRun.of("ingest", "--quiet", "--data", lib.toString(), good.toString(), "ferry2.txt", "http://news.example/x", "-",
                "notes/");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("precis: no such file, folder or URL: ferry2.txt, notes/\n");
        assertThat(lib).doesNotExist();
    }

    @Test
    void aMissingAnalyzedFolderOrAUrlGivenToAnalyzedIsRefusedUpFront() {
        Path lib = dir.resolve("lib");
        Path folder = dir.resolve("batch-out/json");
        CliRun run = CliRun.of("ingest", "--quiet", "--analyzed", "--data", lib.toString(), folder.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("precis: " + folder + ": no such file or folder\n");
        assertThat(run.out()).isEmpty();
        CliRun url = CliRun.of("ingest", "--quiet", "--analyzed", "--data", lib.toString(), "https://news.example/batch.jsonl");
        assertThat(url.exitCode()).isEqualTo(2);
        assertThat(url.err()).isEqualTo("precis: https://news.example/batch.jsonl: --analyzed reads precis-batch output files and folders, not URLs\n");
        assertThat(lib).doesNotExist();
    }

    @Test
    void aDatabaseIsNotTouchedWhenEveryInputIsMissing() {
        // nothing listens on port 1: main went on to connect (and, on a real server, migrate) before it looked at the file
        Path missing = dir.resolve("missing.jsonl");
        CliRun run = CliRun.of("ingest", "--quiet", "--db", "jdbc:postgresql://127.0.0.1:1/precis?user=precis", missing.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("precis: " + missing + ": no such file, folder or URL\n");
    }
}
