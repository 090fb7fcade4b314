package dev.precis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.encoder.StaticMiniLm;
import dev.precis.nlp.entity.WordClusters;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code precis train word-clusters --output FILE}: the word clusters the name model uses as a feature
 * ({@code gazetteer/word-clusters.txt} in precis-nlp is this command's output with the defaults). Every
 * whole word of MiniLM's vocabulary (one word piece, letters only) takes its static vector from
 * precis-encoder's {@code minilm-static.bin}, normalised to unit length; k-means (commons-math3,
 * k-means++ start, fixed seed, so the list is reproducible) groups them into {@code --fine} clusters,
 * and the fine clusters' centres are grouped again into {@code --coarse} clusters, a two-level
 * hierarchy like the prefixes of Brown clusters. Written here rather than in precis-nlp, which does
 * not depend on the encoder.
 */
@Command(name = "word-clusters", mixinStandardHelpOptions = true,
        description = "Cluster the static MiniLM word-piece vectors into the word-cluster list the name model reads.")
final class TrainWordClustersCommand implements Callable<Integer> {

    private static final String VOCABULARY = "/all-minilm-l6-v2-q-tokenizer.json";

    @Option(names = "--output", required = true, description = "list file to write")
    Path output;

    @Option(names = "--fine", defaultValue = "1024", description = "number of fine clusters (default ${DEFAULT-VALUE})")
    int fine;

    @Option(names = "--coarse", defaultValue = "64", description = "number of coarse clusters of the fine ones (default ${DEFAULT-VALUE})")
    int coarse;

    @Option(names = "--iterations", defaultValue = "25", description = "k-means iterations at most (default ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--extra-words", split = ",", paramLabel = "PATH",
            description = "news text (folders of .txt, JSONL with \"text\") whose other words, made of several word pieces,"
                    + " join the nearest fine cluster by their static vector")
    List<Path> extraWords = new ArrayList<>();

    @Option(names = "--min-count", defaultValue = "2", description = "with --extra-words: how often a word must occur (default ${DEFAULT-VALUE})")
    int minCount;

    @Option(names = "--seed", defaultValue = "29", description = "random seed of the k-means++ start (default ${DEFAULT-VALUE})")
    int seed;

    /** A word and its unit vector. */
    private static final class WordPoint implements Clusterable {
        final String word;
        final double[] point;

        WordPoint(String word, double[] point) {
            this.word = word;
            this.point = point;
        }

        @Override
        public double[] getPoint() {
            return point;
        }
    }

