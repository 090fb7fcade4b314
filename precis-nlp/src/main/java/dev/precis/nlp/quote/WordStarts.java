package dev.precis.nlp.quote;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern that can begin only where one of a few literal words begins ("according to …", "citing
 * …", "said he …", ", the minister said."), the same and in the same order as a {@code find} loop over the whole text
 * gives them: the pattern is tried ({@code lookingAt}, the whole text visible to its look-arounds and word
 * boundaries) only at each occurrence of a word at or after the end of the last match. {@link IndirectPass} scans every
 * text with such patterns; a find loop tries each one at every character, a word boundary and an alternation of verbs
 * at each, which was most of that pass's time. As with {@link ThatClauses}, the words only say where a match may start,
 * so the pattern still decides every match. Not thread-safe: one per scan.
 *
 * <pre>{@code
 * WordStarts m = new WordStarts(PATTERN, text, true, "according");
 * while (m.find()) { use(m.matcher().start(1)); }
 * }</pre>
 */
final class WordStarts {

    private final Matcher matcher;
    private final String text;
    private final boolean ignoreCase;
    /** The words by their first character (under both cases when case is ignored); every word is ASCII. */
    private final String[][] byFirst = new String[128][];
    private int from;

    /**
     * A scan of {@code text} for {@code pattern}, every match of which begins with one of {@code words}: as written,
     * or in any letter case when {@code ignoreCase} (a superset of the ASCII case folding of {@code (?i)}).
     */
    WordStarts(Pattern pattern, String text, boolean ignoreCase, String... words) {
        this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        this.text = text;
        this.ignoreCase = ignoreCase;
        for (String w : words) {
            char c = w.charAt(0);
            index(c, w);
            if (ignoreCase) {
                char lower = Character.toLowerCase(c);
                char upper = Character.toUpperCase(c);
                if (lower != c) {
                    index(lower, w);
                }
                if (upper != c) {
                    index(upper, w);
                }
            }
        }
    }

    /** Files {@code w} under the first character {@code c}, after the words filed there before (their order kept). */
    private void index(char c, String w) {
        String[] had = byFirst[c];
        String[] now = had == null ? new String[1] : Arrays.copyOf(had, had.length + 1);
        now[now.length - 1] = w;
        byFirst[c] = now;
    }

    /** The next match, as {@code find} on the whole text would give it; its groups are read from {@link #matcher()}. */
    boolean find() {
        int n = text.length();
        for (int p = next(from); p >= 0; p = next(p + 1)) {
            matcher.region(p, n);
            if (matcher.lookingAt()) {
                from = matcher.end() > p ? matcher.end() : p + 1;
                return true;
            }
        }
        from = n + 1;
        return false;
    }

    /** The matcher holding the last match's groups. */
    Matcher matcher() {
        return matcher;
    }

    /**
     * The first position at or after {@code at} where one of the words begins (only the words filed under its first
     * character are compared there); -1 if none. A character outside ASCII
     * opens none: the words are ASCII and {@code (?i)} without UNICODE_CASE folds ASCII letters only.
     */
    private int next(int at) {
        int n = text.length();
        for (int i = at; i < n; i++) {
            char c = text.charAt(i);
            String[] candidates = c < 128 ? byFirst[c] : null;
            if (candidates == null) {
                continue;
            }
            for (String w : candidates) {
                if (text.regionMatches(ignoreCase, i, w, 0, w.length())) {
                    return i;
                }
            }
        }
        return -1;
    }
}
