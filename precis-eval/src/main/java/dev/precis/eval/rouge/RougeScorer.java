package dev.precis.eval.rouge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum computed exactly as Google's {@code rouge_score}
 * package computes them, so figures can be set beside those published by summarisation papers.
 *
 * <p>Hand-written because no maintained Java library reproduces {@code rouge_score}: its
 * tokenisation (lower-case, runs of {@code [a-z0-9]}, NLTK-flavoured Porter stems for tokens longer
 * than three characters) and its summary-level LCS with per-token hit clipping decide the last
 * decimals, and the evaluation compares against numbers produced by that package.
 *
 * <ul>
 *   <li>ROUGE-N: clipped n-gram overlap; P = overlap / predicted n-grams, R = overlap / reference
 *       n-grams.
 *   <li>ROUGE-L: longest common subsequence of the two token sequences.
 *   <li>ROUGE-Lsum: both texts split into sentences on {@code '\n'}; for each reference sentence the
 *       union of its LCS positions against every predicted sentence, each union token counted as a
 *       hit only while both texts still have that token left.
 * </ul>
 *
 * <pre>{@code
 * RougeScorer scorer = new RougeScorer(true);
 * RougeScores s = scorer.score("the cat sat\non the mat", "a cat sat on a mat");
 * double r2f = s.rouge2().f1();
 * }</pre>
 *
 * <p>Thread-safe (its only state is a bounded concurrent cache of stems); does no I/O.
 */
public final class RougeScorer {

    /** Bound on remembered stems (a few MB); past it new words are stemmed every time. */
    private static final int STEM_CACHE_LIMIT = 200_000;

    private final PorterStemmer stemmer;
    /** Word → stem; corpus vocabularies are Zipfian, so most tokens are looked up, not stemmed. */
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    /** A scorer; with {@code useStemmer} tokens longer than three characters are Porter-stemmed. */
    public RougeScorer(boolean useStemmer) {
        this.stemmer = useStemmer ? new PorterStemmer() : null;
    }

    /**
     * Scores {@code prediction} against {@code reference}. Sentences (for ROUGE-Lsum only) are the
     * lines of each text. Empty or token-less inputs score 0 everywhere.
     */
    public RougeScores score(String reference, String prediction) {
        Map<String, Integer> vocabulary = new HashMap<>();
        List<int[]> refSentences = sentenceIds(reference, vocabulary);
        List<int[]> predSentences = sentenceIds(prediction, vocabulary);
        int[] ref = concat(refSentences);
        int[] pred = concat(predSentences);
        int vocabularySize = vocabulary.size();
        return new RougeScores(
                unigrams(ref, pred, vocabularySize),
                bigrams(ref, pred),
                lcs(ref, pred),
                SummaryLevelLcs.score(refSentences, predSentences, vocabularySize));
    }

    /**
     * {@code rouge_score}'s tokens: lower-cased runs of {@code [a-z0-9]} (everything else separates
     * tokens), Porter-stemmed when longer than three characters if this scorer stems.
     */
    public List<String> tokenize(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean alnum = i < lower.length() && isAsciiAlnum(lower.charAt(i));
            if (alnum && start < 0) {
                start = i;
            } else if (!alnum && start >= 0) {
                String token = lower.substring(start, i);
                if (stemmer != null && token.length() > 3) {
                    token = stem(token);
                }
                if (!token.isEmpty()) {
                    tokens.add(token);
                }
                start = -1;
            }
        }
        return tokens;
    }

    private String stem(String token) {
        String stem = stems.get(token);
        if (stem == null) {
            stem = stemmer.stem(token);
            if (stems.size() < STEM_CACHE_LIMIT) {
                stems.put(token, stem);
            }
        }
        return stem;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /**
     * Token ids per line. Lines carry no tokens across them ('\n' separates tokens), so their
     * concatenation is exactly the token sequence of the whole text; token-less lines are dropped,
     * which changes nothing in ROUGE-Lsum since they can hold no hit.
     */
    private List<int[]> sentenceIds(String text, Map<String, Integer> vocabulary) {
        List<int[]> sentences = new ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            int newline = text.indexOf('\n', from);
            int to = newline < 0 ? text.length() : newline;
            List<String> tokens = tokenize(text.substring(from, to));
            if (!tokens.isEmpty()) {
                int[] ids = new int[tokens.size()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = vocabulary.computeIfAbsent(tokens.get(i), t -> vocabulary.size());
                }
                sentences.add(ids);
            }
            from = to + 1;
        }
        return sentences;
    }

    private static int[] concat(List<int[]> sentences) {
        int length = 0;
        for (int[] s : sentences) {
            length += s.length;
        }
        int[] all = new int[length];
        int at = 0;
        for (int[] s : sentences) {
            System.arraycopy(s, 0, all, at, s.length);
            at += s.length;
        }
        return all;
    }

    private static Prf unigrams(int[] ref, int[] pred, int vocabularySize) {
        int[] available = new int[vocabularySize];
        for (int id : ref) {
            available[id]++;
        }
        int overlap = 0;
        for (int id : pred) {
            if (available[id] > 0) {
                available[id]--;
                overlap++;
            }
        }
        return ngramPrf(overlap, pred.length, ref.length);
    }

    private static Prf bigrams(int[] ref, int[] pred) {
        Map<Long, int[]> available = new HashMap<>();
        for (int i = 1; i < ref.length; i++) {
            available.computeIfAbsent(bigram(ref[i - 1], ref[i]), k -> new int[1])[0]++;
        }
        int overlap = 0;
        for (int i = 1; i < pred.length; i++) {
            int[] count = available.get(bigram(pred[i - 1], pred[i]));
            if (count != null && count[0] > 0) {
                count[0]--;
                overlap++;
            }
        }
        return ngramPrf(overlap, Math.max(pred.length - 1, 0), Math.max(ref.length - 1, 0));
    }

    private static long bigram(int first, int second) {
        return ((long) first << 32) | (second & 0xffffffffL);
    }

    /** As {@code rouge_score}: counts of zero divide as one, so empty sides give 0, not NaN. */
    private static Prf ngramPrf(int overlap, int predicted, int reference) {
        return Prf.of((double) overlap / Math.max(predicted, 1),
                (double) overlap / Math.max(reference, 1));
    }

    private static Prf lcs(int[] ref, int[] pred) {
        if (ref.length == 0 || pred.length == 0) {
            return Prf.ZERO;
        }
        int[] previous = new int[pred.length + 1];
        int[] current = new int[pred.length + 1];
        for (int r : ref) {
            for (int j = 1; j <= pred.length; j++) {
                current[j] = r == pred[j - 1]
                        ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int length = previous[pred.length];
        return Prf.of((double) length / pred.length, (double) length / ref.length);
    }
}
