package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainSummarizerCommandTest {

    @Test
    void aNegativeLeadMarginIsAOneLineErrorBeforeAnyDataIsRead() {
        CliRun run = CliRun.of("train", "summarizer", "--jsonl", "no-such-train.jsonl", "--validation",
                "no-such-validation.jsonl", "--output", "never-written.txt", "--lead-margins", "0,-0.5");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.oneLineError()).as(run.err()).isTrue();
        assertThat(run.err()).contains("--lead-margins").contains("-0.5").doesNotContain("no-such-train");
    }

    @Test
    void aMarginThatIsNotANumberIsRejected() {
        CliRun run = CliRun.of("train", "summarizer", "--jsonl", "no-such-train.jsonl", "--validation",
                "no-such-validation.jsonl", "--output", "never-written.txt", "--lead-margins", "half");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("half");
    }

    @Test
    void aLeadOffsetThatIsNotANumberIsRefusedInTheOptionsName() {
        CliRun run = CliRun.of("train", "summarizer", "--jsonl", "no-such-train.jsonl", "--validation",
                "no-such-validation.jsonl", "--output", "never-written.txt", "--lead-offsets", "2,1e999");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.oneLineError()).as(run.err()).isTrue();
        assertThat(run.err()).contains("Invalid value for option '--lead-offsets'").contains("1e999");
    }

    private static final String STORY = "Gales closed the mountain pass above Kelvale on Tuesday, stranding forty"
            + " lorries. Road crews said snow ploughs could not reach the summit before dark. Drivers slept in their"
            + " cabs while volunteers brought soup from the village. The pass should reopen on Thursday.";

    @Test
    void oneLeadOffsetIsTheOnlyOneTried(@TempDir Path dir) throws Exception {
        String line = "{\"id\":\"%d\",\"title\":\"\",\"text\":\"%s\",\"reference\":\"Gales strand forty lorries on the pass .\"}\n";
        StringBuilder train = new StringBuilder();
        StringBuilder validation = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            String day = List.of("Monday", "Tuesday", "Friday", "Sunday").get(i);
            train.append(String.format(line, i, STORY.replace("Tuesday", day)));
            validation.append(String.format(line, 10 + i, STORY.replace("forty", "thirty").replace("Tuesday", day)));
        }
        Files.writeString(dir.resolve("t.jsonl"), train);
        Files.writeString(dir.resolve("v.jsonl"), validation);
        Path model = dir.resolve("m.txt");
        CliRun run = CliRun.of("train", "summarizer", "--jsonl", dir.resolve("t.jsonl").toString(), "--validation",
                dir.resolve("v.jsonl").toString(), "--lead-offsets", "2", "--output", model.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> trials = run.out().lines().filter(l -> l.startsWith("objective")).toList();
        assertThat(trials).isNotEmpty().allSatisfy(l -> assertThat(l).contains("lead +2.0"));
        assertThat(model).exists();
    }
}
