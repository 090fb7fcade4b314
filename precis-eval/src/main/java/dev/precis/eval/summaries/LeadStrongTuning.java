package dev.precis.eval.summaries;

import dev.precis.nlp.sentence.NewsSentenceSplitter;
import dev.precis.summarize.LeadSummarizer;
import dev.precis.summarize.SummaryModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the summary model's lead prior and fallback margin on lead-strong copy ({@link LeadStrongCopy})
 * instead of the CNN/DM {@code select} quarter, the weights kept as they are. The lead offsets are
 * {@code train summarizer}'s (0 to +4 on the learned weight, which the shipped file holds at +2: given
 * here relative to the model read), the fallback margins 0 to 2, fill 1.0 or unlimited; redundancy
 * stays at the shipped 0.5. The choice is the tuner's one-standard-error rule.
 *
 * <p>Run: {@code java -cp precis-cli/target/precis.jar dev.precis.eval.summaries.LeadStrongTuning
 * --jsonl TRAIN.jsonl --validation VALIDATION.jsonl [--model FILE] [--output FILE] [--seeds DIR]}; with
 * {@code --seeds}, only settings whose default summary of every plain-text seed article in DIR has three
 * sentences are tried ({@link FullSeedSummaries}, the product's seed condition). Prints the tuning
 * set's size, Lead-3's and the given model's objective on it and the best trials, the chosen one
 * first; writes the chosen model with {@code --output}. Not a library API.
 */
public final class LeadStrongTuning {

    /** Offsets relative to a model tuned at +2 on its learned lead weight: the tuner's 0 … +4. */
    static final double[] LEAD_OFFSETS = {-2.0, -1.5, -1.0, -0.5, 0.0, 1.0, 2.0};
    /** The shipped redundancy, held. */
    static final double[] REDUNDANCY = {0.5};
    /**
     * The fills the product can use: below 1.0 a 75-word summary can stop at two sentences, and so can
     * 1.0 once the lead prior is strong (the lead's next sentence then outscores every other by more
     * than 1.0, and when it does not fit the summary stops).
     */
    static final double[] FILLS = {1.0, Double.POSITIVE_INFINITY};
    static final double[] MARGINS = {0.0, 0.5, 1.0, 2.0};

    private LeadStrongTuning() {
    }

    /** The command's options. */
    record Options(List<Path> jsonl, Path validation, Path model, Path output, Path seeds) {
    }

    static Options parse(String[] args) {
        List<Path> jsonl = new ArrayList<>();
        Path validation = null;
        Path model = null;
        Path output = null;
        Path seeds = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            Path value = Path.of(args[++i]);
            switch (name) {
                case "--jsonl" -> jsonl.add(value);
                case "--validation" -> validation = value;
                case "--model" -> model = value;
                case "--output" -> output = value;
                case "--seeds" -> seeds = value;
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (jsonl.isEmpty() && validation == null) {
            throw new IllegalArgumentException("give --jsonl FILE and/or --validation FILE");
        }
        return new Options(jsonl, validation, model, output, seeds);
    }

    static int run(Options options, PrintStream out) throws IOException {
        NewsSentenceSplitter splitter = new NewsSentenceSplitter();
        List<SummaryCase> fitting = new ArrayList<>();
        for (Path file : options.jsonl()) {
            fitting.addAll(read(file, splitter));
        }
        List<SummaryCase> validation = options.validation() == null ? List.of() : read(options.validation(), splitter);
        List<SummaryCase> tuning = LeadStrongCopy.select(fitting, validation);
        if (tuning.isEmpty()) {
            throw new IllegalArgumentException("no datelined articles to tune on");
        }
        SummaryModel base = options.model() == null ? SummaryModel.loadDefault() : readModel(options.model());
        SummaryEvaluation evaluation = new SummaryEvaluation(splitter);
        SummaryTuner tuner = new SummaryTuner(evaluation);
        out.printf(Locale.ROOT, "tuning set: %d datelined of %d fitting and %d validation articles (odd numbers only)%n",
                tuning.size(), fitting.size(), validation.stream().filter(c -> c.number() % 2 == 1).count());
        out.printf(Locale.ROOT, "objective (mean R-1/R-2/R-Lsum at 3 sentences and %d words): Lead-3 %.3f, given model %.3f%n",
                SummaryTuner.WORD_BUDGET, leadObjective(evaluation, tuning), mean(tuner.objectives(tuning, base)));
        SummaryTuner.Grid grid = new SummaryTuner.Grid(REDUNDANCY, LEAD_OFFSETS, FILLS, MARGINS);
        List<SummaryTuner.Trial> trials;
        if (options.seeds() == null) {
            trials = tuner.choose(base, tuning, grid);
        } else {
            FullSeedSummaries seeds = FullSeedSummaries.read(options.seeds());
            trials = tuner.choose(base, tuning, grid, seeds);
            out.printf(Locale.ROOT, "%d of %d trials give every one of the %d seeds a default summary of %d sentences%n",
                    trials.size(), REDUNDANCY.length * LEAD_OFFSETS.length * FILLS.length * MARGINS.length,
                    seeds.size(), FullSeedSummaries.SENTENCES);
        }
        trials.forEach(t -> out.printf(Locale.ROOT, "objective %.3f ± %.3f: %s%n",
                t.objective(), t.standardError(), t.settings()));
        if (options.output() != null) {
            try (Writer w = Files.newBufferedWriter(options.output(), StandardCharsets.UTF_8)) {
                trials.get(0).model().write(w);
            }
            out.println("chosen model written to " + options.output());
        }
        return 0;
    }

    private static double leadObjective(SummaryEvaluation evaluation, List<SummaryCase> cases) {
        var analyzed = evaluation.prepare(cases);
        LeadSummarizer lead = new LeadSummarizer(true);
        double[][] three = evaluation.perCase(cases, analyzed, lead, SummaryEvaluation.sentences(3));
        double[][] budget = evaluation.perCase(cases, analyzed, lead, SummaryEvaluation.words(SummaryTuner.WORD_BUDGET));
        double sum = 0;
        for (int i = 0; i < cases.size(); i++) {
            sum += 100 * (three[i][0] + three[i][1] + three[i][3] + budget[i][0] + budget[i][1] + budget[i][3]) / 6;
        }
        return sum / cases.size();
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / Math.max(1, values.length);
    }

    private static List<SummaryCase> read(Path file, NewsSentenceSplitter splitter) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        return JsonlSummaryDataset.read(file, splitter);
    }

    private static SummaryModel readModel(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return SummaryModel.read(in);
        }
    }

    public static void main(String[] args) {
        try {
            System.exit(run(parse(args), System.out));
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("LeadStrongTuning: " + e.getMessage());
            System.exit(2);
        }
    }
}
