package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code precis eval stories --shuffle S1,S2,…} ingests the set once per order and ends with the mean F1 over
 * the orders (the grouping depends on the order articles arrive in); a kept library is scored in the order
 * it was ingested in. Texts written for this test.
 */
class EvalStoriesShuffleTest {

    @TempDir
    Path dir;

    private Path events() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String[][] rows = {
            {"p1", "pier", "Portmere will rebuild its pier", "The harbour council in Portmere voted on Tuesday to rebuild the old stone pier. "
                + "Work will cost about two million euros, the council said, and fishermen welcomed the plan."},
            {"p2", "pier", "Pier to be rebuilt in Portmere", "Portmere's harbour council will rebuild the stone pier damaged by storms, "
                + "after a vote on Tuesday. Fishermen in Portmere said the two million euro plan was overdue."},
            {"z1", "zoo", "Kelbrook zoo welcomes twin otters", "Two otter cubs were born at Kelbrook zoo last week, keepers said on Friday. "
                + "The twins will meet visitors in spring once they learn to swim."},
            {"z2", "zoo", "Otter twins born at Kelbrook", "Keepers at Kelbrook zoo announced the birth of twin otter cubs on Friday. "
                + "Visitors can see the otters in spring, after the cubs have learned to swim."},
            {"t1", "tram", "Tram fares rise in Ostvik", "Ostvik's transport board raised tram fares by ten cents on Monday, "
                + "blaming higher electricity prices for the network."},
        };
        List<String> lines = new ArrayList<>();
        for (String[] r : rows) {
            lines.add(json.writeValueAsString(Map.of("id", r[0], "event", r[1], "title", r[2], "text", r[3])));
        }
        // word-for-word copies: the library keeps one article and names the copies by file and line
        lines.add(json.writeValueAsString(Map.of("id", "p3", "event", "pier", "title", rows[0][2], "text", rows[0][3])));
        lines.add(json.writeValueAsString(Map.of("id", "t2", "event", "tram", "title", rows[4][2], "text", rows[4][3])));
        Path in = dir.resolve("events.jsonl");
        Files.writeString(in, String.join("\n", lines) + "\n");
        return in;
    }

    @Test
    void severalSeedsScoreEachOrderAndTheirMean() throws Exception {
        CliRun run = CliRun.of("eval", "stories", "--events", events().toString(), "--no-meaning", "--show", "0", "--shuffle", "3,5");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("order shuffled with seed 3:", "order shuffled with seed 5:");
        // the first "Precis stories" line of each order is its all-articles figure
        List<Double> precis = new ArrayList<>();
        boolean next = true;
        for (String line : run.out().split("\n")) {
            if (line.startsWith("order shuffled")) {
                next = true;
            } else if (next && line.startsWith("Precis stories")) {
                Matcher m = Pattern.compile("F1 ([0-9.]+)").matcher(line);
                assertThat(m.find()).isTrue();
                precis.add(Double.parseDouble(m.group(1)));
                next = false;
            }
        }
        assertThat(precis).hasSize(2);
        Matcher mean = Pattern.compile("mean over 2 orders: Precis stories F1 ([0-9.]+)").matcher(run.out());
        assertThat(mean.find()).as(run.out()).isTrue();
        // the mean of the rounded per-order figures is within rounding of the printed mean
        assertThat(Double.parseDouble(mean.group(1))).isCloseTo((precis.get(0) + precis.get(1)) / 2, org.assertj.core.data.Offset.offset(0.0011));
    }

    @Test
    void oneSeedPrintsNoMean() throws Exception {
        CliRun run = CliRun.of("eval", "stories", "--events", events().toString(), "--no-meaning", "--show", "0", "--shuffle", "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Precis stories").doesNotContain("mean over").doesNotContain("order shuffled");
    }

    @Test
    void aKeptLibraryIsScoredInTheOrderItWasIngestedIn() throws Exception {
        Path lib = dir.resolve("kept");
        String events = events().toString();
        CliRun first = CliRun.of("eval", "stories", "--events", events, "--no-meaning", "--show", "0", "--shuffle", "4",
                "--library", lib.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("ingest and grouping");
        // reused with its seed, read back from its events.jsonl: the copies still stand for the articles they copy
        CliRun again = CliRun.of("eval", "stories", "--events", events, "--no-meaning", "--show", "0", "--shuffle", "4",
                "--library", lib.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("library reused");
        assertThat(precisLines(again.out())).isEqualTo(precisLines(first.out()));
    }

    private static List<String> precisLines(String out) {
        return out.lines().filter(l -> l.startsWith("Precis stories")).toList();
    }

    @Test
    void severalSeedsWithAKeptLibraryIsAOneLineError() throws Exception {
        CliRun run = CliRun.of("eval", "stories", "--events", events().toString(), "--no-meaning", "--shuffle", "3,5",
                "--library", dir.resolve("lib").toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.oneLineError()).as(run.err()).isTrue();
        assertThat(run.err().toLowerCase(Locale.ROOT)).contains("--shuffle");
    }
}
