package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.ingest.IngestReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchIngestCommandTest {

    @Test
    void warmUpRoundsArePrintedButOnlyMeasuredRoundsAreSummarised(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("ferry.txt"), "Island ferry returns after repairs\n\n"
                + "The ferry to Kellin Island sailed again on Monday after six weeks in dry dock, the harbour office said.",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("library.txt"), "Town library opens a night reading room\n\n"
                + "Readers can now stay until midnight on Fridays, librarian Ada Brook said on Tuesday.",
                StandardCharsets.UTF_8);
        Path data = dir.resolve("bench");

        CliRun run = CliRun.of("bench", "ingest", "--warmup", "1", "--rounds", "2", "--threads", "1",
                "--data", data.toString(), in.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("warm-up 1: bench ingest: 2 items (2 added");
        assertThat(lines.get(1)).startsWith("round 1: bench ingest: 2 items (2 added");
        assertThat(lines.get(2)).startsWith("round 2: bench ingest: 2 items (2 added");
        assertThat(lines.get(3)).startsWith("summary of 2 measured rounds after 1 warm-up: mean ");
        // every round ingested into a library of its own
        assertThat(data.resolve("warmup-1/library.mv.db")).exists();
        assertThat(data.resolve("round-1/library.mv.db")).exists();
        assertThat(data.resolve("round-2/library.mv.db")).exists();
    }

    @Test
    void summaryGivesMeanSpreadAndRangeOfTheRates() {
        IngestReport report = new IngestReport(100, 100, 0, 0, 0, List.of(), Duration.ofSeconds(1));
        // 100 items in 1 s and in 2 s of wall clock: 100 and 50 items/s; CPU 2 s and 4 s: 50 and 25 per CPU-second
        String s = BenchIngestCommand.summary(List.of(
                new BenchIngestCommand.Round(report, 100, 1.0, 2.0),
                new BenchIngestCommand.Round(report, 100, 2.0, 4.0)), 3);
        assertThat(s).isEqualTo("summary of 2 measured rounds after 3 warm-up: mean 75.0 ± 35.4 (min 50.0, max 100.0) items/s wall;"
                + " mean 37.5 ± 17.7 (min 25.0, max 50.0) items per CPU-second");
    }

    @Test
    void badRoundCountsAreOneLineErrors(@TempDir Path dir) {
        CliRun negative = CliRun.of("bench", "ingest", "--warmup", "-1", "--data", dir.toString(), dir.toString());
        assertThat(negative.exitCode()).isNotZero();
        assertThat(negative.oneLineError()).as(negative.err()).isTrue();
        assertThat(negative.err()).contains("--warmup");

        CliRun shared = CliRun.of("bench", "ingest", "--rounds", "2", "--db", "jdbc:postgresql://127.0.0.1/none",
                "--data", dir.toString(), dir.toString());
        assertThat(shared.exitCode()).isNotZero();
        assertThat(shared.oneLineError()).as(shared.err()).isTrue();
        assertThat(shared.err()).contains("embedded store");
    }
}