    @Override
    public Integer call() throws IOException {
        if (coarse < 2 || fine <= coarse) {
            throw new UserInputException("--coarse " + coarse + " --fine " + fine + ": need 2 <= coarse < fine");
        }
        List<WordPoint> words = words();
        if (words.size() <= fine) {
            throw new UserInputException("--fine " + fine + ": only " + words.size() + " words to cluster");
        }
        List<CentroidCluster<WordPoint>> fineClusters = new KMeansPlusPlusClusterer<WordPoint>(fine, iterations,
                new EuclideanDistance(), new JDKRandomGenerator(seed)).cluster(words);
        List<DoublePoint> centres = new ArrayList<>();
        for (CentroidCluster<WordPoint> c : fineClusters) {
            centres.add(new DoublePoint(unit(c.getCenter().getPoint().clone())));
        }
        List<CentroidCluster<DoublePoint>> coarseClusters = new KMeansPlusPlusClusterer<DoublePoint>(coarse, iterations,
                new EuclideanDistance(), new JDKRandomGenerator(seed)).cluster(centres);
        int[] coarseOfFine = new int[fineClusters.size()];
        for (int c = 0; c < coarseClusters.size(); c++) {
            for (DoublePoint p : coarseClusters.get(c).getPoints()) {
                coarseOfFine[indexOf(centres, p)] = c;
            }
        }
        Map<String, String> lines = new TreeMap<>();
        for (int f = 0; f < fineClusters.size(); f++) {
            for (WordPoint w : fineClusters.get(f).getPoints()) {
                lines.put(w.word, w.word + "\t" + coarseOfFine[f] + "\t" + f);
            }
        }
        int extra = addExtraWords(lines, fineClusters, coarseOfFine);
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            out.write("# word TAB coarse cluster TAB fine cluster; precis train word-clusters --fine " + fine + " --coarse "
                    + coarse + " --iterations " + iterations + " --seed " + seed
                    + (extraWords.isEmpty() ? "" : " --min-count " + minCount + " --extra-words " + names(extraWords)) + "\n");
            out.write("# k-means of the static word-piece vectors distilled from all-MiniLM-L6-v2 (Apache 2.0; minilm-static.bin,"
                    + " precis train meaning-table): whole words of its vocabulary, unit length\n");
            for (String line : lines.values()) {
                out.write(line);
                out.write('\n');
            }
        }
        System.err.println("precis: wrote " + lines.size() + " words (" + extra + " from --extra-words) in " + fineClusters.size() + " fine and "
                + coarseClusters.size() + " coarse clusters to " + output);
        return 0;
    }

    /**
     * Words of the extra texts that the vocabulary has no single piece for (most rare names: "zelenskyy",
     * "ouattara"), seen at least {@code --min-count} times, each put in the fine cluster whose centre is
     * nearest to its static vector (the weighted sum of its word pieces, {@link StaticMiniLm#encode}):
     * the k-means assignment step, without moving the centres. Returns how many were added.
     */
    private int addExtraWords(Map<String, String> lines, List<CentroidCluster<WordPoint>> fineClusters, int[] coarseOfFine)
            throws IOException {
        if (extraWords.isEmpty()) {
            return 0;
        }
        List<String> texts = new ArrayList<>();
        for (Path p : extraWords) {
            TrainMeaningTableCommand.read(p, texts);
        }
        Map<String, Integer> counts = new TreeMap<>();
        Matcher m = Pattern.compile("\\p{L}+").matcher("");
        for (String text : texts) {
            m.reset(text);
            while (m.find()) {
                String w = WordClusters.key(m.group());
                if (w.length() > 1 && w.chars().allMatch(Character::isLetter)) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
        }
        List<String> words = counts.entrySet().stream()
                .filter(e -> e.getValue() >= minCount && !lines.containsKey(e.getKey())).map(Map.Entry::getKey).toList();
        double[][] centres = new double[fineClusters.size()][];
        for (int f = 0; f < centres.length; f++) {
            centres[f] = fineClusters.get(f).getCenter().getPoint();
        }
        StaticMiniLm table = StaticMiniLm.shared();
        int added = 0;
        for (int from = 0; from < words.size(); from += 512) {
            List<String> batch = words.subList(from, Math.min(words.size(), from + 512));
            float[][] vectors = table.encode(batch);
            for (int i = 0; i < batch.size(); i++) {
                int f = nearest(centres, vectors[i]);
                if (f >= 0) {
                    lines.put(batch.get(i), batch.get(i) + "\t" + coarseOfFine[f] + "\t" + f);
                    added++;
                }
            }
        }
        return added;
    }

    /** The centre nearest to v (Euclidean), or -1 for a zero vector. */
    private static int nearest(double[][] centres, float[] v) {
        boolean zero = true;
        for (float x : v) {
            zero &= x == 0;
        }
        if (zero) {
            return -1;
        }
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int f = 0; f < centres.length; f++) {
            double d = 0;
            double[] c = centres[f];
            for (int k = 0; k < c.length; k++) {
                double x = c[k] - v[k];
                d += x * x;
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = f;
            }
        }
        return best;
    }

    private static String names(List<Path> paths) {
        return String.join(",", paths.stream().map(p -> p.getFileName() == null ? p.toString() : p.getFileName().toString()).toList());
    }

    private static int indexOf(List<DoublePoint> centres, DoublePoint p) {
        for (int i = 0; i < centres.size(); i++) {
            if (centres.get(i) == p) {
                return i;
            }
        }
        throw new IllegalStateException("a coarse cluster holds an unknown centre");
    }

    /** The vocabulary's whole words (no "##" continuation, letters only) with their unit vectors. */
    private static List<WordPoint> words() throws IOException {
        JsonNode vocab;
        try (InputStream in = TrainWordClustersCommand.class.getResourceAsStream(VOCABULARY)) {
            if (in == null) {
                throw new UserInputException(VOCABULARY + " is missing from the class path");
            }
            vocab = new ObjectMapper().readTree(in).path("model").path("vocab");
        }
        StaticMiniLm table = StaticMiniLm.shared();
        List<WordPoint> words = new ArrayList<>();
        TreeMap<Integer, String> byId = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = vocab.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            byId.put(e.getValue().asInt(), e.getKey());
        }
        for (Map.Entry<Integer, String> e : byId.entrySet()) {
            String word = e.getValue();
            float[] row = table.pieceDirection(e.getKey());
            if (row == null || !word.chars().allMatch(Character::isLetter)) {
                continue;
            }
            double[] v = new double[row.length];
            for (int k = 0; k < v.length; k++) {
                v[k] = row[k];
            }
            if (unit(v) != null) {
                words.add(new WordPoint(word, v));
            }
        }
        return words;
    }

    /** Scales v to unit length in place; null when it is all zeros. */
    private static double[] unit(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            return null;
        }
        double s = 1 / Math.sqrt(norm);
        for (int k = 0; k < v.length; k++) {
            v[k] *= s;
        }
        return v;
    }
}
