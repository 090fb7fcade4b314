package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kinds of file the command line calls readable are the ones ingest reads, and no others. */
class InputTypesTest {

    @TempDir
    Path dir;

    @Test
    void everyEndingCalledReadableIsReadAndAnOtherIsAnUnknownType() throws Exception {
        for (String ending : InputTypes.ENDINGS) {
            for (String name : List.of("notes" + ending, "notes" + ending.toUpperCase() + ".gz")) {
                Path f = Files.writeString(dir.resolve(name), "x");
                assertThat(InputTypes.readable(f)).as(name).isTrue();
                assertThat(failures(f)).as(name).noneMatch(m -> m.startsWith("unknown file type"));
            }
        }
        for (String name : List.of("photo.png", "report.pdf", "notes.txt.bak", "archive.gz")) {
            Path f = Files.writeString(dir.resolve(name), "x");
            assertThat(InputTypes.readable(f)).as(name).isFalse();
            assertThat(failures(f)).as(name).containsExactly("unknown file type (expected " + InputTypes.EXPECTED + ")");
        }
    }

    private static List<String> failures(Path f) {
        return new IngestSources(new HttpFetcher(Duration.ofSeconds(1), false)).list(List.of(f.toString()), null)
                .failures().stream().map(IngestFailure::reason).toList();
    }
}
