package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's archive-training run ({@link StartupTraining}): one JVM runs a full ingest of the example, its export
 * and an {@code ingest --analyzed} of the export, so the start-up archive holds the classes of both kinds of load.
 */
class StartupTrainingTest {

    @TempDir
    Path dir;

    @Test
    void theExampleIsIngestedExportedAndLoadedAgainWithoutAnalysis() throws Exception {
        Path example = Files.writeString(dir.resolve("example.txt"), "Ferry line to Holm resumes\n\n"
                + "The ferry line between Tarnby and the island of Holm resumed on Monday after a storm had stopped it for"
                + " three days, the operator Holmlinjen said. \"The harbour walls held,\" said its director Anja Vestergaard."
                + " The first crossing left Tarnby at seven in the morning with forty passengers.");
        Path work = dir.resolve("work");

        assertThat(StartupTraining.train(work, example)).isZero();

        assertThat(Files.readAllLines(work.resolve("example.jsonl"))).hasSize(1);
        try (Library full = Library.open(LibraryConfig.embedded(work.resolve("library")));
             Library loaded = Library.open(LibraryConfig.embedded(work.resolve("analyzed")))) {
            assertThat(full.size()).isEqualTo(1);
            assertThat(loaded.size()).isEqualTo(1);
            assertThat(loaded.article(1).orElseThrow().article().title()).isEqualTo("Ferry line to Holm resumes");
        }
    }

    @Test
    void aFailingCommandStopsTheRunWithItsExitCode() throws Exception {
        Path work = dir.resolve("work");

        int code = StartupTraining.train(work, dir.resolve("no-such-example.txt"));

        assertThat(code).isNotZero();
        assertThat(work.resolve("example.jsonl")).doesNotExist();
        assertThat(work.resolve("analyzed")).doesNotExist();
    }
}
