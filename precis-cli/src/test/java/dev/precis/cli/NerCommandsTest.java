package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NerCommandsTest {

    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        CommandLine cl = PrecisCli.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void missingEvaluationFileIsOneLineAndExitTwo() {
        StringWriter err = new StringWriter();
        int code = run(err, "eval", "ner", "--conll", dir.resolve("nope.conll").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("precis: ").contains("nope.conll").doesNotContain("\n");
    }

    @Test
    void aFolderGivenForAnEvaluationFileIsNamedAsAFolderNotAsMissing() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("corpus"));
        for (String[] args : new String[][] {
                {"eval", "ner", "--conll", folder.toString()},
                {"eval", "summaries", "--jsonl", folder.toString()},
                {"eval", "stories", "--events", folder.toString()}}) {
            StringWriter err = new StringWriter();
            assertThat(run(err, args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err.toString()).isEqualTo("precis: " + folder + ": is a folder, not a file\n");
        }
    }

    @Test
    void evalNeedsExactlyOneOfConllOrSuiteAndPlacesNeedGeoNamesFiles() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "eval", "ner")).isEqualTo(2);
        assertThat(err.toString()).contains("--conll").contains("--suite");
        StringWriter err2 = new StringWriter();
        assertThat(run(err2, "train", "places", "--geonames", dir.toString(), "--output",
                dir.resolve("p.txt").toString())).isEqualTo(2);
        assertThat(err2.toString().strip()).contains("countryInfo.tsv").doesNotContain("\n");
    }

    @Test
    void missingTrainingDataIsOneLineAndExitTwo() {
        StringWriter err = new StringWriter();
        int code = run(err, "train", "ner", "--data", dir.resolve("none").toString(), "--output",
                dir.resolve("m.bin").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("none").contains("no such file");
    }

    @Test
    void trainsAModelTheRecognizerCanLoad() throws Exception {
        Path data = dir.resolve("train.conll");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            sb.append("Anna\tB-PER\nBerg\tI-PER\nvisited\tO\nOslo\tB-LOC\nfor\tO\nAcme\tB-ORG\n.\tO\n\n");
        }
        Files.writeString(data, sb.toString());
        Path model = dir.resolve("m.bin");
        StringWriter err = new StringWriter();
        int code = run(err, "train", "ner", "--data", data.toString(), "--output", model.toString(),
                "--iterations", "5", "--cutoff", "1");
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.size(model)).isPositive();
        Path eval = dir.resolve("eval.conll");
        Files.writeString(eval, "Anna I-PER\nBerg I-PER\nvisited O\nOslo I-LOC\n. O\n");
        code = run(err, "eval", "ner", "--conll", eval.toString(), "--model", model.toString());
        assertThat(code).as(err.toString()).isZero();
    }

    @Test
    void trainsAContextualLayerThatEvalNerUsesWithTheEncoderOption() throws Exception {
        Path data = dir.resolve("train.conll");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append("Anna\tB-PER\nBerg\tI-PER\nvisited\tO\nOslo\tB-LOC\nfor\tO\nAcme\tB-ORG\n.\tO\n\n");
        }
        Files.writeString(data, sb.toString());
        Path layer = dir.resolve("layer.bin");
        Path vectors = dir.resolve("vectors.bin");
        StringWriter err = new StringWriter();
        int code = run(err, "train", "ner-layer", "--data", data.toString(), "--output", layer.toString(),
                "--vectors", vectors.toString(), "--hidden", "8", "--epochs", "2");
        assertThat(code).as(err.toString()).isZero();
        // 140 tokens, each: its label (length-prefixed), the vector's length and 384 floats
        assertThat(Files.size(vectors)).isEqualTo(140L * (2 + 2 + 4 * 384) + sizeOfLabels(20));
        Path eval = dir.resolve("eval.conll");
        Files.writeString(eval, "Anna I-PER\nBerg I-PER\nvisited O\nOslo I-LOC\n. O\n");
        code = run(err, "eval", "ner", "--conll", eval.toString(), "--ner-encoder", "minilm", "--ner-layer",
                layer.toString());
        assertThat(code).as(err.toString()).isZero();
        StringWriter err2 = new StringWriter();
        assertThat(run(err2, "eval", "ner", "--conll", eval.toString(), "--ner-layer", layer.toString())).isEqualTo(2);
        assertThat(err2.toString()).contains("--ner-encoder minilm");
        StringWriter err3 = new StringWriter();
        assertThat(run(err3, "analyze", "--ner-encoder", "bert", "-")).isEqualTo(2);
        assertThat(err3.toString().strip()).contains("none or minilm").doesNotContain("\n");
    }

    /** Bytes of the cache's labels for one pass over the training sentence above, 20 times. */
    private static long sizeOfLabels(int sentences) {
        String[] labels = {"person-start", "person-cont", "other", "location-start", "other", "organization-start", "other"};
        long n = 0;
        for (String l : labels) {
            n += l.length();
        }
        return n * sentences;
    }

    @Test
    void derivesOrganisationHeadWordsAndRejectsDataWithoutOrganisations() throws Exception {
        Path data = dir.resolve("orgs.conll");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            sb.append("the\tO\nVelmor\tB-ORG\nParty\tI-ORG\nwon\tO\n.\tO\n\n");
        }
        sb.append("Anna\tB-PER\nBerg\tI-PER\nleft\tO\n.\tO\n\n");
        Files.writeString(data, sb.toString());
        Path out = dir.resolve("heads.txt");
        StringWriter err = new StringWriter();
        assertThat(run(err, "train", "org-heads", "--data", data.toString(), "--output", out.toString()))
                .as(err.toString()).isZero();
        assertThat(Files.readAllLines(out)).contains("Party").doesNotContain("Berg", "Velmor");
        Path people = dir.resolve("people.conll");
        Files.writeString(people, "Anna\tB-PER\nBerg\tI-PER\nleft\tO\n.\tO\n\n");
        StringWriter err2 = new StringWriter();
        assertThat(run(err2, "train", "org-heads", "--data", people.toString(), "--output", out.toString()))
                .isEqualTo(2);
        assertThat(err2.toString().strip()).contains("no organisation names").doesNotContain("\n");
    }

    @Test
    void clustersTheVocabularyIntoTwoLevelsTheNameFeaturesCanRead() throws Exception {
        Path out = dir.resolve("clusters.txt");
        StringWriter err = new StringWriter();
        assertThat(run(err, "train", "word-clusters", "--fine", "8", "--coarse", "2", "--iterations", "2",
                "--output", out.toString())).as(err.toString()).isZero();
        java.util.List<String> words = Files.readAllLines(out).stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(words).hasSizeGreaterThan(20_000);
        for (String line : words) {
            String[] parts = line.split("\t");
            assertThat(parts).hasSize(3);
            assertThat(Integer.parseInt(parts[1])).isBetween(0, 1);
            assertThat(Integer.parseInt(parts[2])).isBetween(0, 7);
        }
        try (java.io.BufferedReader r = Files.newBufferedReader(out)) {
            assertThat(dev.precis.nlp.entity.WordClusters.read(r).size()).isEqualTo(words.size());
        }
        StringWriter err2 = new StringWriter();
        assertThat(run(err2, "train", "word-clusters", "--fine", "4", "--coarse", "8", "--output", out.toString()))
                .isEqualTo(2);
        assertThat(err2.toString().strip()).contains("coarse").doesNotContain("\n");
    }

    @Test
    void wordsOfSeveralPiecesFromExtraTextJoinAFineCluster() throws Exception {
        Path text = dir.resolve("news.txt");
        // "Okonkwo" (several word pieces, no vocabulary word) occurs twice, the made-up "Vantaskiel" once only
        Files.writeString(text, "Minister Okonkwo met the council. Okonkwo said the harbour would reopen. Vantaskiel left.");
        Path out = dir.resolve("clusters-extra.txt");
        StringWriter err = new StringWriter();
        assertThat(run(err, "train", "word-clusters", "--fine", "8", "--coarse", "2", "--iterations", "2",
                "--extra-words", text.toString(), "--output", out.toString())).as(err.toString()).isZero();
        java.util.List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).contains("--extra-words news.txt");
        assertThat(lines).anyMatch(l -> l.matches("okonkwo\t[01]\t[0-7]"));
        assertThat(lines).noneMatch(l -> l.startsWith("vantaskiel\t"));
    }
}
