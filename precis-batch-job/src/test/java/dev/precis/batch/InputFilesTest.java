package dev.precis.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver's listing of the input files (Hadoop's selection, without binaryFiles) and their spread over tasks. */
class InputFilesTest {

    @TempDir
    Path tmp;

    @Test
    void foldersAreReadRecursivelyGlobsExpandAndHiddenFilesAreSkipped() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "a");
        Files.writeString(Files.createDirectories(in.resolve("deep/er")).resolve("b.html"), "<p>b</p>");
        Files.writeString(in.resolve("_SUCCESS"), "");
        Files.writeString(in.resolve(".a.txt.crc"), "x");
        Files.writeString(Files.createDirectories(in.resolve("_temporary")).resolve("c.txt"), "c");
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("x.jsonl"), "{}\n");
        Files.writeString(other.resolve("y.jsonl"), "{}\n");
        Files.writeString(other.resolve("z.txt"), "z");

        List<InputFiles.File> files = InputFiles.list(List.of(in.toString(), other + "/*.jsonl"), new Configuration());

        assertThat(files).extracting(InputFiles.File::path).containsExactly(
                "file:" + in.resolve("a.txt"), "file:" + in.resolve("deep/er/b.html"),
                "file:" + other.resolve("x.jsonl"), "file:" + other.resolve("y.jsonl"));
        assertThat(files.get(1).length()).isEqualTo("<p>b</p>".length());
    }

    @Test
    void anInputThatMatchesNothingFailsTheJobNamingIt() throws IOException {
        Files.writeString(tmp.resolve("a.txt"), "a");
        assertThatThrownBy(() -> InputFiles.list(List.of(tmp.toString(), tmp + "/missing", tmp + "/*.warc"), new Configuration()))
                .isInstanceOf(IOException.class).hasMessageContaining("/missing").hasMessageContaining("*.warc");
    }

    @Test
    void filesAreSpreadByBytesOverAtMostTheTasksWithNoGroupEmpty() {
        List<InputFiles.File> files = new ArrayList<>();
        files.add(new InputFiles.File("big", 1000));
        for (int i = 0; i < 10; i++) {
            files.add(new InputFiles.File("small-" + i, 100));
        }

        List<List<InputFiles.File>> groups = InputFiles.spread(files, 2);

        assertThat(groups).hasSize(2);
        assertThat(groups.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(files);
        assertThat(groups).extracting(g -> g.stream().mapToLong(InputFiles.File::length).sum()).containsExactlyInAnyOrder(1000L, 1000L);
        assertThat(InputFiles.spread(files.subList(0, 3), 8)).hasSize(3).allSatisfy(g -> assertThat(g).hasSize(1));
        assertThat(InputFiles.spread(List.of(), 8)).isEmpty();
    }
}
