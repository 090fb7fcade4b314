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
    }

    private Path sixSentenceArticles() throws IOException {
        Path file = dir.resolve("six.jsonl");
        Files.write(file, List.of(
                "{\"id\":\"a\",\"title\":\"\",\"text\":\"The harbour ferry resumed service on Monday after a week of repairs. "
                        + "Commuters queued from six in the morning to board the very first crossing. "
                        + "The operator said the timetable for the winter is unchanged. "
                        + "Engineers replaced two engines and the steering gear. "
                        + "A second ferry will join the route in the spring. "
                        + "Fares stay at the level set last year.\","
                        + "\"reference\":\"Harbour ferry back in service after repairs .\\nSecond ferry joins in spring .\"}",
                "{\"id\":\"b\",\"title\":\"\",\"text\":\"A library in the old town will open late on Fridays from next month. "
                        + "The council approved the plan at its meeting on Tuesday evening. "
                        + "Staff numbers at the branch will rise by four. "
                        + "Readers had asked for longer hours in a survey last autumn. "
                        + "The children's room will keep its present hours. "
                        + "Other branches may follow if the trial goes well.\","
                        + "\"reference\":\"Old-town library to open late on Fridays .\\nCouncil approved the plan .\"}"));
        return file;
    }

    @Test
    void theDefaultLengthsKeepTheirTableAndTheLeadThreeNames() throws IOException {
        CliRun run = CliRun.of("eval", "summaries", "--jsonl", sixSentenceArticles().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).contains(String.format("%-9s | %-38s | %-38s", "", "3 sentences", "75-word budget"));
        assertThat(lines.stream().filter(l -> l.startsWith("Lead-3    |"))).hasSize(1);
        assertThat(lines.stream().filter(l -> l.startsWith("P-Lead3"))).hasSize(1);
        assertThat(run.out()).doesNotContain("Lead-N");
    }

    @Test
    void otherLengthsAreScoredTwoToATableAgainstTheLeadOfTheirLength() throws IOException {
        CliRun run = CliRun.of("eval", "summaries", "--jsonl", sixSentenceArticles().toString(),
                "--sentences", "1,2", "--words", "40");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).contains(String.format("%-9s | %-38s | %-38s", "", "1 sentence", "2 sentences"));
        assertThat(lines).contains(String.format("%-9s | %-38s", "", "40-word budget"));
        assertThat(run.out()).doesNotContain("3 sentences").doesNotContain("75-word").doesNotContain("Lead-3");
        // one lead row and one paired row per table: a table of two lengths, then one of one
        List<String> leads = lines.stream().filter(l -> l.startsWith("Lead-N    |")).toList();
        assertThat(leads).hasSize(2);
        List<String> paired = lines.stream().filter(l -> l.startsWith("P-LeadN")).toList();
        assertThat(paired).hasSize(2);
        assertThat(paired.get(0).split("±")).hasSize(7);
        assertThat(paired.get(1).split("±")).hasSize(4);
        // at one sentence the lead is each article's first sentence (12 and 14 words), and Precis opens
        // with that lede too, so every per-article difference there is 0
        String[] oneSentenceLead = leads.get(0).split("\\|")[1].trim().split("\\s+");
        assertThat(oneSentenceLead[3]).isEqualTo(String.format("%.1f", 13.0));
        String firstGroup = paired.get(0).split("\\|")[1];
        assertThat(firstGroup.replace("+0.00±0.00", "").trim()).isEmpty();
        // at two sentences the lead holds each article's first two sentences (12 + 13 and 14 + 11 words)
        String[] twoSentenceLead = leads.get(0).split("\\|")[2].trim().split("\\s+");
        assertThat(twoSentenceLead[3]).isEqualTo(String.format("%.1f", 25.0));
        assertThat(run.out()).contains("P-LeadN: Precis minus Lead-N");
    }

    @Test
    void aLengthBelowOneIsRefusedInItsOwnName() {
        CliRun run = CliRun.of("eval", "summaries", "--jsonl", dir.resolve("none.jsonl").toString(), "--sentences", "2,0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--sentences must be 1 or more, not 0");
        CliRun words = CliRun.of("eval", "summaries", "--jsonl", dir.resolve("none.jsonl").toString(), "--words", "-5");
        assertThat(words.exitCode()).isEqualTo(2);
        assertThat(words.err()).contains("--words must be 1 or more, not -5");
    }
}
