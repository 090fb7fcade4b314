package dev.precis.cli;

import dev.precis.encoder.MiniLmSentenceEncoder;
import dev.precis.nlp.encoder.CachingSentenceEncoder;
import dev.precis.eval.summaries.BbcSummaryDataset;
import dev.precis.eval.summaries.ExtractiveOracle;
import dev.precis.eval.summaries.JsonlSummaryDataset;
import dev.precis.eval.summaries.PairedDifference;
import dev.precis.eval.summaries.RougeMeans;
import dev.precis.eval.summaries.SummaryCase;
import dev.precis.eval.summaries.SummaryEvaluation;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.SummaryLength;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import dev.precis.summarize.LeadSummarizer;
import dev.precis.summarize.PositionCentralitySummarizer;
import dev.precis.summarize.SummaryModel;
import dev.precis.summarize.TextRankSummarizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code precis eval summaries}: Precis, Lead-3, TextRank and the extractive oracle scored with ROUGE
 * on one or more sources in one run, at three sentences and at a 75-word budget, with the mean words
 * per summary and the share of summaries with a dangling pronoun, then Precis' per-article (paired)
 * difference from Lead-3 with its standard error. {@code --split} picks the tuning
 * half (odd-numbered articles), the test half (even-numbered), or the tuning half's two quarters
 * ({@code fit}: numbers 1 mod 4, {@code select}: 3 mod 4).
 */
@Command(name = "summaries", mixinStandardHelpOptions = true,
        description = "ROUGE of Precis, Lead-3, TextRank and the extractive oracle on JSONL files and BBC News Summary.")
