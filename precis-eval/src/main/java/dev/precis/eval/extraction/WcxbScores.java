package dev.precis.eval.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WCXB's own per-page comparisons, as {@code ../shared/EVALUATION.md} states them. Body: bag-of-words
 * F1 between the lowercased Unicode {@code \w+} tokens of the prediction and of the gold main
 * content (1 when both are empty). Title: equal after lowercasing and turning every run of non-word
 * characters into one space. Author: after the same normalisation the predicted byline (or, without
 * one, the predicted authors joined by "; ") equals, contains or is contained in the gold author, and
 * is not empty. Date: the gold date equals the first ten characters of the predicted publication
 * date (the same calendar day as written on the page). Stateless and thread-safe.
 */
public final class WcxbScores {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NON_WORD = Pattern.compile("\\W+", Pattern.UNICODE_CHARACTER_CLASS);

    private WcxbScores() {
    }

    /** Precision, recall and F1 of one page's body as bags of lowercased words. */
    public record BagScore(double precision, double recall, double f1) {
    }

    /** Bag-of-words comparison of {@code predicted} against {@code gold}. */
    public static BagScore body(String gold, String predicted) {
        Map<String, Integer> g = bag(gold);
        Map<String, Integer> p = bag(predicted);
        int gn = g.values().stream().mapToInt(Integer::intValue).sum();
        int pn = p.values().stream().mapToInt(Integer::intValue).sum();
        if (gn == 0 && pn == 0) {
            return new BagScore(1, 1, 1);
        }
        if (gn == 0 || pn == 0) {
            return new BagScore(0, 0, 0);
        }
        long tp = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            tp += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
        }
        double precision = (double) tp / pn;
        double recall = (double) tp / gn;
        double f1 = tp == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new BagScore(precision, recall, f1);
    }

    /** Whether the titles are equal after normalisation (a missing prediction never matches). */
    public static boolean title(String gold, String predicted) {
        return predicted != null && normalize(gold).equals(normalize(predicted));
    }

    /**
     * Whether the predicted author matches the gold one: {@code byline} when it is not blank,
     * otherwise {@code authors} joined by "; ".
     */
    public static boolean author(String gold, String byline, List<String> authors) {
        String predicted = byline != null && !byline.isBlank() ? byline
                : authors == null ? "" : String.join("; ", authors);
        String p = normalize(predicted);
        String g = normalize(gold);
        return !p.isEmpty() && !g.isEmpty() && (p.equals(g) || p.contains(g) || g.contains(p));
    }

    /** Whether the predicted date starts with the gold calendar day. */
    public static boolean date(String gold, String published) {
        return gold != null && published != null && published.length() >= 10
                && published.substring(0, 10).equals(gold.length() >= 10 ? gold.substring(0, 10) : gold);
    }

    /** Lowercase, every run of non-word characters one space, stripped. */
    static String normalize(String s) {
        return s == null ? "" : NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> counts = new HashMap<>();
        if (text == null) {
            return counts;
        }
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }
}
