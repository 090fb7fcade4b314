package dev.precis.cli;

import dev.precis.encoder.MiniLmTokenVectors;
import dev.precis.nlp.entity.ContextualNameLayer;
import dev.precis.nlp.entity.NerCorpusReader;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.NameSample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code precis train ner-layer --data … --output layer.bin}: runs MiniLM over every training sentence
 * and learns the {@link ContextualNameLayer} (a softmax over each token's contextual vector) that the
 * opt-in {@code --ner-encoder minilm} path multiplies into the name model's probabilities.
 */
@Command(name = "ner-layer", mixinStandardHelpOptions = true,
        description = "Train the contextual (MiniLM) name layer from the same files as 'train ner'.")
final class TrainNerLayerCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, split = ",", description = "training files or folders")
    List<Path> data;

    @Option(names = "--output", required = true, description = "layer file to write")
    Path output;

    @Option(names = "--vectors", description = "cache of the encoded training tokens: read when present, else written")
    Path cache;

    @Option(names = "--hidden", defaultValue = "128", description = "hidden ReLU units; 0 for a plain softmax (default ${DEFAULT-VALUE})")
    int hidden;

    @Option(names = "--epochs", defaultValue = "3", description = "passes over the tokens (default ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--rate", defaultValue = "0.01", description = "learning rate (default ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--l2", defaultValue = "0.0001", description = "L2 shrinkage (default ${DEFAULT-VALUE})")
    double l2;

    @Override
    public Integer call() throws IOException {
        List<float[]> vectors = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        if (cache != null && Files.isRegularFile(cache)) {
            readCache(cache, vectors, labels);
        } else {
            List<NameSample> samples = TrainNerCommand.readSamples(new NerCorpusReader(false, true), data);
            MiniLmTokenVectors encoder = MiniLmTokenVectors.load();
            int done = 0;
            for (NameSample s : samples) {
                String[] tokens = s.getSentence();
                if (tokens.length == 0) {
                    continue;
                }
                float[][] v = encoder.vectors(tokens);
                String[] outcomes = ContextualNameLayer.outcomes(s);
                for (int i = 0; i < tokens.length; i++) {
                    vectors.add(v[i]);
                    labels.add(outcomes[i]);
                }
                if (++done % 2000 == 0) {
                    System.err.println("precis: encoded " + done + " of " + samples.size() + " sentences");
                }
            }
            if (cache != null) {
                writeCache(cache, vectors, labels);
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        int[] y = new int[labels.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = index.computeIfAbsent(labels.get(i), l -> index.size());
        }
        ContextualNameLayer layer = ContextualNameLayer.train(vectors, y, index.keySet().toArray(String[]::new),
                hidden, epochs, rate, l2, 17);
        try (OutputStream out = Files.newOutputStream(output)) {
            layer.write(out);
        }
        System.err.println("precis: trained on " + y.length + " tokens, outcomes " + index.keySet() + ", wrote " + output);
        return 0;
    }

    private static void writeCache(Path file, List<float[]> vectors, List<String> labels) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            for (int i = 0; i < vectors.size(); i++) {
                out.writeUTF(labels.get(i));
                float[] v = vectors.get(i);
                out.writeShort(v.length);
                for (float f : v) {
                    out.writeFloat(f);
                }
            }
        }
    }

    private static void readCache(Path file, List<float[]> vectors, List<String> labels) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (true) {
                String label;
                try {
                    label = in.readUTF();
                } catch (EOFException end) {
                    return;
                }
                float[] v = new float[in.readShort()];
                for (int j = 0; j < v.length; j++) {
                    v[j] = in.readFloat();
                }
                labels.add(label);
                vectors.add(v);
            }
        }
    }
}
