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
 * The cross-domain named-entity table of {@code precis eval ner --suite DIR}, each set with its role:
 * CoNLL-2003 testa is tuned on (its errors are read); CoNLL-2003 testb (news, measure only), GUM's
 * test-split documents (Wikinews news and interviews, held out from training) and Universal NER
 * English-EWT test (web text) were never tuned on; CrossNER politics test (Wikipedia) is report-only
 * since the twenty-fourth session (names27), but its errors were read by earlier rounds (issue 14's
 * second, fourth to sixth and eighth to thirteenth), so it is labelled as neither a tuned set nor a clean
 * one: its figure confirms nothing on its own. The sets rules are tuned on today that are not in this
 * table (CrossNER politics train and dev, UNER EWT dev) are scored with {@code --conll FILE}. {@code DIR} is the NER data folder
 * ({@code eval/conll2003}, {@code train/gum}, {@code train/uner-ewt}, {@code train/crossner-politics});
 * a set whose files are missing is listed as missing. Not thread-safe.
 */
public final class NerSuite {

    /** What a set is for: tuned on, reported only, or report-only now after earlier rounds tuned on it. */
    public enum Role {
        TUNED("tuned"),
        REPORTED("reported"),
        REPORTED_ONCE_TUNED("report-only (tuned before names27)");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        /** The role as the table prints it. */
        public String label() {
            return label;
        }
    }

    /** One evaluation set: its name, its role, and its scores (null when missing). */
    public record Row(String name, Role role, EntityScores scores) {

        /** Whether rules are tuned on this set today. */
        public boolean tuned() {
            return role == Role.TUNED;
        }
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
            Role role = roleOf(set.getKey());
            List<NameSample> samples = new ArrayList<>();
            if (Files.isDirectory(p) && Files.isRegularFile(p.resolve("splits.md"))) {
                for (Path f : GumSplits.testFiles(p)) {
                    samples.addAll(reader.read(f));
                }
            } else if (Files.isRegularFile(p)) {
                samples.addAll(reader.read(p));
            }
            rows.add(new Row(set.getKey(), role, samples.isEmpty() ? null : evaluation.evaluate(samples)));
        }
        return rows;
    }

    /** testa is tuned on; CrossNER politics test was, by earlier rounds, and is report-only now. */
    static Role roleOf(String set) {
        if (set.endsWith("testa")) {
            return Role.TUNED;
        }
        return set.startsWith("CrossNER") ? Role.REPORTED_ONCE_TUNED : Role.REPORTED;
    }

    /** The rows as one text table: F1 overall and per type, precision, recall, gold entities. */
    public static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-24s %-35s %6s %6s %6s %6s %6s %6s %6s%n",
                "set", "role", "P", "R", "F1", "PER", "ORG", "LOC", "gold"));
        for (Row r : rows) {
            if (r.scores() == null) {
                sb.append(String.format("%-24s %-35s (missing)%n", r.name(), r.role().label()));
                continue;
            }
            EntityScores.Counts o = r.scores().overall();
            sb.append(String.format("%-24s %-35s %6.3f %6.3f %6.3f %6s %6s %6s %6d%n", r.name(),
                    r.role().label(), o.precision(), o.recall(), o.f1(),
                    f1(r.scores(), "PER"), f1(r.scores(), "ORG"), f1(r.scores(), "LOC"), o.gold()));
        }
        return sb.toString();
    }

    private static String f1(EntityScores s, String type) {
        EntityScores.Counts c = s.byType().get(type);
        return c == null || c.gold() == 0 ? "-" : String.format("%.3f", c.f1());
    }
}
