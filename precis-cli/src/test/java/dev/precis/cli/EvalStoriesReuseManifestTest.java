package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code precis eval stories --library DIR} reuses a kept library only for the set it was filled from (its
 * manifest: the options that decide the set and its order, a hash of the set, and whether the ingest finished);
 * any other reuse is a one-line error naming DIR and what differs, and writes nothing. Events written for this test.
 */
class EvalStoriesReuseManifestTest {

    @TempDir
    Path dir;

    private Path events(String name, String ferryTitle) throws Exception {
        String[][] rows = {
            {"m1", "mill", "Osterby watermill turns again", "The restored watermill at Osterby ground its first sack of rye on Friday, volunteers said."},
            {"m2", "mill", "Rye flour from Osterby's mill", "Volunteers at Osterby's restored watermill milled rye on Friday for the first time in decades."},
            {"p1", "ferry", ferryTitle, "The Quillsey island ferry missed four crossings on Tuesday after a storm damaged its ramp, the harbour office said."},
            {"h1", "heron", "Herons nest early at Bramwick marsh", "Wardens at Bramwick marsh counted eleven heron nests in February, three weeks earlier than usual."},
        };
        ObjectMapper json = new ObjectMapper();
        StringBuilder jsonl = new StringBuilder();
        for (String[] r : rows) {
            jsonl.append(json.writeValueAsString(json.createObjectNode().put("id", r[0]).put("event", r[1]).put("title", r[2]).put("text", r[3])))
                    .append('\n');
        }
        Path folder = Files.createDirectories(dir.resolve("in-" + name));
        return Files.writeString(folder.resolve("set.jsonl"), jsonl);
    }

    private Path events() throws Exception {
        return events("a", "Storm halts the Quillsey ferry");
    }

    private static CliRun eval(Path events, Path library, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("eval", "stories", "--events", events.toString(), "--no-meaning", "--show", "0",
                "--library", library.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** Every file under the folder with its size and time: what a refused reuse must leave as it was. */
    private static Map<String, String> snapshot(Path folder) throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.toList()) {
                FileTime t = Files.getLastModifiedTime(p);
                m.put(folder.relativize(p).toString(), (Files.isRegularFile(p) ? Files.size(p) : -1) + " " + t.toMillis());
            }
        }
        return m;
    }

    private Path filled(Path events, String... more) throws Exception {
        Path lib = dir.resolve("lib");
        CliRun fresh = eval(events, lib, more);
        assertThat(fresh.exitCode()).as(fresh.err()).isZero();
        assertThat(fresh.out()).contains("ingest and grouping");
        assertThat(Files.readString(lib.resolve(KeptEvalLibrary.MANIFEST))).contains("complete=true");
        return lib;
    }

    private static void refused(CliRun run, Path lib, Map<String, String> before, String... named) throws Exception {
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.oneLineError()).as(run.err()).isTrue();
        assertThat(run.err()).contains(lib.toString()).contains(named);
        assertThat(run.out()).doesNotContain("Precis stories");
        assertThat(snapshot(lib)).isEqualTo(before);
    }

    @Test
    void aReuseNamingAnotherShuffleIsRefused() throws Exception {
        Path events = events();
        Path lib = filled(events, "--shuffle", "9");
        Map<String, String> before = snapshot(lib);
        Path written = dir.resolve("written.jsonl");
        refused(eval(events, lib, "--write-events", written.toString()), lib, before, "shuffle 9, this run none");
        assertThat(written).doesNotExist();
        refused(eval(events, lib, "--shuffle", "10"), lib, before, "shuffle 9, this run 10");
        // the seed that filled it: reused
        CliRun same = eval(events, lib, "--shuffle", "9");
        assertThat(same.exitCode()).as(same.err()).isZero();
        assertThat(same.out()).contains("library reused");
    }

    @Test
    void aReuseNamingAnotherSplitOrOtherSourcesIsRefused() throws Exception {
        Path events = events();
        Path lib = filled(events);
        Map<String, String> before = snapshot(lib);
        refused(eval(events, lib, "--split", "training_set"), lib, before, "split all, this run training_set");
        refused(eval(events, lib, "--multi-only"), lib, before, "multi-only false, this run true");
        // a file of the same name whose content differs (one title changed)
        Path other = events("b", "Storm stops the Quillsey ferry");
        refused(eval(other, lib), lib, before, "set-sha256");
    }

    @Test
    void aReuseWithOtherMeaningVectorsIsRefused() throws Exception {
        Path events = events();
        Path lib = filled(events);
        Map<String, String> before = snapshot(lib);
        // filled with --no-meaning: a run that would read the encoder's vectors names another library
        CliRun withMeaning = CliRun.of("eval", "stories", "--events", events.toString(), "--show", "0", "--library", lib.toString());
        refused(withMeaning, lib, before, "meaning none, this run static");
        CliRun minilm = CliRun.of("eval", "stories", "--events", events.toString(), "--meaning-encoder", "minilm", "--show", "0",
                "--library", lib.toString());
        refused(minilm, lib, before, "meaning none, this run minilm");
    }

    @Test
    void aLibraryWhoseIngestDidNotFinishOrWithoutManifestIsRefused() throws Exception {
        Path events = events();
        Path lib = filled(events);
        Path manifest = lib.resolve(KeptEvalLibrary.MANIFEST);
        // as a run stopped during the ingest leaves it
        Files.writeString(manifest, Files.readString(manifest).replace("complete=true", "complete=false"));
        Map<String, String> before = snapshot(lib);
        refused(eval(events, lib), lib, before, "did not finish");
        // as a run stopped before events.jsonl was written leaves it: the manifest alone
        Path early = Files.createDirectory(dir.resolve("early"));
        Files.copy(manifest, early.resolve(KeptEvalLibrary.MANIFEST));
        Map<String, String> earlyBefore = snapshot(early);
        refused(eval(events, early), early, earlyBefore, "did not finish");
        // kept without a manifest (an older run's library)
        Files.delete(manifest);
        before = snapshot(lib);
        refused(eval(events, lib), lib, before, "holds no " + KeptEvalLibrary.MANIFEST);
    }
}
