package dev.precis.eval.rouge;

import java.util.List;

/**
 * ROUGE-Lsum as {@code rouge_score}'s {@code _summary_level_lcs}: for each reference sentence the
 * union of the reference positions on one LCS with each predicted sentence (the LCS read back from
 * the full table with that package's tie-breaking, since a different LCS could change the union),
 * then a union token is a hit only while both texts still have an unmatched copy of it, as
 * ROUGE-1.5.5 does to prevent double counting. Stateless; used by {@link RougeScorer}.
 */
final class SummaryLevelLcs {

    private SummaryLevelLcs() {
    }

    static Prf score(List<int[]> refSentences, List<int[]> predSentences, int vocabularySize) {
        int[] refLeft = new int[vocabularySize];
        int[] predLeft = new int[vocabularySize];
        int refTokens = count(refSentences, refLeft);
        int predTokens = count(predSentences, predLeft);
        if (refTokens == 0 || predTokens == 0) {
            return Prf.ZERO;
        }
        int longestPred = 0;
        for (int[] p : predSentences) {
            longestPred = Math.max(longestPred, p.length);
        }
        int hits = 0;
        for (int[] ref : refSentences) {
            int[] table = new int[(ref.length + 1) * (longestPred + 1)];
            boolean[] inUnion = new boolean[ref.length];
            for (int[] pred : predSentences) {
                markLcs(ref, pred, table, inUnion);
            }
            for (int i = 0; i < ref.length; i++) {
                int token = ref[i];
                if (inUnion[i] && predLeft[token] > 0 && refLeft[token] > 0) {
                    hits++;
                    predLeft[token]--;
                    refLeft[token]--;
                }
            }
        }
        return Prf.of((double) hits / predTokens, (double) hits / refTokens);
    }

    private static int count(List<int[]> sentences, int[] counts) {
        int total = 0;
        for (int[] s : sentences) {
            for (int id : s) {
                counts[id]++;
            }
            total += s.length;
        }
        return total;
    }

    /** Fills the LCS table of {@code ref} x {@code pred} and marks the backtracked ref positions. */
    private static void markLcs(int[] ref, int[] pred, int[] table, boolean[] inUnion) {
        int width = pred.length + 1;
        for (int j = 0; j < width; j++) {
            table[j] = 0;
        }
        for (int i = 1; i <= ref.length; i++) {
            int row = i * width;
            int above = row - width;
            table[row] = 0;
            for (int j = 1; j < width; j++) {
                table[row + j] = ref[i - 1] == pred[j - 1]
                        ? table[above + j - 1] + 1
                        : Math.max(table[above + j], table[row + j - 1]);
            }
        }
        int i = ref.length;
        int j = pred.length;
        while (i > 0 && j > 0) {
            if (ref[i - 1] == pred[j - 1]) {
                inUnion[i - 1] = true;
                i--;
                j--;
            } else if (table[i * width + j - 1] > table[(i - 1) * width + j]) {
                j--;
            } else {
                i--;
            }
        }
    }
}
