package dev.precis.eval.summaries;

import dev.precis.eval.rouge.RougeScorer;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Sentence;
import dev.precis.model.Summary;
import dev.precis.model.SummaryLength;
import dev.precis.model.SummarySentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The greedy extractive oracle (Nallapati et al. 2017, as used to label CNN/DailyMail): sentences
 * are added one at a time, each time the one that raises the mean of ROUGE-1 and ROUGE-2 F1 against
 * the reference the most, until no sentence raises it or the length is reached. It is the ceiling an
 * extractive summarizer can reach with these sentences, and its choices are the training labels of
 * the summary model. Stemmed tokens as ROUGE scores them. Thread-safe.
 */
public final class ExtractiveOracle {

    private final RougeScorer tokens = new RougeScorer(true);

    /** The oracle's sentences for {@code article} against {@code reference}, within {@code length}. */
    public Summary select(AnalyzedArticle article, String reference, SummaryLength length) {
        String text = article.article().text();
        List<Sentence> sentences = article.sentences();
        Map<String, Integer> vocabulary = new HashMap<>();
        int[] ref = ids(tokens.tokenize(reference), vocabulary);
        int[][] candidates = new int[sentences.size()][];
        int[] words = new int[sentences.size()];
        for (int i = 0; i < candidates.length; i++) {
            String s = sentences.get(i).text(text);
            candidates[i] = ids(tokens.tokenize(s), vocabulary);
            words[i] = SummaryLength.wordCount(s);
        }
        int limit = switch (length.unit()) {
            case SENTENCES -> (int) length.amount();
            case RATIO -> Math.max(1, (int) Math.round(length.amount() * sentences.size()));
            case WORDS -> Integer.MAX_VALUE;
        };
        int budget = length.unit() == SummaryLength.Unit.WORDS ? (int) length.amount() : Integer.MAX_VALUE;
        ReferenceCounts counts = new ReferenceCounts(ref, vocabulary.size());
        boolean[] chosen = new boolean[candidates.length];
        List<Integer> picked = new ArrayList<>();
        double best = 0;
        int usedWords = 0;
        while (picked.size() < limit) {
            int bestIndex = -1;
            for (int i = 0; i < candidates.length; i++) {
                if (chosen[i] || candidates[i].length == 0 || (!picked.isEmpty() && usedWords + words[i] > budget)) {
                    continue;
                }
                double score = counts.gain(picked, candidates, i);
                if (score > best) {
                    best = score;
                    bestIndex = i;
                }
            }
            if (bestIndex < 0) {
                break;
            }
            chosen[bestIndex] = true;
            picked.add(bestIndex);
            usedWords += words[bestIndex];
        }
        picked.sort(null);
        List<SummarySentence> out = new ArrayList<>();
        for (int i : picked) {
            out.add(new SummarySentence(i, sentences.get(i).range(), 1));
        }
        return new Summary(article.article().id(), out);
    }

    /**
     * Per-sentence training targets: 1 for each sentence the oracle picks at {@code length}, 0 for
     * the others.
     */
    public double[] targets(AnalyzedArticle article, String reference, SummaryLength length) {
        double[] y = new double[article.sentences().size()];
        for (SummarySentence s : select(article, reference, length).sentences()) {
            y[s.sentenceIndex()] = 1;
        }
        return y;
    }

    private static int[] ids(List<String> tokens, Map<String, Integer> vocabulary) {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = vocabulary.computeIfAbsent(tokens.get(i), t -> vocabulary.size());
        }
        return out;
    }

    /** The reference's unigram and bigram counts, made once per article and copied for each trial. */
    private static final class ReferenceCounts {
        private final int length;
        private final int[] unigrams;
        private final Map<Long, Integer> bigramIndex = new HashMap<>();
        private final int[] bigrams;

        ReferenceCounts(int[] ref, int vocabularySize) {
            length = ref.length;
            unigrams = new int[vocabularySize];
            for (int id : ref) {
                unigrams[id]++;
            }
            int[] counts = new int[Math.max(0, ref.length - 1)];
            for (int i = 1; i < ref.length; i++) {
                counts[bigramIndex.computeIfAbsent(bigram(ref[i - 1], ref[i]), k -> bigramIndex.size())]++;
            }
            bigrams = counts;
        }

        /** Mean of ROUGE-1 and ROUGE-2 F1 of the picked sentences plus sentence {@code extra}. */
        double gain(List<Integer> picked, int[][] candidates, int extra) {
            List<Integer> order = new ArrayList<>(picked);
            order.add(extra);
            order.sort(null);
            int[] availableUnigrams = unigrams.clone();
            int[] availableBigrams = bigrams.clone();
            int predicted = 0;
            int overlap1 = 0;
            int overlap2 = 0;
            int predictedBigrams = 0;
            int previous = -1;
            for (int i : order) {
                for (int id : candidates[i]) {
                    predicted++;
                    if (availableUnigrams[id] > 0) {
                        availableUnigrams[id]--;
                        overlap1++;
                    }
                    if (previous >= 0) {
                        predictedBigrams++;
                        Integer k = bigramIndex.get(bigram(previous, id));
                        if (k != null && availableBigrams[k] > 0) {
                            availableBigrams[k]--;
                            overlap2++;
                        }
                    }
                    previous = id;
                }
            }
            return (f1(overlap1, predicted, length) + f1(overlap2, predictedBigrams, length - 1)) / 2;
        }

        private static long bigram(int first, int second) {
            return ((long) first << 32) | second;
        }
    }

    private static double f1(int overlap, int predicted, int reference) {
        if (overlap == 0) {
            return 0;
        }
        double p = overlap / (double) predicted;
        double r = overlap / (double) reference;
        return 2 * p * r / (p + r);
    }
}
