package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole input of the wrong kind given to the batch and single-file commands (ux45's sweep): gzip data is read
 * as ingest reads it, binary data and an output into a missing folder are one line naming the path, and no
 * output file is left behind.
 */
class BatchInputKindsTest {

    private static final String ARTICLE = "Harbour ferry returns\n\nThe island ferry sailed again on Monday morning after"
            + " three weeks of repairs, the harbour office said. Passengers had used a smaller boat since the storm.\n";

    @TempDir
    Path dir;

    @Test
    void aGzippedJsonlInputIsReadLikeThePlainOne() throws Exception {
        String line = "{\"id\":\"f1\",\"title\":\"Ferry\",\"text\":\"The island ferry sailed again on Monday morning."
                + " The harbour office said the repairs were done.\"}\n";
        // named .jsonl: it is the bytes, not the name, that tell gzip
        Path in = Files.write(dir.resolve("batch.jsonl"), gzip(line));
        Path out = dir.resolve("out.jsonl");
        // main: "line 1: not UTF-8 text" for each line of the packed bytes, exit 2
        CliRun run = CliRun.of("summarize", "--input", in.toString(), "--output", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).startsWith("{\"id\":\"f1\"").contains("harbour office");
        Path cut = Files.write(dir.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(gzip(line), 20));
        CliRun broken = CliRun.of("summarize", "--input", cut.toString(), "--output", out.toString());
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).isEqualTo("precis: " + cut + ": gzip data cut short (the file ends inside it)\n");
    }

    @Test
    void binaryDataGivenAsABatchIsOneLineAndNoOutput() throws Exception {
        byte[] noise = new byte[4000];
        new Random(45).nextBytes(noise);
        noise[10] = 0;
        Path in = Files.write(dir.resolve("photo.jsonl"), noise);
        for (String command : new String[] {"extract", "summarize"}) {
            Path out = dir.resolve(command + ".jsonl");
            // main: one "not UTF-8 text" line a line of noise, and an output of error records
            CliRun run = CliRun.of(command, "--input", in.toString(), "--output", out.toString());
            assertThat(run.exitCode()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).isEqualTo("precis: " + in
                    + ": is binary data, not JSONL text (NUL bytes or control characters)\n");
            assertThat(out).as(command).doesNotExist();
        }
    }

    @Test
    void aFolderAsExtractsBatchInputLeavesNoOutputFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("pages"));
        Path out = dir.resolve("out.jsonl");
        // main: the same line, and an empty out.jsonl (the output was opened first)
        CliRun run = CliRun.of("extract", "--input", folder.toString(), "--output", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("precis: " + folder + ": is a folder; the input is one JSONL file (one JSON object a line)\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void anOutputInAFolderThatIsNotThereIsNamedBeforeAnythingIsRead() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\":\"a\",\"text\":\"The ferry sailed on Monday.\"}\n");
        Path out = dir.resolve("missing/out.jsonl");
        // main: "precis: …/missing/out.jsonl", exit 1
        CliRun run = CliRun.of("summarize", "--input", in.toString(), "--output", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("precis: " + out + ": no such folder " + dir.resolve("missing") + " to write into\n");
        Path intoFile = in.resolve("out.jsonl");
        CliRun file = CliRun.of("extract", "--input", in.toString(), "--output", intoFile.toString());
        assertThat(file.err()).isEqualTo("precis: " + intoFile + ": " + in + " is a file, not a folder\n");
    }

    @Test
    void aGzippedArticleFileIsSummarizedAsIngestReadsIt() throws Exception {
        Path gz = Files.write(dir.resolve("ferry.txt.gz"), gzip(ARTICLE));
        // main: "ferry.txt.gz: is binary data, not text"
        CliRun run = CliRun.of("summarize", gz.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("island ferry");
        Path cut = Files.write(dir.resolve("cut.txt.gz"), java.util.Arrays.copyOf(gzip(ARTICLE), 30));
        CliRun broken = CliRun.of("summarize", cut.toString());
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).isEqualTo("precis: " + cut + ": gzip data cut short (the file ends inside it)\n");
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }
}
