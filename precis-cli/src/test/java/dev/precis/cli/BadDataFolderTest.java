package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code --data} that cannot hold a library, and a date window that cannot hold an article, say so in one line (walk38). */
class BadDataFolderTest {

    @TempDir
    Path dir;

    @Test
    void aFileGivenAsTheLibraryFolderIsNamedAsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "Ferry returns\n\nThe island ferry sailed again on Monday.\n");
        for (String command : new String[] {"ingest", "search"}) {
            CliRun run = CliRun.of(command, "--data", file.toString(), file.toString());
            assertThat(run.exitCode()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).isEqualTo("precis: --data " + file + ": is a file, not a library folder\n");
        }
        assertThat(Files.readString(file)).startsWith("Ferry returns");
    }

    @Test
    void aFolderThatCannotBeMadeNamesTheFolderAndWhy() throws Exception {
        // a readable input (ingest refuses a file of a kind it does not read before it makes a library)
        Path file = Files.writeString(dir.resolve("plain.txt"), "Ferry returns\n\nThe island ferry sailed again on Monday.\n");
        Path under = file.resolve("lib");
        CliRun run = CliRun.of("ingest", "--quiet", "--data", under.toString(), file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.oneLineError()).as(run.err()).isTrue();
        assertThat(run.err()).startsWith("precis: cannot create or open the library in " + under + ": ");
        assertThat(run.err().strip()).isNotEqualTo("precis: " + under);
    }

    @Test
    void aSearchFromADayAfterItsEndIsRefusedAsTheApiRefusesIt() {
        CliRun run = CliRun.of("search", "--data", dir.resolve("none").toString(), "--from", "2024-06-01", "--to", "2024-01-01", "ferry");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("precis: --from 2024-06-01 is after --to 2024-01-01\n");
    }
}