final class EvalSummariesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--jsonl", paramLabel = "FILE", description = "Lines {\"id\",\"title\",\"text\",\"reference\"}; repeatable.")
    List<Path> jsonl = new ArrayList<>();

    @Option(names = "--bbc", paramLabel = "DIR", description = "BBC News Summary folder (articles/, summaries/).")
    Path bbc;

    @Option(names = "--split", defaultValue = "all",
            description = "all, tune (odd numbers), test (even numbers), fit (1 mod 4) or select (3 mod 4); default ${DEFAULT-VALUE}.")
    String split;

    @Option(names = "--model", paramLabel = "FILE", description = "A summary model file to score instead of the shipped one.")
    Path model;

    @Option(names = "--sentences", paramLabel = "N", split = ",", defaultValue = "3",
            description = "Counts of sentences to score at, comma-separated (each against Lead-N); default ${DEFAULT-VALUE}.")
    List<Integer> sentences = new ArrayList<>();

    @Option(names = "--words", paramLabel = "N", split = ",", defaultValue = "75",
            description = "Word budgets to score at, comma-separated; default ${DEFAULT-VALUE}.")
    List<Integer> words = new ArrayList<>();

    /** One length a table scores at: a count of sentences or a word budget. */
    record Length(boolean inWords, int amount) {
        Function<SummaryCase, SummaryLength> of() {
            return inWords ? SummaryEvaluation.words(amount) : SummaryEvaluation.sentences(amount);
        }

        String label() {
            return inWords ? amount + "-word budget" : amount == 1 ? "1 sentence" : amount + " sentences";
        }
    }

    /** The lengths asked for, counts of sentences first, each once in the order given. */
    List<Length> lengths() {
        List<Length> out = new ArrayList<>();
        addLengths(out, sentences, false, "--sentences");
        addLengths(out, words, true, "--words");
        return out;
    }

    private static void addLengths(List<Length> out, List<Integer> amounts, boolean inWords, String option) {
        for (int n : amounts) {
            if (n < 1) {
                throw new UserInputException(option + " must be 1 or more, not " + n);
            }
            Length l = new Length(inWords, n);
            if (!out.contains(l)) {
                out.add(l);
            }
        }
    }

    /** "Lead-3" when the only count of sentences is 3 (the figures as every earlier session printed them), else "Lead-N". */
    String leadName() {
        return sentences.equals(List.of(3)) ? "Lead-3" : "Lead-N";
    }

    private static String rawName(String leadName) {
        return leadName.replace("-", "") + "-raw";
    }

    /** A table line without the separator after its last column, as the two-column table always printed it. */
    private static String trimBar(StringBuilder line) {
        return line.substring(0, line.length() - 2);
    }

    @Override
    public Integer call() throws IOException {
        if (jsonl.isEmpty() && bbc == null) {
            throw new UserInputException("give --jsonl FILE or --bbc DIR");
        }
        List<Length> lengths = lengths();
        NewsSentenceSplitter splitter = new NewsSentenceSplitter();
        SummaryModel precisModel = model == null ? SummaryModel.loadDefault() : readModel(model);
        Map<String, List<SummaryCase>> sources = new LinkedHashMap<>();
        for (Path file : jsonl) {
            sources.put(file.getFileName().toString(), select(loadJsonl(file, splitter), split));
        }
        if (bbc != null) {
            sources.put("BBC", select(loadBbc(bbc), split));
        }
        SummaryEvaluation evaluation = new SummaryEvaluation(splitter);
        ExtractiveOracle oracle = new ExtractiveOracle();
        Map<String, SummaryEvaluation.CaseSummarizer> systems = new LinkedHashMap<>();
        PositionCentralitySummarizer precis = new PositionCentralitySummarizer(precisModel,
                precisModel.semantic() ? new CachingSentenceEncoder(MiniLmSentenceEncoder.shared()) : null);
        // The bar is the lead shown as Precis shows a lede (without its dateline): the stronger lead,
        // so the paired row measures the choice of sentences, not the trim. The lead as written stays
        // in the table for comparison with earlier figures. At a count of N sentences the lead is the
        // first N (Lead-N); under a word budget, the first sentences within it.
        LeadSummarizer lead = new LeadSummarizer(true);
        LeadSummarizer rawLead = new LeadSummarizer(false);
        TextRankSummarizer textRank = new TextRankSummarizer();
        String leadName = leadName();
        systems.put("Precis", (c, a, l) -> precis.summarize(a, l));
        systems.put(leadName, (c, a, l) -> lead.summarize(a, l));
        systems.put(rawName(leadName), (c, a, l) -> rawLead.summarize(a, l));
        systems.put("TextRank", (c, a, l) -> textRank.summarize(a, l));
        systems.put("Oracle", (c, a, l) -> oracle.select(a, c.reference(), l));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("ROUGE F1 x100 with stemming; split %s; words = mean words per summary; dangling = share"
                + " of summaries with a pronoun or connective whose antecedent is left out%n", split);
        for (Map.Entry<String, List<SummaryCase>> source : sources.entrySet()) {
            List<SummaryCase> cases = source.getValue();
            List<AnalyzedArticle> analyzed = evaluation.prepare(cases);
            out.printf("%n%s: %d articles%n", source.getKey(), cases.size());
            // two lengths to a table, so a line stays readable however many lengths are asked for
            for (int from = 0; from < lengths.size(); from += 2) {
                List<Length> table = lengths.subList(from, Math.min(lengths.size(), from + 2));
                if (from > 0) {
                    out.println();
                }
                StringBuilder header = new StringBuilder(String.format("%-9s |", ""));
                StringBuilder columns = new StringBuilder(String.format("%-9s |", "system"));
                for (Length length : table) {
                    header.append(String.format(" %-38s |", length.label()));
                    columns.append(String.format(" %6s %6s %6s %6s %7s |", "R-1", "R-2", "R-Lsum", "words", "dangl."));
                }
                out.println(trimBar(header));
                out.println(trimBar(columns));
                // each system's per-article rows at each length, computed once: the table's means and
                // the paired rows below both read them
                Map<String, List<double[][]>> rows = new LinkedHashMap<>();
                for (Map.Entry<String, SummaryEvaluation.CaseSummarizer> system : systems.entrySet()) {
                    List<double[][]> perLength = new ArrayList<>();
                    StringBuilder line = new StringBuilder(String.format("%-9s |", system.getKey()));
                    for (Length length : table) {
                        double[][] perCase = evaluation.perCase(cases, analyzed, system.getValue(), length.of());
                        perLength.add(perCase);
                        RougeMeans m = SummaryEvaluation.means(perCase);
                        line.append(String.format(" %6.2f %6.2f %6.2f %6.1f %7.3f |", m.rouge1(), m.rouge2(),
                                m.rougeLsum(), m.meanWords(), m.danglingShare()));
                    }
                    rows.put(system.getKey(), perLength);
                    out.println(trimBar(line));
                }
                // The bar of issue 12 is "at least the lead on every figure"; all systems see the same
                // articles, so the per-article (paired) difference and its standard error tell it best.
                for (String baseline : List.of(leadName, rawName(leadName))) {
                    StringBuilder paired = new StringBuilder(String.format("%-9s |",
                            baseline.equals(leadName) ? "P-" + leadName.replace("-", "") : "P-raw"));
                    for (int k = 0; k < table.size(); k++) {
                        double[][] p = rows.get("Precis").get(k);
                        double[][] l = rows.get(baseline).get(k);
                        for (int column : new int[] {0, 1, 3}) {
                            PairedDifference d = PairedDifference.of(p, l, column, 100);
                            paired.append(String.format(Locale.ROOT, " %+.2f±%.2f", d.mean(), d.standardError()));
                        }
                        paired.append(" |");
                    }
                    out.println(paired);
                }
            }
            out.println(leadName.equals("Lead-3")
                    ? "(P-Lead3: Precis minus Lead-3 (lede trimmed as Precis shows it) per article; P-raw: minus"
                            + " Lead3-raw (the lead as written); R-1 R-2 R-Lsum, mean ± standard error)"
                    : "(P-LeadN: Precis minus Lead-N (the first N sentences, or under a word budget the first"
                            + " sentences within it, the lede trimmed as Precis shows it) per article; P-raw: minus"
                            + " LeadN-raw (the lead as written); R-1 R-2 R-Lsum, mean ± standard error)");
            out.flush();
        }
        return 0;
    }

    static SummaryModel readModel(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return SummaryModel.read(in);
        } catch (IOException e) {
            throw new UserInputException(file + ": " + e.getMessage());
        }
    }

    static List<SummaryCase> loadBbc(Path dir) {
        InputFile.requireFolder(dir);
        try {
            return BbcSummaryDataset.read(dir);
        } catch (IOException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    static List<SummaryCase> loadJsonl(Path file, NewsSentenceSplitter splitter) {
        InputFile.require(file);
        try {
            return JsonlSummaryDataset.read(file, splitter);
        } catch (IOException e) {
            throw new UserInputException(InputFile.problem(e, file), e);
        }
    }

    /** The cases of a split, by each case's number within its source. */
    static List<SummaryCase> select(List<SummaryCase> cases, String split) {
        List<SummaryCase> chosen = switch (split) {
            case "all" -> cases;
            case "tune" -> cases.stream().filter(c -> c.number() % 2 == 1).toList();
            case "test" -> cases.stream().filter(c -> c.number() % 2 == 0).toList();
            case "fit" -> cases.stream().filter(c -> c.number() % 4 == 1).toList();
            case "select" -> cases.stream().filter(c -> c.number() % 4 == 3).toList();
            default -> throw new UserInputException(
                    "--split must be all, tune, test, fit or select, not '" + split + "'");
        };
        if (chosen.isEmpty()) {
            throw new UserInputException("no articles with reference summaries found");
        }
        return chosen;
    }
}
