package dev.precis.eval.summaries;

import dev.precis.nlp.sentence.NewsSentenceSplitter;
import dev.precis.summarize.LeadSummarizer;
import dev.precis.summarize.LongArticleGate;
import dev.precis.summarize.SummaryBeam;
import dev.precis.summarize.SummaryModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 *
 * <p>The settings this tuning does not choose are added to the chosen model as given ({@link Added}), after
 * the choice, which they do not take part in: the long-article gate ({@code --long-from N
 * [--long-lead-margin M] [--long-spread S]}: articles of N or more sentences of news keep the lead weight of
 * the {@code --model} file, as the twenty-second session fixed it), the summary beam ({@code --beam-width W
 * --beam-coverage C --beam-words L --beam-budget greedy|beam|stop --beam-margin G [--beam-swaps K]
 * [--beam-min-sentences N] --beam-lede-share S --beam-lede-margin M [--beam-steps K]}: sum44–sum47) and {@code --fill-words N}
 * (sum49). Each value is a choice recorded in {@code docs/quality/summaries.md}; with the README's values the
 * command writes the shipped {@code summary-model.txt} whole.
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
    record Options(List<Path> jsonl, Path validation, Path model, Path output, Path seeds, Added added) {

        Options(List<Path> jsonl, Path validation, Path model, Path output, Path seeds) {
            this(jsonl, validation, model, output, seeds, Added.NONE);
        }
    }

    /**
     * Settings written into the chosen model as given, not tuned here.
     *
     * @param longFrom articles of at least this many sentences of news are scored with the {@code --model}
     *     file's lead weight and {@code longLeadMargin} (0: no gate)
     * @param longLeadMargin the fallback margin of those articles
     * @param longSpread the gate's second signal ({@link LongArticleGate#minSpread()}; negative infinity: none)
     * @param beam the choice among whole summaries ({@link SummaryBeam#NONE}: the greedy summary)
     * @param fillWords the words from which a word budget is no longer filled (0: always filled)
     */
    record Added(int longFrom, double longLeadMargin, double longSpread, SummaryBeam beam, int fillWords) {

        /** Nothing added: the chosen model as the tuning made it. */
        static final Added NONE = new Added(0, 0, Double.NEGATIVE_INFINITY, SummaryBeam.NONE, 0);

        Added {
            if (longFrom < 0 || fillWords < 0) {
                throw new IllegalArgumentException("--long-from and --fill-words must be >= 0, got " + longFrom
                        + ", " + fillWords);
            }
            if (!(longLeadMargin >= 0) || longLeadMargin == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("--long-lead-margin must be finite and >= 0, got " + longLeadMargin);
            }
            if (Double.isNaN(longSpread) || longSpread == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("--long-spread must be finite, got " + longSpread);
            }
        }

        /** {@code chosen} with these settings; the gate's lead weight is {@code givenLead}. */
        SummaryModel applyTo(SummaryModel chosen, double givenLead) {
            LongArticleGate gate = longFrom == 0 ? chosen.longArticles()
                    : new LongArticleGate(longFrom, givenLead, longLeadMargin, longSpread);
            return new SummaryModel(chosen.weights(), chosen.redundancy(), chosen.fill(), chosen.leadMargin(), gate,
                    chosen.leadSignal(), chosen.longWeights(), chosen.secondHold(), chosen.trees(), beam, fillWords);
        }

        /** The options, as given, in a line. */
        String describe() {
            List<String> parts = new ArrayList<>();
            if (longFrom > 0) {
                parts.add(String.format(Locale.ROOT, "long-article gate from %d sentences (lead = the given model's,"
                        + " margin %s%s)", longFrom, longLeadMargin, longSpread == Double.NEGATIVE_INFINITY ? ""
                        : ", spread " + longSpread));
            }
            if (!beam.equals(SummaryBeam.NONE)) {
                parts.add("beam " + beam);
            }
            if (fillWords > 0) {
                parts.add("fillWords " + fillWords);
            }
            return parts.isEmpty() ? "none" : String.join("; ", parts);
        }
    }

    private static final List<String> ADDED_OPTIONS = List.of("--long-from", "--long-lead-margin", "--long-spread",
            "--beam-width", "--beam-coverage", "--beam-words", "--beam-budget", "--beam-margin", "--beam-swaps",
            "--beam-min-sentences", "--beam-lede-share", "--beam-lede-margin", "--beam-steps", "--fill-words");

    static Options parse(String[] args) {
        List<Path> jsonl = new ArrayList<>();
        Path validation = null;
        Path model = null;
        Path output = null;
        Path seeds = null;
        Map<String, String> added = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String text = args[++i];
            if (ADDED_OPTIONS.contains(name)) {
                added.put(name, text);
                continue;
            }
            Path value = Path.of(text);
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
        Added settings = added(added);
        if (settings.longFrom() > 0 && model == null) {
            throw new IllegalArgumentException("--long-from needs --model FILE: the gate keeps that model's lead weight");
        }
        return new Options(jsonl, validation, model, output, seeds, settings);
    }

    private static Added added(Map<String, String> given) {
        int longFrom = whole(given, "--long-from", 0);
        if (longFrom == 0 && (given.containsKey("--long-lead-margin") || given.containsKey("--long-spread"))) {
            throw new IllegalArgumentException("--long-lead-margin and --long-spread need --long-from N");
        }
        boolean beamGiven = given.keySet().stream().anyMatch(k -> k.startsWith("--beam-"));
        if (beamGiven && !given.containsKey("--beam-width")) {
            throw new IllegalArgumentException("the --beam-… options need --beam-width W");
        }
        SummaryBeam beam = !beamGiven ? SummaryBeam.NONE : new SummaryBeam(whole(given, "--beam-width", 1),
                number(given, "--beam-coverage", 0), number(given, "--beam-words", 0), budget(given.get("--beam-budget")),
                number(given, "--beam-margin", 0), whole(given, "--beam-swaps", 0),
                whole(given, "--beam-min-sentences", 0), number(given, "--beam-lede-share", 0),
                number(given, "--beam-lede-margin", 0), whole(given, "--beam-steps", SummaryBeam.BRANCHING_STEPS));
        double spread = number(given, "--long-spread", Double.NEGATIVE_INFINITY);
        if (!Double.isFinite(spread) && given.containsKey("--long-spread")) {
            throw new IllegalArgumentException("--long-spread must be a finite number, got " + given.get("--long-spread"));
        }
        return new Added(longFrom, number(given, "--long-lead-margin", 0), spread, beam,
                whole(given, "--fill-words", 0));
    }

    private static SummaryBeam.Budget budget(String text) {
        if (text == null) {
            return SummaryBeam.Budget.BEAM;
        }
        for (SummaryBeam.Budget b : SummaryBeam.Budget.values()) {
            if (b.name().equalsIgnoreCase(text) || text.equals(String.valueOf(b.ordinal()))) {
                return b;
            }
        }
        throw new IllegalArgumentException("--beam-budget must be greedy, beam or stop (0, 1 or 2), got " + text);
    }

    private static double number(Map<String, String> given, String name, double absent) {
        String text = given.get(name);
        if (text == null) {
            return absent;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got " + text);
        }
    }

    private static int whole(Map<String, String> given, String name, int absent) {
        String text = given.get(name);
        if (text == null) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < 0) {
                throw new IllegalArgumentException(name + " must be a whole number >= 0, got " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number >= 0, got " + text);
        }
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
        SummaryModel chosen = options.added().applyTo(trials.get(0).model(),
                base.weights()[SummaryModel.featureNames().indexOf("lead")]);
        out.println("added as given, not tuned here: " + options.added().describe());
        if (options.output() != null) {
            try (Writer w = Files.newBufferedWriter(options.output(), StandardCharsets.UTF_8)) {
                chosen.write(w);
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
