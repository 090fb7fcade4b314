package dev.precis.cli;

import dev.precis.eval.summaries.SummaryCase;
import dev.precis.eval.summaries.SummaryEvaluation;
import dev.precis.eval.summaries.SummaryTuner;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code precis train summarizer}: fits the summary model on BBC News Summary (by default its tuning
 * half) and writes it; the shipped {@code summary-model.txt} is this command's output.
 */
@Command(name = "summarizer", mixinStandardHelpOptions = true,
        description = "Fit the summary model on BBC News Summary and write it to a file.")
final class TrainSummarizerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bbc", required = true, paramLabel = "DIR", description = "BBC News Summary folder.")
    Path bbc;

    @Option(names = "--split", defaultValue = "tune", description = "all, tune or test (default ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path output;

    @Override
    public Integer call() throws IOException {
        List<SummaryCase> cases = EvalSummariesCommand.select(EvalSummariesCommand.loadBbc(bbc), split);
        List<SummaryTuner.Trial> trials = new SummaryTuner(new SummaryEvaluation(new NewsSentenceSplitter())).fit(cases);
        PrintWriter out = spec.commandLine().getOut();
        trials.stream().limit(8).forEach(t -> out.printf("objective %.3f, beats baselines %s, first-sentence bonus %.1f, redundancy %.1f%n",
                t.objective(), t.beatsBaselines(), t.firstBonus(), t.model().redundancy()));
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            trials.get(0).model().write(w);
        }
        out.printf("trained on %d articles (split %s); model written to %s%n", cases.size(), split, output);
        return 0;
    }
}
