package dev.precis.nlp.time;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where given words occur in one text, ignoring ASCII case as the rules' patterns do: what lets the
 * resolver skip a trigger window that holds none of the words a rule's every match contains
 * ({@link RuleFilters#words}). Each word's occurrences are found once, on first use. Not thread-safe:
 * one per text and call.
 */
final class TextWords {

    private static final int[] NONE = new int[0];

    private final String text;
    private String lower;
    private final Map<String, int[]> occurrences = new HashMap<>();

    TextWords(String text) {
        this.text = text;
    }

    /** Whether one of {@code words} (lower case) lies wholly within {@code [start, end)}. */
    boolean anyWithin(String[] words, int start, int end) {
        for (String word : words) {
            int[] at = occurrences.computeIfAbsent(word, this::find);
            int i = Arrays.binarySearch(at, start);
            if (i < 0) {
                i = -i - 1;
            }
            if (i < at.length && at[i] + word.length() <= end) {
                return true;
            }
        }
        return false;
    }

    private int[] find(String word) {
        if (lower == null) {
            // ASCII only, as the patterns' case-insensitive matching: the copy keeps every offset
            char[] chars = text.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                char c = chars[i];
                if (c >= 'A' && c <= 'Z') {
                    chars[i] = (char) (c + ('a' - 'A'));
                }
            }
            lower = new String(chars);
        }
        int[] at = NONE;
        int n = 0;
        for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
            if (n == at.length) {
                at = Arrays.copyOf(at, Math.max(8, 2 * n));
            }
            at[n++] = i;
        }
        return Arrays.copyOf(at, n);
    }
}
