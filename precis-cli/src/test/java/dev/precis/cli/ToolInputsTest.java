package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval and bench tools given a file that is not UTF-8 or a count below one (ux45's sweep): one line naming it. */
class ToolInputsTest {

    /** "Café" with a Latin-1 é, in a JSON line and in a CoNLL line: not UTF-8. */
    private static final byte[] LATIN1_JSONL = {'{', '"', 'i', 'd', '"', ':', '"', 'C', 'a', 'f', (byte) 0xE9, '"', '}', '\n'};
    private static final byte[] LATIN1_CONLL = {'C', 'a', 'f', (byte) 0xE9, ' ', 'B', '-', 'O', 'R', 'G', '\n'};

    @TempDir
    Path dir;

    @Test
    void aFileThatIsNotUtf8IsNamedAsSuch() throws Exception {
        Path jsonl = Files.write(dir.resolve("refs.jsonl"), LATIN1_JSONL);
        Path conll = Files.write(dir.resolve("names.conll"), LATIN1_CONLL);
        // main: "precis: Input length = 1" for each, naming neither the file nor the problem
        CliRun summaries = CliRun.of("eval", "summaries", "--jsonl", jsonl.toString());
        assertThat(summaries.exitCode()).isEqualTo(2);
        assertThat(summaries.err()).isEqualTo("precis: " + jsonl + ": not UTF-8 text\n");
        CliRun bench = CliRun.of("bench", "ner", "--input", conll.toString());
        assertThat(bench.exitCode()).isEqualTo(2);
        assertThat(bench.err()).isEqualTo("precis: " + conll + ": not UTF-8 text\n");
        CliRun ner = CliRun.of("eval", "ner", "--conll", conll.toString());
        assertThat(ner.exitCode()).isEqualTo(2);
        assertThat(ner.err()).isEqualTo("precis: " + conll + ": not UTF-8 text\n");
    }

    @Test
    void benchNerRefusesRoundsBelowOne() throws Exception {
        Path text = Files.writeString(dir.resolve("a.txt"), "The ferry sailed from Brenmoor on Monday.");
        // main: ran, and printed negative words per second, exit 0
        CliRun run = CliRun.of("bench", "ner", "--input", text.toString(), "--rounds", "-1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("precis: --rounds must be at least 1, got -1\n");
    }

    @Test
    void aFileGivenForADataFolderIsSaidToBeAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("bbc.txt"), "not a folder");
        // main: "bbc.txt: no such folder", of a file that is there
        for (String[] args : new String[][] {{"eval", "summaries", "--bbc"}, {"eval", "ner", "--suite"}, {"eval", "stories", "--bbc"}}) {
            CliRun run = CliRun.of(args[0], args[1], args[2], file.toString());
            assertThat(run.exitCode()).as(args[1]).isEqualTo(2);
            assertThat(run.err()).as(args[1]).isEqualTo("precis: " + file + ": is a file, not a folder\n");
        }
    }
}
