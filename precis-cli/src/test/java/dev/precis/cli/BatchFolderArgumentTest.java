package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder where a batch command reads or writes one JSONL file gets a one-line error naming it. */
class BatchFolderArgumentTest {

    @Test
    void aFolderAsBatchInputIsNamedInOneLine(@TempDir Path dir) throws Exception {
        Path pages = Files.createDirectory(dir.resolve("pages"));
        Files.writeString(pages.resolve("a.html"), "<html><body><p>Not read.</p></body></html>", StandardCharsets.UTF_8);
        for (String command : new String[] {"extract", "analyze", "summarize"}) {
            CliRun run = CliRun.of(command, "--input", pages.toString(), "--output", dir.resolve(command + ".jsonl").toString());
            assertThat(run.exitCode()).as(command).isEqualTo(2);
            assertThat(run.oneLineError()).as(command).isTrue();
            assertThat(run.err()).as(command).contains(pages + ": is a folder").contains("input is one JSONL file");
        }
    }

    @Test
    void aFolderAsBatchOutputIsNamedInOneLine(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\":\"1\",\"text\":\"Ann Reed said the ferry was late.\","
                + "\"html\":\"<p>Ann Reed said the ferry was late.</p>\"}\n", StandardCharsets.UTF_8);
        Path out = Files.createDirectory(dir.resolve("out"));
        for (String command : new String[] {"extract", "analyze", "summarize"}) {
            CliRun run = CliRun.of(command, "--input", in.toString(), "--output", out.toString());
            assertThat(run.exitCode()).as(command).isEqualTo(2);
            assertThat(run.oneLineError()).as(command).isTrue();
            assertThat(run.err()).as(command).contains(out + ": is a folder").contains("output is one JSONL file");
        }
    }
}
