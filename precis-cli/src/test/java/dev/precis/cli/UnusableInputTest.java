package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file named to {@code ingest} whose first bytes show it holds nothing to read (binary data under a text name, gzip
 * data cut short, a JSONL of no object) is refused as an empty one is, before a library is made; a text file under a
 * {@code .gz} name is read by ingest as by summarize, told by its bytes (ux46).
 */
class UnusableInputTest {

    private static final String ARTICLE = "Ferry returns to Wenlow\n\nThe island ferry sailed again on Monday after a week of"
            + " storms, the harbour office in Wenlow said. Passengers queued on the quay from dawn.\n";

    @TempDir
    Path dir;

    @Test
    void aLoneFileWithNothingToReadLeavesNoLibrary() throws Exception {
        byte[] noise = new byte[3000];
        new Random(46).nextBytes(noise);
        noise[0] = 'x'; // not the gzip magic number by chance
        Path binary = Files.write(dir.resolve("photo.txt"), noise);
        Path cut = Files.write(dir.resolve("notes.txt.gz"), Arrays.copyOf(gzip(ARTICLE.repeat(20)), 30));
        Path numbers = Files.writeString(dir.resolve("numbers.jsonl"), "[1,2]\n\"two\"\n42\n");
        Path lib = dir.resolve("lib");
        // main: made and migrated lib, then "failed: photo.txt: binary data, not text …" (and one line a JSONL line), exit 2
        for (Path[] file : new Path[][] {{binary}, {cut}, {numbers}}) {
            String why = file[0] == binary ? "binary data, not text" : file[0] == cut ? "gzip data cut short" : "no line holds a JSON object";
            CliRun run = CliRun.of("ingest", "--quiet", "--data", lib.toString(), file[0].toString());
            assertThat(run.exitCode()).as(why).isEqualTo(2);
            assertThat(run.err()).isEqualTo("precis: " + file[0] + ": holds no articles (" + why + ")\n");
            assertThat(run.out()).isEmpty();
            assertThat(lib).doesNotExist();
        }
        // among a file that holds an article: one warning line, and the article is taken in
        Path good = Files.writeString(dir.resolve("ferry.txt"), ARTICLE);
        CliRun mixed = CliRun.of("ingest", "--quiet", "--data", lib.toString(), binary.toString(), good.toString());
        assertThat(mixed.exitCode()).as(mixed.err()).isZero();
        assertThat(mixed.err()).isEqualTo("precis: " + binary + ": holds no articles (binary data, not text), skipped\n");
        assertThat(mixed.out()).contains("1 added");
    }

    @Test
    void textUnderAGzipNameIsReadByIngestAsBySummarize() throws Exception {
        Path text = Files.writeString(dir.resolve("ferry.txt.gz"), ARTICLE);
        CliRun summary = CliRun.of("summarize", text.toString());
        assertThat(summary.exitCode()).as(summary.err()).isZero();
        // main: "failed: ferry.txt.gz: named .gz but not gzip data (Not in GZIP format)", exit 2
        CliRun ingest = CliRun.of("ingest", "--quiet", "--data", dir.resolve("lib").toString(), text.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("1 added").contains("0 failed");
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(packed)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return packed.toByteArray();
    }
}
