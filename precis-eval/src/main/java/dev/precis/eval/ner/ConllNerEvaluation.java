package dev.precis.eval.ner;

import dev.precis.model.EntityMention;
import dev.precis.nlp.entity.NerCorpusReader;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import dev.precis.nlp.entity.StatisticalEntityRecognizer;
import dev.precis.nlp.entity.TokenizedText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Scores a recognizer on a CoNLL-2003-style file: each document's gold tokens are joined with spaces
 * (sentences with newlines), the recognizer runs over that text with the gold tokenization, and
 * predicted mentions are compared with gold entities by exact token span and type. PER, ORG and LOC
 * are scored; MISC is excluded on both sides (gold MISC entities and predicted MISC mentions are
 * ignored), so the figures are comparable with PER/ORG/LOC results elsewhere. Stateless; thread-safe
 * when the recognizer is.
 */
public final class ConllNerEvaluation {

    private static final Set<String> SCORED = Set.of("person", "organization", "location");

    private final StatisticalEntityRecognizer recognizer;
    private final java.util.function.Consumer<String> errors;
    private final boolean raw;
    private final boolean typographic;
    private final NewsSentenceSplitter splitter = new NewsSentenceSplitter();

    public ConllNerEvaluation(StatisticalEntityRecognizer recognizer) {
        this(recognizer, e -> { });
    }

    /** @param errors receives one line per missed or spurious entity, for error analysis */
    public ConllNerEvaluation(StatisticalEntityRecognizer recognizer, java.util.function.Consumer<String> errors) {
        this(recognizer, errors, false);
    }

    /**
     * @param raw when true, each document is detokenized into running text ({@link Detokenized}) and
     *            analysed as {@code precis analyze} does (sentence splitter, tokenizer, recognizer);
     *            mentions are compared with gold by exact character range and type. This is how
     *            unseen articles reach the recognizer, so it also scores the tokenizer and splitter.
     */
    public ConllNerEvaluation(StatisticalEntityRecognizer recognizer, java.util.function.Consumer<String> errors,
                              boolean raw) {
        this(recognizer, errors, raw, false);
    }

    /** @param typographic with {@code raw}: curly quotes and apostrophes in the running text */
    public ConllNerEvaluation(StatisticalEntityRecognizer recognizer, java.util.function.Consumer<String> errors,
                              boolean raw, boolean typographic) {
        this.recognizer = recognizer;
        this.errors = errors;
        this.raw = raw || typographic;
        this.typographic = typographic;
    }

    public EntityScores evaluate(Path conll) throws IOException {
        return evaluate(new NerCorpusReader(true).read(conll));
    }

    /** Scores labelled sentences; a sentence that clears adaptive data starts a new document. */
    public EntityScores evaluate(List<NameSample> samples) {
        EntityScores scores = new EntityScores();
        List<NameSample> doc = new ArrayList<>();
        for (NameSample s : samples) {
            if (s.isClearAdaptiveDataSet() && !doc.isEmpty()) {
                score(doc, scores);
                doc.clear();
            }
            doc.add(s);
        }
        if (!doc.isEmpty()) {
            score(doc, scores);
        }
        return scores;
    }

    private static String describe(String key, List<String[]> tokens) {
        String[] p = key.split(":");
        if (p[0].equals("unaligned")) {
            return key;
        }
        String[] sentence = tokens.get(Integer.parseInt(p[0]));
        int a = Integer.parseInt(p[1]);
        int b = Integer.parseInt(p[2]);
        StringBuilder sb = new StringBuilder(p[3]).append('\t');
        sb.append(String.join(" ", java.util.Arrays.copyOfRange(sentence, a, b))).append("\t| ");
        sb.append(String.join(" ", java.util.Arrays.copyOfRange(sentence, Math.max(0, a - 4), Math.min(sentence.length, b + 4))));
        return sb.toString();
    }

