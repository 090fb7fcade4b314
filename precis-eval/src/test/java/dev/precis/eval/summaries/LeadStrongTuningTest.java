package dev.precis.eval.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.Article;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import dev.precis.summarize.LongArticleGate;
import dev.precis.summarize.SummaryBeam;
import dev.precis.summarize.SummaryModel;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadStrongTuningTest {

    private static final String DATELINED = "HARBOURTON, Eastland -- Ferry services to the islands were cancelled"
            + " on Monday as storms battered the coast. The operator said ships would stay in port until the"
            + " winds drop. Islanders were told to expect shortages of fresh food by the weekend. A council"
            + " spokesman said emergency supplies would be flown in if needed. Schools on two islands closed early.";
    private static final String FEATURE = "(Harbour Living) -- Here are five ways to enjoy a ferry crossing this"
            + " summer. Bring a warm coat, because the deck is cold even in July. Sit on the left for the best"
            + " view of the cliffs. Buy your ticket online to skip the queue. Watch for dolphins near the harbour.";
    private static final String REFERENCE = "Ferries to the islands cancelled as storms hit the coast .\n"
            + "Islanders told to expect food shortages by the weekend .";

    private static SummaryCase c(String text, int number) {
        return new SummaryCase(Article.of("a" + number, "", text, List.of()), List.of(REFERENCE), "jsonl", number);
    }

    @Test
    void theTuningSetIsTheDatelinedReportsAndNeverTheValidationTestHalf() {
        List<SummaryCase> fitting = List.of(c(DATELINED, 1), c(FEATURE, 2));
        List<SummaryCase> validation = List.of(c(DATELINED, 1), c(DATELINED, 2), c(FEATURE, 3), c(DATELINED, 7));
        List<SummaryCase> chosen = LeadStrongCopy.select(fitting, validation);
        assertThat(chosen).containsExactly(fitting.get(0), validation.get(0), validation.get(3));
    }

    @Test
    void theChosenTrialIsTheStrongestLeadPriorWithinOneStandardErrorOfTheBest() {
        SummaryTuner tuner = new SummaryTuner(new SummaryEvaluation(new NewsSentenceSplitter()));
        List<SummaryCase> cases = List.of(c(DATELINED, 1), c(DATELINED.replace("Monday", "Friday"), 3));
        List<SummaryTuner.Trial> trials = tuner.choose(SummaryModel.loadDefault(), cases,
                new SummaryTuner.Grid(new double[] {0.5}, new double[] {-2, 0, 2}, new double[] {1.0}, new double[] {0, 1}));
        assertThat(trials).hasSize(6);
        SummaryTuner.Trial best = trials.stream().max((a, b) -> Double.compare(a.objective(), b.objective())).orElseThrow();
        SummaryTuner.Trial chosen = trials.get(0);
        assertThat(chosen.objective()).isGreaterThanOrEqualTo(best.objective() - best.standardError());
        assertThat(trials).filteredOn(t -> t.objective() >= best.objective() - best.standardError())
                .allSatisfy(t -> assertThat(t.leadOffset()).isLessThanOrEqualTo(chosen.leadOffset()));
        assertThat(chosen.model().weights()[SummaryModel.featureNames().indexOf("lead")])
                .isEqualTo(SummaryModel.loadDefault().weights()[SummaryModel.featureNames().indexOf("lead")] + chosen.leadOffset());
    }

    @Test
    void theCommandTunesOnTheDatelinedArticlesAndWritesTheChosenModel(@TempDir Path dir) throws Exception {
        Path train = dir.resolve("train.jsonl");
        String line = "{\"id\":\"%s\",\"title\":\"\",\"text\":\"%s\",\"reference\":\"%s\"}\n";
        Files.writeString(train, String.format(line, "d", DATELINED, REFERENCE.replace("\n", "\\n"))
                + String.format(line, "f", FEATURE, REFERENCE.replace("\n", "\\n")));
        Path output = dir.resolve("model.txt");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = LeadStrongTuning.run(LeadStrongTuning.parse(new String[] {"--jsonl", train.toString(),
            "--output", output.toString()}), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("tuning set: 1 datelined of 2 fitting");
        try (InputStream in = Files.newInputStream(output)) {
            assertThat(SummaryModel.read(in).fill()).isGreaterThanOrEqualTo(1.0);
        }
    }

    /** The options that add the settings the tuning does not choose, with the values the README's recipe gives. */
    private static final String[] ADDED = {"--long-from", "26", "--long-lead-margin", "0", "--long-spread", "0",
        "--beam-width", "3", "--beam-coverage", "20", "--beam-words", "0.12", "--beam-budget", "greedy",
        "--beam-margin", "2", "--beam-lede-share", "0.3", "--beam-lede-margin", "4", "--fill-words", "75"};

    @Test
    void theAddedSettingsAreWrittenAfterTheChoiceAndReadBack(@TempDir Path dir) throws Exception {
        Path train = dir.resolve("train.jsonl");
        String line = "{\"id\":\"%s\",\"title\":\"\",\"text\":\"%s\",\"reference\":\"%s\"}\n";
        Files.writeString(train, String.format(line, "d", DATELINED, REFERENCE.replace("\n", "\\n"))
                + String.format(line, "e", DATELINED.replace("Monday", "Friday"), REFERENCE.replace("\n", "\\n")));
        // a given model as `train summarizer` writes one: weights, redundancy, fill; no gate, beam or fillWords
        int lead = SummaryModel.featureNames().indexOf("lead");
        double[] w = SummaryModel.loadDefault().weights();
        w[lead] = 2.718281;
        Path given = dir.resolve("given.txt");
        StringWriter givenText = new StringWriter();
        new SummaryModel(w, 0.5, 1.0).write(givenText);
        Files.writeString(given, givenText.toString());
        assertThat(givenText.toString()).doesNotContain("longFrom", "beam", "fillWords");

        Path plain = dir.resolve("plain.txt");
        Path whole = dir.resolve("whole.txt");
        String[] common = {"--jsonl", train.toString(), "--model", given.toString(), "--output"};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertThat(LeadStrongTuning.run(LeadStrongTuning.parse(concat(common, new String[] {plain.toString()})), out))
                .isZero();
        assertThat(LeadStrongTuning.run(LeadStrongTuning.parse(concat(concat(common, new String[] {whole.toString()}),
                ADDED)), out)).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("added as given, not tuned here: none",
                "added as given, not tuned here: long-article gate from 26 sentences");

        String text = Files.readString(whole);
        assertThat(text).contains("longFrom 26\n", "longLead 2.718281\n", "longLeadMargin 0.000000\n",
                "longSpread 0.000000\n", "beamWidth 3\n", "beamCoverage 20.000000\n", "beamWords 0.120000\n",
                "beamBudget 0\n", "beamMargin 2.000000\n", "beamLedeShare 0.300000\n", "beamLedeMargin 4.000000\n",
                "fillWords 75\n");
        assertThat(Files.readString(plain)).doesNotContain("longFrom", "beam", "fillWords");
        SummaryModel read;
        SummaryModel tuned;
        try (InputStream in = Files.newInputStream(whole); InputStream p = Files.newInputStream(plain)) {
            read = SummaryModel.read(in);
            tuned = SummaryModel.read(p);
        }
        assertThat(read.longArticles()).isEqualTo(new LongArticleGate(26, 2.718281, 0, 0));
        assertThat(read.beam()).isEqualTo(new SummaryBeam(3, 20, 0.12, SummaryBeam.Budget.GREEDY, 2, 0, 0, 0.3, 4));
        assertThat(read.fillWords()).isEqualTo(75);
        // the tuned part is the same with and without the added settings: they take no part in the choice
        assertThat(read.weights()).containsExactly(tuned.weights());
        assertThat(read.redundancy()).isEqualTo(tuned.redundancy());
        assertThat(read.fill()).isEqualTo(tuned.fill());
        assertThat(read.leadMargin()).isEqualTo(tuned.leadMargin());
        StringWriter again = new StringWriter();
        read.write(again);
        assertThat(again.toString()).isEqualTo(text);
    }

    @Test
    void badAddedSettingsFailWithAOneLineMessage() {
        String[] base = {"--jsonl", "t.jsonl"};
        assertThatThrownBy(() -> LeadStrongTuning.parse(concat(base, new String[] {"--long-from", "26"})))
                .hasMessageContaining("--long-from needs --model");
        assertThatThrownBy(() -> LeadStrongTuning.parse(concat(base, new String[] {"--beam-coverage", "20"})))
                .hasMessageContaining("need --beam-width");
        assertThatThrownBy(() -> LeadStrongTuning.parse(concat(base, new String[] {"--beam-width", "3",
            "--beam-budget", "sometimes"}))).hasMessageContaining("--beam-budget must be greedy, beam or stop");
        assertThatThrownBy(() -> LeadStrongTuning.parse(concat(base, new String[] {"--fill-words", "7.5"})))
                .hasMessage("--fill-words must be a whole number >= 0, got 7.5");
        assertThatThrownBy(() -> LeadStrongTuning.parse(concat(base, new String[] {"--beam-width", "3",
            "--beam-lede-share", "much"}))).hasMessage("--beam-lede-share must be a number, got much");
        assertThatThrownBy(() -> LeadStrongTuning.parse(concat(base, new String[] {"--model", "m.txt",
            "--long-from", "26", "--long-lead-margin", "-1"}))).hasMessageContaining("--long-lead-margin must be");
        assertThatThrownBy(() -> LeadStrongTuning.parse(concat(base, new String[] {"--long-spread", "0"})))
                .hasMessageContaining("need --long-from");
        assertThat(LeadStrongTuning.parse(concat(base, new String[] {"--beam-width", "3", "--beam-budget", "2"}))
                .added().beam().budget()).isEqualTo(SummaryBeam.Budget.STOP);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void badArgumentsFailWithAOneLineMessage() {
        assertThatThrownBy(() -> LeadStrongTuning.parse(new String[] {})).hasMessageContaining("--jsonl");
        assertThatThrownBy(() -> LeadStrongTuning.parse(new String[] {"--jsonl"})).hasMessage("--jsonl needs a value");
        assertThatThrownBy(() -> LeadStrongTuning.parse(new String[] {"--size", "3"})).hasMessage("unknown option --size");
    }

    /** Five short sentences of news: a 75-word summary holds three of them. */
    private static final String SHORT_SEED = "Ferry strike ends\n\n" + DATELINED.substring(DATELINED.indexOf("Ferry services"));

    /** Sentences of some thirty words each: a 75-word summary holds two at most. */
    private static final String LONG_SEED = "Port plan approved\n\n"
            + "The harbour board approved on Tuesday a plan to widen the northern quay, dredge the channel to twelve"
            + " metres and build a second ferry terminal beside the old fish market within the next four years. "
            + "Board members said the work would cost about forty million and would be paid for by a levy on"
            + " cargo landed at the port together with a loan from the regional development bank. "
            + "Fishermen who use the old market said they had not been consulted and feared that the dredging"
            + " would drive the catch away from the bay for several seasons at the very least. "
            + "The board promised a public meeting in the town hall next month at which residents and fishermen"
            + " could question the engineers and the bank about the plan and its cost.";

    @Test
    void theSeedConditionRejectsAModelWhoseDefaultSummaryOfASeedStopsShortOfThreeSentences(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("001_short.txt"), SHORT_SEED);
        assertThat(FullSeedSummaries.read(dir).test(SummaryModel.loadDefault())).isTrue();
        Files.writeString(dir.resolve("002_long.txt"), LONG_SEED);
        FullSeedSummaries both = FullSeedSummaries.read(dir);
        assertThat(both.size()).isEqualTo(2);
        assertThat(both.test(SummaryModel.loadDefault())).isFalse();
        assertThatThrownBy(() -> FullSeedSummaries.read(dir.resolve("none"))).hasMessageContaining("no such folder");
    }

    @Test
    void inadmissibleTrialsAreNeitherChosenNorListed() {
        SummaryTuner tuner = new SummaryTuner(new SummaryEvaluation(new NewsSentenceSplitter()));
        List<SummaryCase> cases = List.of(c(DATELINED, 1), c(DATELINED.replace("Monday", "Friday"), 3));
        int lead = SummaryModel.featureNames().indexOf("lead");
        double shippedLead = SummaryModel.loadDefault().weights()[lead];
        SummaryTuner.Grid grid = new SummaryTuner.Grid(new double[] {0.5}, new double[] {-2, 0, 2},
                new double[] {1.0}, new double[] {0});
        List<SummaryTuner.Trial> trials = tuner.choose(SummaryModel.loadDefault(), cases, grid,
                m -> m.weights()[lead] <= shippedLead);
        assertThat(trials).extracting(SummaryTuner.Trial::leadOffset).containsExactlyInAnyOrder(-2.0, 0.0);
        assertThat(trials.get(0).leadOffset()).isLessThanOrEqualTo(0.0);
        assertThatThrownBy(() -> tuner.choose(SummaryModel.loadDefault(), cases, grid, m -> false))
                .hasMessage("no setting of the grid meets the condition");
    }
}
