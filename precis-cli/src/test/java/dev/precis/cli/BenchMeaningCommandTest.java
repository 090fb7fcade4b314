package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to {@code precis bench meaning} is a one-line error; a tiny BBC-shaped folder is timed with the static encoder. */
class BenchMeaningCommandTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownEncoderAndAMissingFolderAreOneLineErrors() {
        CliRun encoder = CliRun.of("bench", "meaning", "--bbc", dir.toString(), "--meaning-encoder", "bert");
        assertThat(encoder.exitCode()).isEqualTo(2);
        assertThat(encoder.oneLineError()).as(encoder.err()).isTrue();
        assertThat(encoder.err()).contains("bert");

        CliRun folder = CliRun.of("bench", "meaning", "--bbc", dir.resolve("missing").toString(), "--meaning-encoder", "static");
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).contains("missing").contains("not a folder");
    }

    @Test
    void timesTheStaticEncoderOverTheArticles() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles/politics"));
        Path summaries = Files.createDirectories(dir.resolve("summaries/politics"));
        Files.writeString(articles.resolve("001.txt"), "Harbour vote\n\nThe harbour council voted on Tuesday to rebuild the pier. "
                + "Work starts next month.");
        Files.writeString(summaries.resolve("001.txt"), "The harbour council voted on Tuesday to rebuild the pier.");
        CliRun run = CliRun.of("bench", "meaning", "--bbc", dir.toString(), "--meaning-encoder", "static",
                "--warmup", "0.1", "--seconds", "0.2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("meaning vectors (static, 256 dimensions), 1 BBC articles");
    }
}
