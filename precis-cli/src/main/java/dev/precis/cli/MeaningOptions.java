package dev.precis.cli;

import dev.precis.encoder.MeaningVectors;
import picocli.CommandLine.Option;

/**
 * {@code --no-meaning} and {@code --meaning-encoder}: how the articles a command adds get their meaning
 * vectors (story grouping). A mixin of the commands that add articles only ({@code ingest}, {@code serve},
 * {@code watch}, {@code feeds poll}, the ingest benchmarks): on a command that only reads, these options
 * would be accepted and do nothing.
 */
final class MeaningOptions {

    @Option(names = "--no-meaning",
            description = "Group stories by words and names only: articles added get no meaning vector from the sentence"
                    + " encoder (faster; reports of one event in other words are missed more often).")
    boolean noMeaning;

    @Option(names = "--meaning-encoder", paramLabel = "NAME", defaultValue = MeaningVectors.DEFAULT_ENCODER,
            description = "Encoder of the meaning vectors: static (default: word-piece vectors distilled from MiniLM, fast)"
                    + " or minilm (the MiniLM transformer itself, about 20 times slower).")
    String meaningEncoder = MeaningVectors.DEFAULT_ENCODER;

    /** The meaning vectors new articles get, or null with {@code --no-meaning}. */
    MeaningVectors vectors() {
        if (noMeaning) {
            return null;
        }
        try {
            return MeaningVectors.named(meaningEncoder);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--meaning-encoder: " + e.getMessage());
        }
    }
}
