package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to {@code precis train meaning-table} is a one-line error before any model is run. */
class TrainMeaningTableCommandTest {

    @TempDir
    Path dir;

    @Test
    void aMissingSampleIsNamed() {
        Path out = dir.resolve("table.bin");
        CliRun run = CliRun.of("train", "meaning-table", "--sample", dir.resolve("no-such-folder").toString(),
                "--output", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.oneLineError()).as(run.err()).isTrue();
        assertThat(run.err()).contains("no-such-folder");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBrokenJsonLineIsNamedWithItsNumber() throws Exception {
        Path sample = dir.resolve("sample.jsonl");
        Files.writeString(sample, "{\"text\": \"The council met on Monday.\"}\n{\"text\": \"unclosed\n");
        CliRun run = CliRun.of("train", "meaning-table", "--sample", sample.toString(), "--output", dir.resolve("t.bin").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.oneLineError()).as(run.err()).isTrue();
        assertThat(run.err()).contains("sample.jsonl line 2");
    }

    @Test
    void aDimensionLongerThanTheEncodersIsRefused() {
        CliRun run = CliRun.of("train", "meaning-table", "--sample", dir.toString(), "--output", dir.resolve("t.bin").toString(),
                "--dimension", "500");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--dimension 500");
    }
}
