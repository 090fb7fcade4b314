package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval, bench and train tools given a file that is not UTF-8 or not JSON, a file for a folder or a count out of range (ux45's sweep): one line naming it. */
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
        // of two files read together, the one that is not UTF-8 is named
        Path articles = Files.writeString(dir.resolve("articles.jsonl"), "{\"id\":\"a\",\"text\":\"The ferry sailed.\"}\n");
        CliRun quotes = CliRun.of("eval", "quotes", "--gold", jsonl.toString(), "--jsonl", articles.toString());
        assertThat(quotes.exitCode()).isEqualTo(2);
        assertThat(quotes.err()).isEqualTo("precis: " + jsonl + ": not UTF-8 text\n");
        CliRun stories = CliRun.of("eval", "stories", "--events", jsonl.toString());
        assertThat(stories.exitCode()).isEqualTo(2);
        assertThat(stories.err()).isEqualTo("precis: " + jsonl + ": not UTF-8 text\n");
    }

    @Test
    void aFileInAnEvaluationFolderThatIsNotUtf8IsNamed() throws Exception {
        Path timeml = Files.createDirectories(dir.resolve("timeml"));
        Files.writeString(timeml.resolve("a.tml"), "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2024-03-04\""
                + " functionInDocument=\"CREATION_TIME\">2024-03-04</TIMEX3></DCT>"
                + "<TEXT>The ferry sailed <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-03-05\">on Tuesday</TIMEX3>.</TEXT></TimeML>\n");
        Path latin1 = Files.write(timeml.resolve("b.tml"), LATIN1_CONLL);
        // main: "precis: Input length = 1", exit 1, naming neither the file nor the problem
        CliRun timex = CliRun.of("eval", "timex", "--timeml", timeml.toString());
        assertThat(timex.exitCode()).isEqualTo(2);
        assertThat(timex.err()).isEqualTo("precis: " + latin1 + ": not UTF-8 text\n");
        Path polnear = dir.resolve("polnear");
        Files.createDirectories(polnear.resolve("attributions"));
        Files.writeString(polnear.resolve("attributions/cafe_1a2b.ann"), "");
        Path text = Files.write(Files.createDirectories(polnear.resolve("text")).resolve("cafe.txt"), LATIN1_CONLL);
        CliRun quotes = CliRun.of("eval", "quotes", "--polnear", polnear.toString());
        assertThat(quotes.exitCode()).isEqualTo(2);
        assertThat(quotes.err()).isEqualTo("precis: " + text + ": not UTF-8 text\n");
        Path suite = dir.resolve("ner");
        Path testb = Files.write(Files.createDirectories(suite.resolve("eval/conll2003")).resolve("eng.testb"), LATIN1_CONLL);
        CliRun ner = CliRun.of("eval", "ner", "--suite", suite.toString());
        assertThat(ner.exitCode()).isEqualTo(2);
        assertThat(ner.err()).isEqualTo("precis: " + testb + ": not UTF-8 text\n");
    }

    @Test
    void seedGoldThatIsNoJsonIsNamedWithoutJacksonsSettings() throws Exception {
        Path gold = Files.writeString(dir.resolve("seeds.json"), "&not json");
        // main: Jackson's message, "… [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled) …", exit 1
        CliRun run = CliRun.of("eval", "seeds", gold.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("precis: " + gold + ": not JSON (Unexpected character ('&'").doesNotContain("StreamReadFeature");
    }

    @Test
    void countsBelowTheirFloorAreRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("a.txt"), "The ferry sailed from Brenmoor on Monday.");
        // main: ran, and printed negative words per second, exit 0
        CliRun run = CliRun.of("bench", "ner", "--input", text.toString(), "--rounds", "-1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("precis: --rounds must be at least 1, got -1\n");
        // main: "dir: no .tml files", exit 1, after accepting -1
        CliRun timex = CliRun.of("eval", "timex", "--timeml", dir.toString(), "--errors", "-1");
        assertThat(timex.exitCode()).isEqualTo(2);
        assertThat(timex.err()).isEqualTo("precis: --errors must be 0 or more, got -1\n");
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
