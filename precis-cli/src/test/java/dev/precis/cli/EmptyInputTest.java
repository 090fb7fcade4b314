package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input that holds nothing (an empty file, an empty folder) is one line naming it, exit 2, and nothing made:
 * no library for {@code ingest}, no output file for the batch commands. Among inputs that hold articles it is
 * one warning line, and the rest is ingested.
 */
class EmptyInputTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyFileOrFolderGivenToIngestLeavesNoLibrary() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), " \n\n");
        Path folder = Files.createDirectories(dir.resolve("inbox/drafts"));
        Path lib = dir.resolve("new-lib");
        // main: "nothing ingested from …" after it had made and migrated new-lib
        CliRun one = CliRun.of("ingest", "--quiet", "--data", lib.toString(), file.toString());
        assertThat(one.exitCode()).isEqualTo(2);
        assertThat(one.err()).isEqualTo("precis: " + file + ": holds no articles (an empty file)\n");
        assertThat(one.out()).isEmpty();
        CliRun emptyFolder = CliRun.of("ingest", "--quiet", "--data", lib.toString(), dir.resolve("inbox").toString());
        assertThat(emptyFolder.exitCode()).isEqualTo(2);
        assertThat(emptyFolder.err()).isEqualTo("precis: " + dir.resolve("inbox") + ": holds no articles (an empty folder)\n");
        CliRun both = CliRun.of("ingest", "--quiet", "--analyzed", "--data", lib.toString(), file.toString(), folder.toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).isEqualTo("precis: nothing to ingest: every input holds no articles: "
                + file + " (an empty file), " + folder + " (an empty folder)\n");
        assertThat(lib).doesNotExist();
        // main: timed nothing for seconds, "1 items … 0 added", exit 0
        CliRun bench = CliRun.of("bench", "ingest", "--data", lib.toString(), file.toString());
        assertThat(bench.exitCode()).isEqualTo(2);
        assertThat(bench.err()).isEqualTo("precis: " + file + ": holds no articles (an empty file)\n");
        assertThat(lib).doesNotExist();
    }

    @Test
    void everyInputHoldingNothingIsNamedWithItsOwnReason() throws Exception {
        Path binary = Files.write(dir.resolve("minutes.txt"), new byte[] {'M', 0, 0, 1, 2, 3, 0, 'x'});
        Path folder = Files.createDirectories(dir.resolve("outbox"));
        Path lib = dir.resolve("lib");
        CliRun run = CliRun.of("ingest", "--quiet", "--data", lib.toString(), binary.toString(), folder.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        // main: "(empty files or folders)" for both, although minutes.txt is not empty
        assertThat(run.err()).isEqualTo("precis: nothing to ingest: every input holds no articles: "
                + binary + " (binary data, not text), " + folder + " (an empty folder)\n");
        assertThat(lib).doesNotExist();
    }

    @Test
    void anEmptyInputAmongGoodOnesIsOneWarningAndTheRestIsIngested() throws Exception {
        Path good = Files.writeString(dir.resolve("ferry.txt"),
                "Ferry returns\n\nThe island ferry sailed again on Monday after three weeks of repairs to its engine.\n");
        Path empty = Files.createFile(dir.resolve("blank.txt"));
        Path folder = Files.createDirectories(dir.resolve("later"));
        CliRun run = CliRun.of("ingest", "--quiet", "--data", dir.resolve("lib").toString(), good.toString(), empty.toString(),
                folder.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo("precis: " + empty + ": holds no articles (an empty file), skipped\n"
                + "precis: " + folder + ": holds no articles (an empty folder), skipped\n");
        assertThat(run.out()).contains("1 added").contains("library: 1 article");
    }

    @Test
    void theBatchCommandsRefuseAnEmptyInputFileAndWriteNoOutput() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), "\n  \n");
        for (String command : new String[] {"extract", "analyze", "summarize"}) {
            Path out = dir.resolve(command + "-out.jsonl");
            // main: exit 0 and an empty out file
            CliRun run = CliRun.of(command, "--input", in.toString(), "--output", out.toString());
            assertThat(run.exitCode()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).isEqualTo("precis: " + in + ": holds no articles (an empty file)\n");
            assertThat(out).as(command).doesNotExist();
        }
    }

    @Test
    void standardInputWithNoLineIsNamedAsSuch() {
        for (String command : new String[] {"extract", "summarize"}) {
            // main: exit 0 and nothing written
            CliRun run = CliConventionsTest.withStdin("\n \n", command, "--input", "-", "--output", "-");
            assertThat(run.exitCode()).as(command).isEqualTo(2);
            assertThat(run.err()).as(command).isEqualTo("precis: standard input: holds no articles (no lines)\n");
            assertThat(run.out()).as(command).isEmpty();
        }
    }

    @Test
    void aFolderWithOnlyEmptyFilesHoldsNothingAndAnUnreadableOrGzippedFileSomething() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(folder.resolve("one.txt"), "\r\n\t");
        assertThat(EmptyInputs.why(dir.resolve("a"), false)).isEqualTo("an empty folder");
        Files.write(folder.resolve("two.txt.gz"), new byte[] {0x1f, (byte) 0x8b});
        assertThat(EmptyInputs.why(dir.resolve("a"), false)).isNull();
        assertThat(EmptyInputs.why(dir.resolve("missing.txt"), false)).isNull();
    }

    @Test
    void blankStandardInputLeavesNoOutputFileAndKeepsOneThatWasThere() throws Exception {
        for (String command : new String[] {"extract", "analyze", "summarize"}) {
            Path fresh = dir.resolve(command + "-new.jsonl");
            Path kept = Files.writeString(dir.resolve(command + "-old.jsonl"), "{\"id\":\"earlier\"}\n");
            // main: exit 2, but an empty fresh file, and kept emptied
            for (Path out : new Path[] {fresh, kept}) {
                CliRun run = CliConventionsTest.withStdin("\n  \n", command, "--input", "-", "--output", out.toString());
                assertThat(run.exitCode()).as(command).isEqualTo(2);
                assertThat(run.err()).as(command).isEqualTo("precis: standard input: holds no articles (no lines)\n");
            }
            assertThat(fresh).as(command).doesNotExist();
            assertThat(kept).as(command).hasContent("{\"id\":\"earlier\"}\n");
        }
    }

    @Test
    void aFileHoldingOnlyAByteOrderMarkIsEmpty() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path only = Files.write(dir.resolve("only-mark.jsonl"), bom);
        Path blankLines = Files.write(dir.resolve("mark-and-blanks.jsonl"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n', ' ', '\r', '\n'});
        for (Path in : new Path[] {only, blankLines}) {
            Path out = dir.resolve("out.jsonl");
            // main: read to its end, "(no lines)", and an empty out.jsonl left behind
            CliRun run = CliRun.of("summarize", "--input", in.toString(), "--output", out.toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("precis: " + in + ": holds no articles (an empty file)\n");
            assertThat(out).doesNotExist();
        }
        Path text = Files.write(dir.resolve("note.txt"), bom);
        CliRun ingest = CliRun.of("ingest", "--quiet", "--data", dir.resolve("lib").toString(), text.toString());
        assertThat(ingest.err()).isEqualTo("precis: " + text + ": holds no articles (an empty file)\n");
        assertThat(dir.resolve("lib")).doesNotExist();
        // a mark followed by text is something
        Files.write(text, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'});
        assertThat(EmptyInputs.why(text, false)).isNull();
    }

    @Test
    void aFolderOfOnlyFilesIngestDoesNotReadHoldsNothingAndMakesNoLibrary() throws Exception {
        Path pictures = Files.createDirectories(dir.resolve("scans/2024"));
        Files.write(pictures.resolve("page1.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(pictures.resolve("report.pdf"), "%PDF-1.4");
        Files.writeString(pictures.resolve("blank.txt"), "\n");
        Path lib = dir.resolve("lib");
        // main: made and migrated lib, then "nothing ingested from scans: no file, page or feed item found to read"
        CliRun run = CliRun.of("ingest", "--quiet", "--data", lib.toString(), dir.resolve("scans").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("precis: " + dir.resolve("scans") + ": holds no articles (only 2 files of a kind ingest"
                + " does not read; it reads " + dev.precis.ingest.InputTypes.EXPECTED + ")\n");
        assertThat(lib).doesNotExist();
        // precis-batch output is read whatever its files are called
        Files.writeString(pictures.resolve("part-00000"), "{}\n");
        assertThat(EmptyInputs.why(dir.resolve("scans"), true)).isNull();
        assertThat(EmptyInputs.why(dir.resolve("scans"), false)).startsWith("only 3 files of a kind");
        Files.writeString(pictures.resolve("story.html.gz"), "x");
        assertThat(EmptyInputs.why(dir.resolve("scans"), false)).isNull();
        // one such file named alone: main made lib, then "failed: report.pdf: unknown file type", exit 2
        CliRun lone = CliRun.of("ingest", "--quiet", "--data", lib.toString(), pictures.resolve("report.pdf").toString());
        assertThat(lone.exitCode()).isEqualTo(2);
        assertThat(lone.err()).isEqualTo("precis: " + pictures.resolve("report.pdf") + ": holds no articles (a kind of file"
                + " ingest does not read; it reads " + dev.precis.ingest.InputTypes.EXPECTED + ")\n");
        assertThat(lib).doesNotExist();
    }
}
