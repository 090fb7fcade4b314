package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalSummariesCommandTest {

    @TempDir
    Path dir;

    @Test
    void articlesOfThreeSentencesGivePrecisAndTheLeadTheSameSummaryAndAZeroPairedDifference() throws IOException {
        // Three sentences each: at 3 sentences and at 75 words both systems take the whole article, so
        // every per-article difference and its standard error are 0 (PairedDifferenceTest checks the
        // arithmetic on differences that are not).
        Path file = dir.resolve("three.jsonl");
        Files.write(file, List.of(
                "{\"id\":\"a\",\"title\":\"\",\"text\":\"The harbour ferry resumed service on Monday after a week of repairs. "
                        + "Commuters queued from six in the morning. The operator said the timetable is unchanged.\","
                        + "\"reference\":\"Harbour ferry back in service after repairs .\\nTimetable unchanged .\"}",
                "{\"id\":\"b\",\"title\":\"\",\"text\":\"A library in the old town will open late on Fridays from next month. "
                        + "The council approved the plan on Tuesday. Staff numbers will rise by four.\","
                        + "\"reference\":\"Old-town library to open late on Fridays .\\nCouncil approved the plan .\"}"));
        CliRun run = CliRun.of("eval", "summaries", "--jsonl", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> paired = run.out().lines().filter(l -> l.startsWith("P-Lead3")).toList();
        assertThat(paired).hasSize(1);
        assertThat(paired.get(0).split("±")).hasSize(7);
        assertThat(paired.get(0).replace("+0.00±0.00", "").replaceAll("[\\s|]", "")).isEqualTo("P-Lead3");
        // the lead as written is in the table too, with its own paired row (no datelines here: also 0)
        assertThat(run.out()).contains("Lead3-raw");
        List<String> raw = run.out().lines().filter(l -> l.startsWith("P-raw")).toList();
        assertThat(raw).hasSize(1);
        assertThat(raw.get(0).replace("+0.00±0.00", "").replaceAll("[\\s|]", "")).isEqualTo("P-raw");
        // and the lead with every sentence shown as Precis shows it (no connectives here: also 0)
        assertThat(run.out()).contains("Lead3-shn");
        List<String> shown = run.out().lines().filter(l -> l.startsWith("P-shown")).toList();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).replace("+0.00±0.00", "").replaceAll("[\\s|]", "")).isEqualTo("P-shown");
    }
}
