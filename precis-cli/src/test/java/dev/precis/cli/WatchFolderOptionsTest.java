package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.ingest.IngestFailure;
import dev.precis.ingest.IngestReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code precis watch --folder}: bad folders and intervals refused in one line before anything runs; the look's line. */
class WatchFolderOptionsTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFolderOrABadIntervalIsOneLineAndExit2() throws Exception {
        Path lib = dir.resolve("lib");
        Path text = Files.writeString(dir.resolve("ferry.txt"), "Ferry returns\n\nThe island ferry sailed again on Monday, the harbour office said.");
        assertThat(CliRun.of("ingest", "--quiet", "--data", lib.toString(), text.toString()).exitCode()).isZero();
        Path missing = dir.resolve("drop");
        for (String[] bad : new String[][] {{"--folder", missing.toString()}, {"--folder", text.toString()},
                {"--folder", dir.toString(), "--folder-every", "0s"}, {"--folder", dir.toString(), "--folder-every", "soon"}}) {
            String[] args = new String[bad.length + 3];
            args[0] = "watch";
            args[1] = "--data";
            args[2] = lib.toString();
            System.arraycopy(bad, 0, args, 3, bad.length);
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", bad)).isEqualTo(2);
            assertThat(run.oneLineError()).as(run.err()).isTrue();
            assertThat(run.err()).contains(bad[bad.length - 1]);
        }
        assertThat(CliRun.of("watch", "--data", lib.toString(), "--folder", text.toString()).err())
                .isEqualTo("precis: --folder " + text + ": is a file, not a folder\n");
    }

    @Test
    void aLookThatTookFilesSaysWhatItAddedAndTheFolder() {
        IngestReport r = new IngestReport(3, 1, 1, 0, 0, List.of(new IngestFailure("/srv/drop/x.html", "no article")), Duration.ZERO);
        assertThat(FolderLooks.line(Path.of("/srv/drop"), r)).endsWith(" folder /srv/drop: 1 added, 1 duplicate, 1 failed");
        IngestReport empty = new IngestReport(2, 1, 0, 0, 1, List.of(), Duration.ZERO, List.of("/srv/drop/blank.txt"));
        assertThat(FolderLooks.line(Path.of("/srv/drop"), empty)).endsWith(" folder /srv/drop: 1 added, 0 duplicates, 0 failed, 1 without text");
    }
}