    private void score(List<NameSample> doc, EntityScores scores) {
        if (raw) {
            scoreRaw(doc, scores);
            return;
        }
        StringBuilder text = new StringBuilder();
        List<String[]> tokens = new ArrayList<>();
        List<int[]> starts = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        Map<Integer, int[]> tokenAtStart = new HashMap<>();
        Map<Integer, int[]> tokenAtEnd = new HashMap<>();
        for (int s = 0; s < doc.size(); s++) {
            String[] sentence = doc.get(s).getSentence();
            int[] st = new int[sentence.length];
            int[] en = new int[sentence.length];
            for (int i = 0; i < sentence.length; i++) {
                if (i > 0) {
                    text.append(' ');
                }
                st[i] = text.length();
                text.append(sentence[i]);
                en[i] = text.length();
                tokenAtStart.put(st[i], new int[] {s, i});
                tokenAtEnd.put(en[i], new int[] {s, i + 1});
            }
            text.append('\n');
            tokens.add(sentence);
            starts.add(st);
            ends.add(en);
        }
        Set<String> gold = new HashSet<>();
        for (int s = 0; s < doc.size(); s++) {
            for (Span span : doc.get(s).getNames()) {
                if (SCORED.contains(span.getType())) {
                    gold.add(s + ":" + span.getStart() + ":" + span.getEnd() + ":" + span.getType());
                }
            }
        }
        Set<String> predicted = new HashSet<>();
        for (EntityMention m : recognizer.recognize(new TokenizedText(text.toString(), tokens, starts, ends))) {
            String type = m.type().name().toLowerCase(java.util.Locale.ROOT);
            int[] a = tokenAtStart.get(m.range().start());
            int[] b = tokenAtEnd.get(m.range().end());
            if (!SCORED.contains(type)) {
                continue;
            }
            predicted.add(a == null || b == null || a[0] != b[0]
                    ? "unaligned:" + m.range().start() + ":" + type
                    : a[0] + ":" + a[1] + ":" + b[1] + ":" + type);
        }
        for (String x : predicted) {
            if (!gold.contains(x)) {
                errors.accept("FP " + describe(x, tokens));
            }
        }
        for (String x : gold) {
            if (!predicted.contains(x)) {
                errors.accept("FN " + describe(x, tokens));
            }
        }
        count(gold, predicted, scores);
    }

    private void scoreRaw(List<NameSample> doc, EntityScores scores) {
        Detokenized d = Detokenized.of(doc, typographic);
        Set<String> gold = new HashSet<>();
        for (int s = 0; s < doc.size(); s++) {
            for (Span span : doc.get(s).getNames()) {
                if (SCORED.contains(span.getType())) {
                    gold.add(d.start(s, span.getStart()) + ":" + d.end(s, span.getEnd() - 1) + ":" + span.getType());
                }
            }
        }
        Set<String> predicted = new HashSet<>();
        for (EntityMention m : recognizer.recognize(d.text(), splitter.split(d.text()))) {
            String type = m.type().name().toLowerCase(java.util.Locale.ROOT);
            if (SCORED.contains(type)) {
                predicted.add(m.range().start() + ":" + m.range().end() + ":" + type);
            }
        }
        for (String x : predicted) {
            if (!gold.contains(x)) {
                errors.accept("FP " + d.describe(x));
            }
        }
        for (String x : gold) {
            if (!predicted.contains(x)) {
                errors.accept("FN " + d.describe(x));
            }
        }
        count(gold, predicted, scores);
    }

    private static void count(Set<String> gold, Set<String> predicted, EntityScores scores) {
        for (String type : SCORED) {
            int tp = 0;
            int p = 0;
            int g = 0;
            for (String x : predicted) {
                if (x.endsWith(":" + type)) {
                    p++;
                    tp += gold.contains(x) ? 1 : 0;
                }
            }
            for (String x : gold) {
                g += x.endsWith(":" + type) ? 1 : 0;
            }
            scores.add(type.substring(0, 3).toUpperCase(java.util.Locale.ROOT), tp, p, g);
        }
    }
}
