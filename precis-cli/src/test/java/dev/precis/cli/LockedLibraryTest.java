package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library another precis process holds (a running {@code precis watch} or {@code serve}) is named as
 * such, not by H2's JDBC URL and lock message. The holder must be another JVM: H2 lets one JVM open a
 * database file twice, so the test starts {@code precis watch} as a child process.
 */
class LockedLibraryTest {

    @TempDir
    Path dir;

    @Test
    void aLibraryHeldByAnotherPrecisProcessIsNamedAsSuch() throws Exception {
        Path note = dir.resolve("ferry.txt");
        Files.writeString(note, "Ferry returns\n\nThe island ferry sailed again on Monday after a winter of repairs, the harbour office said.");
        Path lib = dir.resolve("lib");
        assertThat(CliRun.of("ingest", "--quiet", "--data", lib.toString(), note.toString()).exitCode()).isZero();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process watch = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PrecisCli.class.getName(),
                "watch", "--data", lib.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(watch.getInputStream(), StandardCharsets.UTF_8));
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null && !line.startsWith("watching ")) {
                seen.append(line).append('\n');
            }
            assertThat(line).as("precis watch did not start: " + seen).isNotNull();
            // main: "cannot open the library database jdbc:h2:file:…;FILE_LOCK=FS;…: The file is locked: … [2.5.252/7]"
            CliRun stories = CliRun.of("stories", "--data", lib.toString());
            assertThat(stories.exitCode()).isEqualTo(2);
            assertThat(stories.err()).isEqualTo("precis: the library in " + lib + " is open in another precis process"
                    + " (a running 'precis serve' or 'precis watch'?): stop it, or add articles through its REST API\n");
        } finally {
            watch.destroy();
            if (!watch.waitFor(30, TimeUnit.SECONDS)) {
                watch.destroyForcibly();
            }
        }
    }
}
