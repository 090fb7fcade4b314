package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code precis eval stories --library DIR} reuses a library an earlier run kept and prints that run's figures,
 * also when the folder was moved since (the library names its copies by the events file's path as it was
 * ingested); a folder holding something else is refused, an empty one filled. Events written for this test.
 */
class EvalStoriesKeptLibraryTest {

    @TempDir
    Path dir;

    private Path events() throws Exception {
        String[][] rows = {
            {"b1", "bridge", "Lindvale bridge closes for repairs", "The footbridge over the Lindvale canal closed on Monday for three weeks of repairs, "
                + "the town engineer said. Walkers are sent round by the lock gates."},
            {"b2", "bridge", "Canal footbridge shut in Lindvale", "Lindvale's canal footbridge is shut for repairs until the end of the month, "
                + "the town engineer announced on Monday, and walkers must use the lock gates."},
            {"f1", "fair", "Harrowby apple fair draws record crowd", "More than nine thousand visitors came to the Harrowby apple fair on Saturday, "
                + "organisers said, tasting forty kinds of cider and pressing their own juice."},
            {"k1", "kiln", "Potters fire the old Dunmarsh kiln", "Potters in Dunmarsh lit the village's brick kiln on Sunday for the first time in sixty years, "
                + "firing two hundred bowls for the spring market."},
        };
        // word-for-word copies, one of an event's article and one filed by the gold under an event of its own:
        // the library stores each once and names the copy by file and line
        String[][] copies = {{"b3", "bridge", rows[0][2], rows[0][3]}, {"k2", "kiln-again", rows[3][2], rows[3][3]}};
        ObjectMapper json = new ObjectMapper();
        StringBuilder jsonl = new StringBuilder();
        for (String[] r : Stream.concat(Arrays.stream(rows), Arrays.stream(copies)).toList()) {
            ObjectNode n = json.createObjectNode().put("id", r[0]).put("event", r[1]).put("title", r[2]).put("text", r[3]);
            jsonl.append(json.writeValueAsString(n)).append('\n');
        }
        Path in = dir.resolve("invented.jsonl");
        Files.writeString(in, jsonl);
        return in;
    }

    private static CliRun eval(Path events, Path library) {
        return CliRun.of("eval", "stories", "--events", events.toString(), "--no-meaning", "--show", "0", "--library", library.toString());
    }

    private static List<String> figures(String out) {
        return out.lines().filter(l -> l.startsWith("Precis stories") || l.matches("\\d+ articles, \\d+ events .*"))
                .map(l -> l.startsWith("Precis") ? l : l.replaceFirst(" \\((ingest|library).*\\)$", "")).toList();
    }

    @Test
    void aMovedKeptLibraryPrintsTheFiguresOfTheRunThatFilledIt() throws Exception {
        Path events = events();
        Path first = dir.resolve("first");
        CliRun fresh = eval(events, first);
        assertThat(fresh.exitCode()).as(fresh.err()).isZero();
        assertThat(fresh.out()).contains("ingest and grouping");
        // the copies stand for their own ids: six articles, four of them stored
        assertThat(fresh.out()).contains("6 articles, 4 events");
        Path moved = Files.move(first, dir.resolve("moved"));
        CliRun again = eval(events, moved);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("library reused");
        assertThat(figures(again.out())).hasSize(3).isEqualTo(figures(fresh.out()));
    }

    @Test
    void anEmptyFolderIsFilledAndAForeignOneRefused() throws Exception {
        Path events = events();
        Path empty = Files.createDirectory(dir.resolve("empty"));
        CliRun run = eval(events, empty);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("ingest and grouping").doesNotContain("library reused");
        assertThat(empty.resolve("events.jsonl")).isRegularFile();

        Path foreign = Files.createDirectory(dir.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "not a library\n");
        CliRun refused = eval(events, foreign);
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.oneLineError()).as(refused.err()).isTrue();
        assertThat(refused.err()).contains("--library");
        assertThat(foreign.resolve("events.jsonl")).doesNotExist();
    }

    @Test
    void aCopyIsMatchedByTheEventsFileNameAndLine() {
        assertThat(KeptEvalLibrary.copyLine("duplicate: /old/place/events.jsonl:152", "events.jsonl")).isEqualTo(152);
        assertThat(KeptEvalLibrary.copyLine("near_duplicate: events.jsonl:7", "events.jsonl")).isEqualTo(7);
        assertThat(KeptEvalLibrary.copyLine("duplicate: /old/place/other-events.jsonl:3", "events.jsonl")).isEqualTo(-1);
        assertThat(KeptEvalLibrary.copyLine("duplicate: https://example.org/story", "events.jsonl")).isEqualTo(-1);
    }
}
