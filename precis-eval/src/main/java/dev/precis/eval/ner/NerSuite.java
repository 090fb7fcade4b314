package dev.precis.eval.ner;

import dev.precis.nlp.entity.GumSplits;
import dev.precis.nlp.entity.NerCorpusReader;
import dev.precis.nlp.entity.StatisticalEntityRecognizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameSample;

/**
 * The cross-domain named-entity table of {@code precis eval ner --suite DIR}: the sets rules were tuned
 * on, CoNLL-2003 testa (earlier rounds) and CrossNER politics test (Wikipedia; the acronym, particle and
 * organisation-shape rules), and, never tuned on, CoNLL-2003 testb (news, measure only), GUM's
 * test-split documents (Wikinews news and interviews, held out from training) and Universal NER
 * English-EWT test (web text). {@code DIR} is the NER data folder
 * ({@code eval/conll2003}, {@code train/gum}, {@code train/uner-ewt}, {@code train/crossner-politics});
 * a set whose files are missing is listed as missing. Not thread-safe.
 */
public final class NerSuite {

    /** One evaluation set: its name, whether it was tuned on, and its scores (null when missing). */
    public record Row(String name, boolean tuned, EntityScores scores) {
    }

    private final StatisticalEntityRecognizer recognizer;
    private final boolean raw;
    private final boolean typographic;

    public NerSuite(StatisticalEntityRecognizer recognizer) {
        this(recognizer, false);
    }

    /** @param raw score each set as running text through the whole analysis ({@link Detokenized}) */
    public NerSuite(StatisticalEntityRecognizer recognizer, boolean raw) {
        this(recognizer, raw, false);
    }

    /** @param typographic as {@code raw}, with curly quotes and apostrophes in the running text */
    public NerSuite(StatisticalEntityRecognizer recognizer, boolean raw, boolean typographic) {
        this.recognizer = recognizer;
        this.raw = raw;
        this.typographic = typographic;
    }

    public List<Row> evaluate(Path dir) throws IOException {
        Map<String, Path> sets = new LinkedHashMap<>();
        sets.put("CoNLL-2003 testa", dir.resolve("eval/conll2003/eng.testa"));
        sets.put("CoNLL-2003 testb", dir.resolve("eval/conll2003/eng.testb"));
        sets.put("GUM test split", dir.resolve("train/gum"));
        sets.put("UNER EWT test", dir.resolve("train/uner-ewt/en_ewt-ud-test.iob2"));
        sets.put("CrossNER politics test", dir.resolve("train/crossner-politics/test.txt"));
        List<Row> rows = new ArrayList<>();
        NerCorpusReader reader = new NerCorpusReader(true);
        ConllNerEvaluation evaluation = new ConllNerEvaluation(recognizer, e -> { }, raw, typographic);
        for (Map.Entry<String, Path> set : sets.entrySet()) {
            Path p = set.getValue();
            // testa: the rules of earlier rounds; CrossNER politics test: the acronym, particle and
            // organisation-shape rules of issue 14's second round
            boolean tuned = set.getKey().endsWith("testa") || set.getKey().startsWith("CrossNER");
            List<NameSample> samples = new ArrayList<>();
            if (Files.isDirectory(p) && Files.isRegularFile(p.resolve("splits.md"))) {
                for (Path f : GumSplits.testFiles(p)) {
                    samples.addAll(reader.read(f));
                }
            } else if (Files.isRegularFile(p)) {
                samples.addAll(reader.read(p));
            }
            rows.add(new Row(set.getKey(), tuned, samples.isEmpty() ? null : evaluation.evaluate(samples)));
        }
        return rows;
    }

    /** The rows as one text table: F1 overall and per type, precision, recall, gold entities. */
    public static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-24s %-9s %6s %6s %6s %6s %6s %6s %6s%n",
                "set", "role", "P", "R", "F1", "PER", "ORG", "LOC", "gold"));
        for (Row r : rows) {
            if (r.scores() == null) {
                sb.append(String.format("%-24s %-9s (missing)%n", r.name(), r.tuned() ? "tuned" : "reported"));
                continue;
            }
            EntityScores.Counts o = r.scores().overall();
            sb.append(String.format("%-24s %-9s %6.3f %6.3f %6.3f %6s %6s %6s %6d%n", r.name(),
                    r.tuned() ? "tuned" : "reported", o.precision(), o.recall(), o.f1(),
                    f1(r.scores(), "PER"), f1(r.scores(), "ORG"), f1(r.scores(), "LOC"), o.gold()));
        }
        return sb.toString();
    }

    private static String f1(EntityScores s, String type) {
        EntityScores.Counts c = s.byType().get(type);
        return c == null || c.gold() == 0 ? "-" : String.format("%.3f", c.f1());
    }
}
