package dev.precis.cli;

import dev.precis.eval.quotes.QuoteEvaluation;
import dev.precis.nlp.analysis.NoEntityRecognizer;
import dev.precis.nlp.quote.RuleQuoteFinder;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code precis eval quotes --polnear DIR}: content and speaker overlap on PolNeAR attributions. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Quotes against PolNeAR attributions (content recall, speaker accuracy, precision).")
final class EvalQuotesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--polnear", required = true, paramLabel = "DIR", description = "PolNeAR split folder (text/, attributions/).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UserInputException(dir + ": not a PolNeAR folder");
        }
        QuoteEvaluation.Result r = new QuoteEvaluation(new NewsSentenceSplitter(), new NoEntityRecognizer(),
                new RuleQuoteFinder()).evaluate(dir);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "documents %d  predicted %d  precision (content overlaps a gold attribution) %.3f%n",
                r.documents(), r.predicted(), r.precision());
        print(out, "all attributions", r.all());
        print(out, "direct speech", r.direct());
        print(out, "speech-verb cues", r.speechVerb());
        return 0;
    }

    private static void print(PrintWriter out, String label, QuoteEvaluation.Counts c) {
        out.printf(Locale.ROOT, "%-18s gold %5d  content found %.3f  speaker right (of found) %.3f%n", label, c.gold(),
                c.contentRecall(), c.speakerAccuracy());
    }
}
