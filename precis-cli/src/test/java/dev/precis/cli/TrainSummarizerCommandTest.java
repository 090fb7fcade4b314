package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
    void aLeadOffsetThatIsNotFiniteIsAOneLineErrorBeforeAnyDataIsRead() {
        CliRun run = CliRun.of("train", "summarizer", "--jsonl", "no-such-train.jsonl", "--validation",
                "no-such-validation.jsonl", "--output", "never-written.txt", "--lead-offsets", "2,Infinity");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.oneLineError()).as(run.err()).isTrue();
        assertThat(run.err()).contains("--lead-offsets: each offset must be a finite number").contains("Infinity")
                .doesNotContain("no-such-train");
    }
}
