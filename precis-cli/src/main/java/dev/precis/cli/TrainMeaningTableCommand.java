package dev.precis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.encoder.StaticMiniLm;
import dev.precis.encoder.StaticMiniLmDistiller;
import java.io.BufferedReader;
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
 * {@code precis train meaning-table --sample PATH... --output FILE}: the static word-piece vectors that
 * give articles their meaning vectors (the shipped {@code minilm-static.bin} is this command's output;
 * see {@link StaticMiniLmDistiller}).
 */
@Command(name = "meaning-table", mixinStandardHelpOptions = true,
        description = "Distil all-MiniLM-L6-v2 into static word-piece vectors, weighted by word-piece frequencies in a news sample.")
final class TrainMeaningTableCommand implements Callable<Integer> {

    @Option(names = "--sample", required = true, split = ",",
            description = "news text: folders of .txt files and JSONL files with a \"text\" field")
    List<Path> sample;

    @Option(names = "--output", required = true, description = "table file to write")
    Path output;

    @Option(names = "--dimension", defaultValue = "" + StaticMiniLm.DIMENSION,
            description = "vector length after principal components (default: ${DEFAULT-VALUE})")
    int dimension;

    @Option(names = "--sif", defaultValue = "" + StaticMiniLmDistiller.SIF,
            description = "smooth-inverse-frequency constant a in a/(a+p) (default: ${DEFAULT-VALUE})")
    double sif;

    @Override
    public Integer call() throws IOException {
        if (dimension < 8 || dimension > 384) {
            throw new UserInputException("--dimension " + dimension + ": must be between 8 and 384");
        }
        if (!(sif > 0)) {
            throw new UserInputException("--sif " + sif + ": must be above 0");
        }
        List<String> texts = new ArrayList<>();
        for (Path p : sample) {
            read(p, texts);
        }
        if (texts.isEmpty()) {
            throw new UserInputException("no text in " + sample + " (expected folders of .txt files or JSONL with \"text\")");
        }
        int n = StaticMiniLmDistiller.distill(texts, dimension, sif, output);
        System.err.println("precis: wrote " + n + " word-piece vectors (" + dimension + " long, from " + texts.size()
                + " texts) to " + output);
        return 0;
    }

    /** Adds the texts of a folder of .txt files, a JSONL file with "text", or a plain file (also for train word-clusters). */
    static void read(Path p, List<String> texts) throws IOException {
        if (Files.isDirectory(p)) {
            try (Stream<Path> files = Files.walk(p)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
                }
            }
        } else if (p.toString().endsWith(".jsonl")) {
            ObjectMapper json = new ObjectMapper();
            try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = in.readLine()) != null) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode text;
                    try {
                        text = json.readTree(line).path("text");
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new UserInputException(p + " line " + n + ": not JSON (" + e.getOriginalMessage() + ")");
                    }
                    if (text.isTextual()) {
                        texts.add(text.asText());
                    }
                }
            }
        } else if (Files.isRegularFile(p)) {
            texts.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        } else {
            throw new UserInputException(p + ": no such file or folder");
        }
    }
}
