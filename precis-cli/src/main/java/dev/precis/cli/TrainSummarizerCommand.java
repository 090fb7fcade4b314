package dev.precis.cli;

import dev.precis.encoder.MiniLmSentenceEncoder;
import dev.precis.nlp.encoder.CachingSentenceEncoder;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code precis train summarizer}: fits the summary model's weights on articles with reference
 * summaries (every {@code --jsonl} file, plus the {@code fit} quarter of {@code --validation}),
 * chooses its settings by ROUGE on the {@code select} quarter of {@code --validation}, and writes it.
 * The validation file's even-numbered half is touched by neither and stays for reporting. The shipped
 * {@code summary-model.txt} is this command's output with its lead prior and fallback margin chosen
 * again by {@code LeadStrongTuning --seeds} (precis-eval) on the datelined reports of the same files, and
 * the long-article gate, the summary beam and {@code fillWords} written by that tool's options as the
 * README's recipe gives them.
 */
@Command(name = "summarizer", mixinStandardHelpOptions = true,
        description = "Fit the summary model on news with reference summaries and write it to a file.")
final class TrainSummarizerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--jsonl", paramLabel = "FILE", description = "Fitting data, lines {\"id\",\"title\",\"text\",\"reference\"}; repeatable.")
    List<Path> jsonl = new ArrayList<>();

    @Option(names = "--validation", required = true, paramLabel = "FILE",
            description = "Its numbers 1 mod 4 join the fitting data, 3 mod 4 choose the settings; even numbers are left for reporting.")
    Path validation;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path output;

    @Option(names = "--encoder", description = "Also weigh the semantic features of the shipped sentence encoder (all-MiniLM-L6-v2).")
    boolean encoder;

    @Option(names = "--lead-margins", split = ",", paramLabel = "M",
            description = "Fallback-to-the-lead margins to try, comma-separated (default: 0, no fallback).")
    List<Double> leadMargins = new ArrayList<>(List.of(0.0));

    @Option(names = "--lead-offsets", split = ",", paramLabel = "O",
            description = "Offsets to the learned lead weight to try, comma-separated (default: 0, 0.5, 1, 1.5, 2, 3, 4,"
                    + " the strongest within one standard error of the best chosen); one value fixes it.")
    List<Double> leadOffsets = new ArrayList<>();

    private double[] offsets() {
        // picocli refuses a value that is not a finite number ("Infinity", "1e999") in the option's name
        return leadOffsets.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private double[] margins() {
        for (double m : leadMargins) {
            if (!(m >= 0) || Double.isInfinite(m)) {
                throw new UserInputException("--lead-margins: each margin must be a finite number >= 0, got " + m);
            }
        }
        return leadMargins.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public Integer call() throws IOException {
        double[] margins = margins();
        double[] offsets = offsets();
        NewsSentenceSplitter splitter = new NewsSentenceSplitter();
        List<SummaryCase> fitting = new ArrayList<>();
        for (Path file : jsonl) {
            fitting.addAll(EvalSummariesCommand.loadJsonl(file, splitter));
        }
        List<SummaryCase> validationCases = EvalSummariesCommand.loadJsonl(validation, splitter);
        fitting.addAll(EvalSummariesCommand.select(validationCases, "fit"));
        List<SummaryCase> selection = EvalSummariesCommand.select(validationCases, "select");
        SummaryEvaluation evaluation = new SummaryEvaluation(splitter);
        CachingSentenceEncoder vectors = encoder ? new CachingSentenceEncoder(MiniLmSentenceEncoder.shared()) : null;
        SummaryTuner tuner = offsets.length == 0 ? new SummaryTuner(evaluation, vectors, margins)
                : new SummaryTuner(evaluation, vectors, margins, offsets);
        List<SummaryTuner.Trial> trials = tuner.fit(fitting, selection);
        PrintWriter out = spec.commandLine().getOut();
        trials.stream().limit(8).forEach(t -> out.printf("objective %.3f ± %.3f: %s%n", t.objective(),
                t.standardError(), t.settings()));
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            trials.get(0).model().write(w);
        }
        out.printf("fitted on %d articles, settings chosen on %d; model written to %s%n", fitting.size(),
                selection.size(), output);
        return 0;
    }
}
