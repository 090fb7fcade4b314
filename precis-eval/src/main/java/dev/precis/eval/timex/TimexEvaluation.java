package dev.precis.eval.timex;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.SentenceSplitter;
import dev.precis.nlp.TimeResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scores a {@link TimeResolver} on TimeML documents: relaxed span match (a predicted expression
 * matches a gold TIMEX3 it overlaps, one to one, in document order) precision, recall and F1, and
 * value accuracy on matched pairs (exact string equality of the normalised value), each against the
 * document creation time. Thread-safe if the resolver and splitter are.
 */
public final class TimexEvaluation {

    /**
     * Totals, and up to {@code errors} sample errors: value mismatches ("file | gold text | gold |
     * predicted text = value"), missed gold expressions ("file | gold text | gold | MISSED") and
     * predicted expressions that match none ("file | predicted text | value | SPURIOUS").
     */
    public record Result(int documents, int gold, int predicted, int matched, int valueCorrect,
                         List<String> mismatches) {

        public double precision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double valueAccuracy() {
            return matched == 0 ? 0 : (double) valueCorrect / matched;
        }
    }

    private final TimeResolver resolver;
    private final SentenceSplitter splitter;

    public TimexEvaluation(TimeResolver resolver, SentenceSplitter splitter) {
        this.resolver = resolver;
        this.splitter = splitter;
    }

    /** Evaluates every {@code .tml} file in {@code dir}, each against its document creation time. */
    public Result evaluate(Path dir, int maxMismatches) throws IOException {
        return evaluate(dir, maxMismatches, true);
    }

    /**
     * Evaluates every {@code .tml} file in {@code dir}; with {@code giveCreation} false the resolver gets
     * no anchor (as for plain text without a publication date) and must find one in the text itself,
     * while the gold values stay those annotated against the creation time.
     */
    public Result evaluate(Path dir, int maxMismatches, boolean giveCreation) throws IOException {
        return evaluate(dir, maxMismatches, giveCreation, 0);
    }

    /**
     * As {@link #evaluate(Path, int, boolean)}, with each text hard-wrapped at {@code wrap} columns
     * first (0: as it is): a space before a word that would pass the column becomes a line break, as
     * plain-text mail and wire copy are wrapped. Offsets do not move, so the gold spans stay valid.
     */
    public Result evaluate(Path dir, int maxMismatches, boolean giveCreation, int wrap) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException(dir + ": no .tml files");
        }
        int gold = 0;
        int predicted = 0;
        int matched = 0;
        int correct = 0;
        List<String> mismatches = new ArrayList<>();
        for (Path f : files) {
            TimeMlDocument read = TimeMlDocument.read(f);
            TimeMlDocument doc = wrap > 0
                    ? new TimeMlDocument(read.name(), hardWrap(read.text(), wrap), read.creation(), read.gold()) : read;
            List<TimeExpression> found = resolver.resolve(doc.text(), splitter.split(doc.text()),
                    giveCreation ? doc.creation() : null);
            gold += doc.gold().size();
            predicted += found.size();
            boolean[] used = new boolean[found.size()];
            for (TimeMlDocument.Gold g : doc.gold()) {
                boolean hit = false;
                for (int i = 0; i < found.size(); i++) {
                    TimeExpression t = found.get(i);
                    if (!used[i] && t.range().start() < g.end() && g.start() < t.range().end()) {
                        used[i] = true;
                        hit = true;
                        matched++;
                        if (g.value().equals(t.value())) {
                            correct++;
                        } else if (mismatches.size() < maxMismatches) {
                            mismatches.add(doc.name() + " | " + oneLine(doc.text().substring(g.start(), g.end())) + " | "
                                    + g.value() + " | " + oneLine(t.range().slice(doc.text())) + " = " + t.value());
                        }
                        break;
                    }
                }
                if (!hit && mismatches.size() < maxMismatches) {
                    mismatches.add(doc.name() + " | " + oneLine(doc.text().substring(g.start(), g.end())) + " | " + g.value()
                            + " | MISSED");
                }
            }
            for (int i = 0; i < found.size(); i++) {
                if (!used[i] && mismatches.size() < maxMismatches) {
                    TimeExpression t = found.get(i);
                    mismatches.add(doc.name() + " | " + oneLine(t.range().slice(doc.text())) + " | " + t.value() + " | SPURIOUS");
                }
            }
        }
        return new Result(files.size(), gold, predicted, matched, correct, mismatches);
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ');
    }

    /** {@code text} with spaces turned into line breaks so that no line passes {@code width} where a space allows. */
    static String hardWrap(String text, int width) {
        char[] c = text.toCharArray();
        int lineStart = 0;
        int lastSpace = -1;
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '\n') {
                lineStart = i + 1;
                lastSpace = -1;
            } else if (c[i] == ' ') {
                lastSpace = i;
            }
            if (i - lineStart >= width && lastSpace > lineStart) {
                c[lastSpace] = '\n';
                lineStart = lastSpace + 1;
                lastSpace = -1;
            }
        }
        return new String(c);
    }
}
