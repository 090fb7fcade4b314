package dev.precis.cli;

import dev.precis.model.Sentence;
import dev.precis.nlp.entity.EntityModels;
import dev.precis.nlp.entity.StatisticalEntityRecognizer;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code precis bench ner --input DIR}: single-threaded words per second of sentence splitting plus
 * entity recognition over a folder of text files, after a warm-up pass.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Measure entity recognition speed (words/s, one thread) on text files.")
final class BenchNerCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, description = "a text file or a folder of .txt files")
    Path input;

    @Option(names = "--rounds", defaultValue = "3", description = "timed passes over the input (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--model", description = "name model from 'precis train ner' (default: the shipped one)")
    Path model;

    @Option(names = "--ner-encoder", paramLabel = "none|minilm", defaultValue = "none",
            description = "minilm: time the opt-in contextual path (as analyze --ner-encoder)")
    String nerEncoder;

    @Override
    public Integer call() throws IOException {
        if (rounds < 1) {
            throw new UserInputException("--rounds must be at least 1, got " + rounds);
        }
        if (!Files.exists(input)) {
            throw new UserInputException(input + ": no such file or folder");
        }
        List<String> texts = new ArrayList<>();
        if (Files.isDirectory(input)) {
            try (Stream<Path> files = Files.walk(input)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                }
            }
        } else {
            try {
                texts.add(Files.readString(input, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UserInputException(InputFile.problem(e, input), e);
            }
        }
        long words = 0;
        for (String t : texts) {
            words += t.split("\\s+").length;
        }
        EntityModels models = model == null ? EntityModels.loadDefault() : EntityModels.load(model);
        StatisticalEntityRecognizer ner = switch (nerEncoder) {
            case "none" -> new StatisticalEntityRecognizer(models);
            case "minilm" -> dev.precis.encoder.MiniLmNames.recognizer(models);
            default -> throw new UserInputException("--ner-encoder must be none or minilm, not " + nerEncoder);
        };
        NewsSentenceSplitter splitter = new NewsSentenceSplitter();
        run(texts, ner, splitter);
        long mentions = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            mentions += run(texts, ner, splitter);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("%d texts, %d words x %d rounds: %.0f words/s wall clock (%.2f s), %.0f words/s of thread "
                + "CPU time (%.2f s); %d mentions per round%n", texts.size(), words, rounds, words * rounds / seconds,
                seconds, words * rounds / cpu, cpu, mentions / rounds);
        return 0;
    }

    private static long run(List<String> texts, StatisticalEntityRecognizer ner, NewsSentenceSplitter splitter) {
        long n = 0;
        for (String t : texts) {
            List<Sentence> sentences = splitter.split(t);
            n += ner.recognize(t, sentences).size();
        }
        return n;
    }
}
