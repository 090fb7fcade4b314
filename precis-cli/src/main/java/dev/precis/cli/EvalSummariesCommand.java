package dev.precis.cli;

import dev.precis.eval.summaries.BbcSummaryDataset;
import dev.precis.eval.summaries.JsonlSummaryDataset;
import dev.precis.eval.summaries.RougeMeans;
import dev.precis.eval.summaries.SummaryCase;
import dev.precis.eval.summaries.SummaryEvaluation;
import dev.precis.model.AnalyzedArticle;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import dev.precis.summarize.LeadSummarizer;
import dev.precis.summarize.PositionCentralitySummarizer;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.SummaryModel;
import dev.precis.summarize.TextRankSummarizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code precis eval summaries}: Precis, Lead-k and TextRank scored in one run with ROUGE, at three
 * sentences and at the reference's length. {@code --split} picks the tuning half (odd-numbered
 * articles), the test half (even-numbered) or all.
 */
@Command(name = "summaries", mixinStandardHelpOptions = true,
        description = "ROUGE of Precis, Lead-k and TextRank on BBC News Summary or a JSONL file.")
final class EvalSummariesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--bbc", paramLabel = "DIR", description = "BBC News Summary folder (articles/, summaries/).")
        Path bbc;

        @Option(names = "--jsonl", paramLabel = "FILE", description = "Lines {\"id\",\"title\",\"text\",\"reference\"}.")
        Path jsonl;
    }

    @Option(names = "--split", defaultValue = "all", description = "all, tune (odd numbers) or test (even numbers).")
    String split;


    @Override
    public Integer call() throws IOException {
        NewsSentenceSplitter splitter = new NewsSentenceSplitter();
        List<SummaryCase> cases = load(splitter);
        cases = select(cases, split);
        SummaryEvaluation evaluation = new SummaryEvaluation(splitter);
        PrintWriter out = spec.commandLine().getOut();
        List<AnalyzedArticle> analyzed = evaluation.prepare(cases);
        Map<String, Summarizer> systems = new LinkedHashMap<>();
        systems.put("Precis", new PositionCentralitySummarizer(SummaryModel.loadDefault()));
        systems.put("Lead-k", new LeadSummarizer());
        systems.put("TextRank", new TextRankSummarizer());
        out.printf("%d articles (%s, split %s); ROUGE F1 x100 with stemming%n", cases.size(),
                source.bbc != null ? "BBC" : source.jsonl.getFileName(), split);
        out.printf("%-10s | %-31s | %-31s%n", "", "3 sentences", "reference length (words)");
        out.printf("%-10s | %7s %7s %7s %7s | %7s %7s %7s %7s%n", "system",
                "R-1", "R-2", "R-L", "R-Lsum", "R-1", "R-2", "R-L", "R-Lsum");
        for (Map.Entry<String, Summarizer> system : systems.entrySet()) {
            RougeMeans three = evaluation.score(cases, analyzed, system.getValue(), SummaryEvaluation.sentences(3));
            RougeMeans ref = evaluation.score(cases, analyzed, system.getValue(), evaluation.referenceLength());
            out.printf("%-10s | %7.2f %7.2f %7.2f %7.2f | %7.2f %7.2f %7.2f %7.2f%n", system.getKey(),
                    three.rouge1(), three.rouge2(), three.rougeL(), three.rougeLsum(),
                    ref.rouge1(), ref.rouge2(), ref.rougeL(), ref.rougeLsum());
        }
        out.flush();
        return 0;
    }

    private List<SummaryCase> load(NewsSentenceSplitter splitter) {
        return source.bbc != null ? loadBbc(source.bbc) : loadJsonl(source.jsonl, splitter);
    }

    static List<SummaryCase> loadBbc(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UserInputException(dir + ": no such folder");
        }
        try {
            return BbcSummaryDataset.read(dir);
        } catch (IOException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    private static List<SummaryCase> loadJsonl(Path file, NewsSentenceSplitter splitter) {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(file + ": no such file");
        }
        try {
            return JsonlSummaryDataset.read(file, splitter);
        } catch (IOException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    /** The tuning half (odd-numbered articles), the test half (even-numbered) or all. */
    static List<SummaryCase> select(List<SummaryCase> cases, String split) {
        List<SummaryCase> chosen = switch (split) {
            case "all" -> cases;
            case "tune" -> cases.stream().filter(c -> c.number() % 2 == 1).toList();
            case "test" -> cases.stream().filter(c -> c.number() % 2 == 0).toList();
            default -> throw new UserInputException("--split must be all, tune or test, not '" + split + "'");
        };
        if (chosen.isEmpty()) {
            throw new UserInputException("no articles with reference summaries found");
        }
        return chosen;
    }
}
