package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load in which some items failed and the rest was taken in — files, a folder, JSONL, {@code --analyzed} — lists each
 * failed item in a {@code failed:} line, stores the rest and exits 2, with one line on standard error counting them (as the
 * batch forms end when a line was bad); a load without a failed item exits 0. On main such a load exited 0.
 */
class IngestFailedItemsExitTest {

    @TempDir
    Path dir;

    private static final String GOOD = "Tram line opens\n\nThe new tram line to the eastern quarter opened on Tuesday, the city"
            + " transport office said. Marker word cobblefinch.\n";
    private static final String COUNT = "precis: 1 item failed (each named above in a 'failed:' line); the rest was ingested\n";

    private CliRun ingest(String lib, String... inputs) {
        List<String> args = new ArrayList<>(List.of("ingest", "--quiet", "--data", dir.resolve(lib).toString()));
        args.addAll(List.of(inputs));
        return CliRun.of(args.toArray(String[]::new));
    }

    private void searchable(String lib) {
        assertThat(CliRun.of("search", "--data", dir.resolve(lib).toString(), "cobblefinch").out()).contains("Tram line opens");
    }

    @Test
    void filesAFolderAndJsonlWithAFailedItemExit2AndStoreTheRest() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Path good = Files.writeString(folder.resolve("tram.txt"), GOOD);
        Path bad = Files.writeString(folder.resolve("hello.txt"), "Hello there\n");

        CliRun files = ingest("lib1", good.toString(), bad.toString());
        assertThat(files.exitCode()).as(files.out() + files.err()).isEqualTo(2);
        assertThat(files.out()).contains("1 added").contains("1 failed").contains("  failed: " + bad + ": text: 2 words is no article");
        assertThat(files.err()).isEqualTo(COUNT);
        searchable("lib1");

        CliRun whole = ingest("lib2", folder.toString());
        assertThat(whole.exitCode()).as(whole.out() + whole.err()).isEqualTo(2);
        assertThat(whole.out()).contains("1 added").contains("  failed: " + bad + ": ");
        assertThat(whole.err()).isEqualTo(COUNT);
        searchable("lib2");

        Path jsonl = Files.writeString(dir.resolve("items.jsonl"), "{\"text\":\"" + GOOD.replace("\n", "\\n") + "\"}\n"
                + "{\"text\":\"Hi there\"}\n");
        CliRun lines = ingest("lib3", jsonl.toString());
        assertThat(lines.exitCode()).as(lines.out() + lines.err()).isEqualTo(2);
        assertThat(lines.out()).contains("1 added").contains("  failed: " + jsonl + ":2: ");
        assertThat(lines.err()).isEqualTo(COUNT);
        searchable("lib3");

        CliRun clean = ingest("lib4", good.toString());
        assertThat(clean.exitCode()).as(clean.out() + clean.err()).isZero();
        assertThat(clean.err()).isEmpty();
    }

    @Test
    void anAnalyzedLoadWithABrokenLineExits2AndStoresTheRest() throws Exception {
        Path good = Files.writeString(dir.resolve("tram.txt"), GOOD);
        assertThat(ingest("src", good.toString()).exitCode()).isZero();
        Path export = dir.resolve("backup.jsonl");
        assertThat(CliRun.of("export", "--data", dir.resolve("src").toString(), "--output", export.toString()).exitCode()).isZero();
        Files.writeString(export, "{\"id\": \"cut short\n", java.nio.file.StandardOpenOption.APPEND);

        CliRun load = CliRun.of("ingest", "--quiet", "--analyzed", "--data", dir.resolve("copy").toString(), export.toString());
        assertThat(load.exitCode()).as(load.out() + load.err()).isEqualTo(2);
        assertThat(load.out()).contains("1 added").contains("1 failed").contains("  failed: " + export + ":2: not JSON");
        assertThat(load.err()).isEqualTo(COUNT);
        searchable("copy");
    }
}
