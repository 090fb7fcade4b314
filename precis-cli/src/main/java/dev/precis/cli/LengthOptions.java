package dev.precis.cli;

import dev.precis.model.SummaryLength;
import picocli.CommandLine.Option;

/** The summary-length flags shared by commands that summarize: at most one of them. */
final class LengthOptions {

    @Option(names = "--sentences", paramLabel = "N", description = "Summary of N sentences.")
    Integer sentences;

    @Option(names = "--words", paramLabel = "N", description = "Summary of at most N words; a single first sentence longer than N stands alone. "
            + "Without a length option: 75 words.")
    Integer words;

    @Option(names = "--ratio", paramLabel = "R", description = "Summary of this share (0-1] of the sentences.")
    Double ratio;

    SummaryLength toLength() {
        int given = (sentences != null ? 1 : 0) + (words != null ? 1 : 0) + (ratio != null ? 1 : 0);
        if (given > 1) {
            throw new UserInputException("give only one of --sentences, --words and --ratio");
        }
        // the option's own name in the message, as picocli's messages for these options give it
        if (sentences != null && sentences < 1) {
            throw new UserInputException("--sentences must be at least 1, got " + sentences);
        }
        if (words != null && words < 1) {
            throw new UserInputException("--words must be at least 1, got " + words);
        }
        if (ratio != null && !(ratio > 0 && ratio <= 1)) {
            throw new UserInputException("--ratio must be greater than 0 and at most 1, got " + shown(ratio));
        }
        try {
            if (sentences != null) {
                return SummaryLength.sentences(sentences);
            }
            if (words != null) {
                return SummaryLength.words(words);
            }
            if (ratio != null) {
                return SummaryLength.ratio(ratio);
            }
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        return SummaryLength.DEFAULT;
    }

    private static String shown(double v) {
        return v == Math.rint(v) && !Double.isInfinite(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
