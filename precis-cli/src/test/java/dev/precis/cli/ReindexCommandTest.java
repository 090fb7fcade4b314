package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.store.LibraryCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code precis reindex} reports in words (main printed "reindexed 1 articles; LibraryCheck[articles=1, ...]"). */
class ReindexCommandTest {

    @TempDir
    Path dir;

    @Test
    void reportsTheCheckInWordsWithTheRightNouns() throws Exception {
        Path text = dir.resolve("pier.txt");
        Files.writeString(text, "Pier to be rebuilt\n\nThe harbour council voted on Tuesday to rebuild the old stone pier before winter.\n");
        String data = dir.resolve("lib").toString();
        assertThat(CliRun.of("ingest", "--quiet", "--no-meaning", "--data", data, text.toString()).exitCode()).isZero();
        CliRun run = CliRun.of("reindex", "--data", data);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("reindexed 1 article; the index holds every article, and every article is in a story");
    }

    @Test
    void anInconsistentCheckSaysWhatDisagrees() {
        assertThat(ReindexCommand.describe(new LibraryCheck(3, 2, 1, 0, 1)))
                .isEqualTo("the index holds 2 documents for 3 articles (1 missing, 0 extra); 1 article is in no story");
    }
}
