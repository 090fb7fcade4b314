package dev.precis.eval.rouge;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Throughput check (not a test): scores 2,225 synthetic reference/prediction pairs of news-summary
 * size (3-4 lines, ~60 tokens each) several times with stemming on and prints pairs per second.
 * Run after {@code ./mvnw -q -B -o -pl precis-eval -am test-compile}:
 * {@code java -cp precis-eval/target/classes:precis-eval/target/test-classes
 * dev.precis.eval.rouge.RougeScorerBench}
 */
public final class RougeScorerBench {

    private RougeScorerBench() {
    }

    public static void main(String[] args) {
        Random random = new Random(7);
        String[] vocabulary = ("police said the man was arrested on monday after running from "
                + "officers who were investigating reports of stolen cars in the city centre "
                + "government officials announced new measures yesterday including generous "
                + "funding for hospitals schools and roads across the country").split(" ");
        List<String[]> pairs = new ArrayList<>();
        for (int d = 0; d < 2225; d++) {
            pairs.add(new String[] {summary(random, vocabulary), summary(random, vocabulary)});
        }
        RougeScorer scorer = new RougeScorer(true);
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            double sum = 0;
            for (String[] pair : pairs) {
                sum += scorer.score(pair[0], pair[1]).rougeLsum().f1();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %.0f pairs/s (mean Lsum F1 %.4f)%n",
                    round, pairs.size() / seconds, sum / pairs.size());
        }
    }

    private static String summary(Random random, String[] vocabulary) {
        StringBuilder text = new StringBuilder();
        int lines = 3 + random.nextInt(2);
        for (int l = 0; l < lines; l++) {
            for (int w = 0; w < 15 + random.nextInt(10); w++) {
                text.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
            }
            text.append(".\n");
        }
        return text.toString();
    }
}
