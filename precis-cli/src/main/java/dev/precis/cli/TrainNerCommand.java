package dev.precis.cli;

import dev.precis.nlp.entity.Gazetteer;
import dev.precis.nlp.entity.NameModelTrainer;
import dev.precis.nlp.entity.NerCorpusReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code precis train ner --data DIR_OR_FILE... --output model.bin}: trains the statistical name
 * model with Precis' features and gazetteer. The shipped model is this command's output on the
 * permissively licensed corpora (see README).
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Train the named-entity model from CoNLL-style column files, BTC-style TAB files, "
                + "Universal NER files or GUM CoNLL-U files (files or folders; GUM's test split is left out).")
final class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, split = ",", description = "training files or folders")
    List<Path> data;

    @Option(names = "--output", required = true, description = "model file to write")
    Path output;

    @Option(names = "--algorithm", defaultValue = "MAXENT", description = "MAXENT or PERCEPTRON (default ${DEFAULT-VALUE})")
    String algorithm;

    @Option(names = "--beam", defaultValue = "3", description = "decoding beam size stored in the model; 1 is greedy and about 10%% faster (default ${DEFAULT-VALUE})")
    int beam;

    @Option(names = "--iterations", defaultValue = "100", description = "training iterations (default ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "3", description = "feature count cutoff (default ${DEFAULT-VALUE})")
    int cutoff;

    @Option(names = "--misc", description = "also learn MISC entities")
    boolean misc;

    @Override
    public Integer call() throws IOException {
        List<NameSample> samples = readSamples(new NerCorpusReader(misc, true), data);
        if (!algorithm.equals("MAXENT") && !algorithm.equals("PERCEPTRON")) {
            throw new UserInputException("--algorithm must be MAXENT or PERCEPTRON, not " + algorithm);
        }
        TokenNameFinderModel model = new NameModelTrainer(Gazetteer.load(), algorithm, iterations, cutoff, beam)
                .train(samples);
        try (OutputStream out = Files.newOutputStream(output)) {
            model.serialize(out);
        }
        System.err.println("precis: trained on " + samples.size() + " sentences, wrote " + output);
        return 0;
    }

    /**
     * Every labelled sentence of the training files or folders; a missing or unreadable input, or no
     * sentence at all, is the user's one-line error. Shared with {@code train org-heads}.
     */
    static List<NameSample> readSamples(NerCorpusReader reader, List<Path> data) {
        List<NameSample> samples = new ArrayList<>();
        for (Path p : data) {
            if (!Files.exists(p)) {
                throw new UserInputException(p + ": no such file or folder");
            }
            try {
                samples.addAll(reader.read(p));
            } catch (IOException e) {
                throw new UserInputException(InputFile.problem(e, p), e);
            } catch (RuntimeException e) {
                throw new UserInputException(p + ": cannot read training data: " + e.getMessage(), e);
            }
        }
        if (samples.isEmpty()) {
            throw new UserInputException("no training sentences in " + data);
        }
        return samples;
    }
}
