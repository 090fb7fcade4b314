package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code precis eval quotes --gold FILE --jsonl FILE}: the offsets-only quote gold, end to end. */
class EvalQuotesGoldTest {

    private static final String TEXT = "The harbour ferry will keep running through the winter, the operator said on Monday. "
            + "“We have two boats ready and a third in the yard,” said Ann Reed, the operator's director.";

    @TempDir
    Path dir;

    private Path articles() throws IOException {
        Path jsonl = dir.resolve("articles.jsonl");
        Files.write(jsonl, List.of("{\"id\":\"ferry\",\"text\":\"" + TEXT + "\"}"));
        return jsonl;
    }

    private Path gold(String split) throws IOException {
        String quote = "We have two boats ready and a third in the yard,";
        int q = TEXT.indexOf(quote);
        int s = TEXT.indexOf("Ann Reed");
        Path gold = dir.resolve(split + "-gold.tsv");
        Files.write(gold, List.of("# offsets only", String.join("\t", "ferry", split, "" + q, "" + (q + quote.length()),
                "" + s, "" + (s + 8), "" + s, "" + (s + 8))));
        return gold;
    }

    @Test
    void printsTheThreeFiguresOfTheChosenSplit() throws IOException {
        CliRun run = CliRun.of("eval", "quotes", "--gold", gold("tune").toString(), "--jsonl", articles().toString(), "--split", "tune");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("documents 1  direct quotes 1",
                "found (half the words) 1.000 (1)  speaker right of found 1.000  right of all 1.000 (1)");
    }

    @Test
    void badInputIsOneLineAndNonZero() throws IOException {
        Path articles = articles();
        for (String[] args : List.of(
                new String[] {"eval", "quotes", "--gold", gold("tune").toString()},
                new String[] {"eval", "quotes", "--gold", gold("tune").toString(), "--jsonl", articles.toString(), "--split", "report"},
                new String[] {"eval", "quotes", "--gold", gold("report").toString(), "--jsonl", articles.toString(), "--split", "report",
                        "--errors", "5"},
                new String[] {"eval", "quotes", "--gold", gold("report2").toString(), "--jsonl", articles.toString(), "--split", "report2",
                        "--errors", "5"},
                new String[] {"eval", "quotes", "--gold", dir.resolve("none.tsv").toString(), "--jsonl", articles.toString()},
                new String[] {"eval", "quotes"})) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isNotZero();
            assertThat(run.oneLineError()).as(run.err()).isTrue();
        }
    }

    @Test
    void theCommittedGoldReadsAgainstTheSharedArticles() throws IOException {
        Path jsonl = Path.of("../../shared/data/news-summaries/cnndm-train.jsonl");
        Path shared = Files.isRegularFile(jsonl) ? jsonl : Path.of("/work/shared/data/news-summaries/cnndm-train.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(shared), "skipped: the shared CNN/DM train file is not here (" + shared + ")");
        Path gold = Path.of("../bench/quote-gold/cnndm-train-quotes.tsv");
        var set = dev.precis.eval.quotes.OffsetQuoteGold.read(gold, shared, null);
        assertThat(set.documents()).hasSize(114);
        assertThat(set.documents().stream().mapToInt(d -> d.quotes().size()).sum()).isEqualTo(920);
        // every content span sits between quotation marks, as the gold's definition says
        for (var d : set.documents()) {
            for (var q : d.quotes()) {
                assertThat(d.text().charAt(q.content().start() - 1)).as(d.id()).isIn('"', '“');
            }
        }
    }
}
