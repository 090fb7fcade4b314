package dev.precis.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark's per-page comparison: word 4-gram shingle multisets of the true
 * body and of the prediction, with tokens the Unicode {@code \w+} matches (case-sensitive). A text
 * with fewer than four tokens gives one shorter shingle. Immutable and thread-safe.
 *
 * @param tp shingles shared (sum of minimum counts)
 * @param fp predicted shingles beyond the truth
 * @param fn true shingles the prediction misses
 * @param exact whether both token sequences are identical
 */
public record ShingleScore(long tp, long fp, long fn, boolean exact) {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    /** Compares {@code predicted} against {@code truth}. */
    public static ShingleScore of(String truth, String predicted) {
        List<String> t = tokens(truth);
        List<String> p = tokens(predicted);
        Map<List<String>, Integer> truthCounts = shingles(t);
        Map<List<String>, Integer> predCounts = shingles(p);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<List<String>, Integer> e : predCounts.entrySet()) {
            int inTruth = truthCounts.getOrDefault(e.getKey(), 0);
            tp += Math.min(inTruth, e.getValue());
            fp += Math.max(0, e.getValue() - inTruth);
        }
        for (Map.Entry<List<String>, Integer> e : truthCounts.entrySet()) {
            fn += Math.max(0, e.getValue() - predCounts.getOrDefault(e.getKey(), 0));
        }
        return new ShingleScore(tp, fp, fn, t.equals(p));
    }

    /** tp / (tp + fp); 1 when nothing was wrong at all. */
    public double precision() {
        if (fp == 0 && fn == 0) {
            return 1.0;
        }
        return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    /** tp / (tp + fn); 1 when nothing was wrong at all. */
    public double recall() {
        if (fp == 0 && fn == 0) {
            return 1.0;
        }
        return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        if (tokens.size() < N) {
            counts.put(List.copyOf(tokens), 1);
            return counts;
        }
        for (int i = 0; i + N <= tokens.size(); i++) {
            counts.merge(List.copyOf(tokens.subList(i, i + N)), 1, Integer::sum);
        }
        return counts;
    }
}
