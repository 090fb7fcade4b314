package dev.precis.lab.summaries;

import dev.precis.eval.summaries.ExtractiveOracle;
import dev.precis.eval.summaries.JsonlSummaryDataset;
import dev.precis.eval.summaries.SummaryCase;
import dev.precis.eval.summaries.SummaryEvaluation;
import dev.precis.model.AnalyzedArticle;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import dev.precis.summarize.LongArticleGate;
import dev.precis.summarize.SummaryModel;
import dev.precis.summarize.SummaryModelTrainer;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refits the shipped summary model's linear weights per cross-fitting fold, so that a check can score each
 * fitting article with a reference model that was not fitted on it (sum33 judged candidates against the
 * shipped file, which was fitted on train + {@code fit} and so is in sample on three quarters of the
 * lead-strong proxy). The weights come from {@link SummaryModelTrainer} on the same oracle-share targets
 * {@code train summarizer} uses; everything else is the base file's: its lead prior is kept as an offset on
 * the fitted lead weight (base lead − base fitted lead, and the same for the long-article gate's lead), and
 * its redundancy, fill, fallback margin and gate settings are copied.
 *
 * <p>Usage: {@code ShippedRefit --jsonl TRAIN --validation VALIDATION --prefix OUT [--model BASE]
 * [--fitted-lead 1.046804] [--folds 4]}: writes {@code OUT-full.txt} (fitted on all of train + {@code fit})
 * and {@code OUT-f0.txt … OUT-f3.txt} (fitted without the articles at places {@code i ≡ k mod 4}, the folds of
 * {@link SummaryTreeTraining#leaveOut}). {@code --fitted-lead} is the fitted lead weight the base's prior was
 * added to (the shipped file: 5.046804 = 1.046804 + 4, its gate's 3.046804 = 1.046804 + 2).
 */
public final class ShippedRefit {

    private ShippedRefit() {
    }

    /**
     * {@code base} with the linear weights of {@code fitted}, the lead weight and the gate's lead weight
     * each moved by the base's offset over {@code baseFittedLead}.
     */
    static SummaryModel withFittedWeights(SummaryModel base, SummaryModel fitted, double baseFittedLead) {
        int lead = SummaryModel.featureNames().indexOf("lead");
        double[] b = base.weights();
        double[] w = fitted.weights();
        double offset = b[lead] - baseFittedLead;
        w[lead] += offset;
        LongArticleGate g = base.longArticles();
        LongArticleGate gate = g.active() ? new LongArticleGate(g.fromSentences(),
                fitted.weights()[lead] + (g.lead() - baseFittedLead), g.leadMargin(), g.minSpread(), g.teaserFrom(),
                g.redundancy()) : g;
        return new SummaryModel(w, base.redundancy(), base.fill(), base.leadMargin(), gate, base.leadSignal(),
                base.longWeights(), base.secondHold(), base.trees(), base.wordCost());
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> o = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        if (!o.containsKey("--jsonl") || !o.containsKey("--validation") || !o.containsKey("--prefix")) {
            System.err.println("usage: ShippedRefit --jsonl TRAIN --validation VALIDATION --prefix OUT [--model BASE]"
                    + " [--fitted-lead 1.046804] [--folds 4]");
            System.exit(2);
        }
        SummaryModel base = SummaryTreeTraining.readModel(o.containsKey("--model") ? Path.of(o.get("--model")) : null);
        double fittedLead = Double.parseDouble(o.getOrDefault("--fitted-lead", "1.046804"));
        int folds = Integer.parseInt(o.getOrDefault("--folds", "4"));
        NewsSentenceSplitter splitter = new NewsSentenceSplitter();
        List<SummaryCase> fitting = new ArrayList<>(JsonlSummaryDataset.read(Path.of(o.get("--jsonl")), splitter));
        fitting.addAll(SummaryTreeTraining.quarter(JsonlSummaryDataset.read(Path.of(o.get("--validation")), splitter), 1));
        List<AnalyzedArticle> analyzed = new SummaryEvaluation(splitter).prepare(fitting);
        ExtractiveOracle oracle = new ExtractiveOracle();
        Map<AnalyzedArticle, double[]> targets = new IdentityHashMap<>();
        for (int i = 0; i < fitting.size(); i++) {
            targets.put(analyzed.get(i), SummaryTreeTraining.targets(oracle, analyzed.get(i), fitting.get(i).reference()));
        }
        String prefix = o.get("--prefix");
        write(withFittedWeights(base, new SummaryModelTrainer().train(analyzed, targets::get, 0), fittedLead),
                Path.of(prefix + "-full.txt"), base);
        for (int k = 0; k < folds; k++) {
            List<AnalyzedArticle> kept = SummaryTreeTraining.leaveOut(analyzed, k + "/" + folds);
            SummaryModel fitted = new SummaryModelTrainer().train(kept, targets::get, 0);
            write(withFittedWeights(base, fitted, fittedLead), Path.of(prefix + "-f" + k + ".txt"), base);
        }
    }

    private static void write(SummaryModel m, Path file, SummaryModel base) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            m.write(out);
        }
        StringBuilder diff = new StringBuilder();
        double[] w = m.weights();
        double[] b = base.weights();
        double largest = 0;
        String name = "";
        for (int k = 0; k < w.length; k++) {
            if (Math.abs(w[k] - b[k]) > largest) {
                largest = Math.abs(w[k] - b[k]);
                name = SummaryModel.featureNames().get(k);
            }
        }
        diff.append(String.format(Locale.ROOT, "wrote %s: lead %.4f (base %.4f), largest change %s %.4f",
                file, w[SummaryModel.featureNames().indexOf("lead")], b[SummaryModel.featureNames().indexOf("lead")],
                name, largest));
        System.err.println(diff);
    }
}
