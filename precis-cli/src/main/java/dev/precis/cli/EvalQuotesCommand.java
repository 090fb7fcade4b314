package dev.precis.cli;

import dev.precis.eval.quotes.QuoteEvaluation;
import dev.precis.eval.quotes.TextPerturbation;
import dev.precis.nlp.entity.EntityModels;
import dev.precis.nlp.entity.StatisticalEntityRecognizer;
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
        description = "Quotes against PolNeAR attributions (content recall, speaker accuracy, precision; also strictly:"
                + " a quote covering at least half of the gold content).")
final class EvalQuotesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--polnear", required = true, paramLabel = "DIR", description = "PolNeAR split folder (text/, attributions/).")
    Path dir;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
            description = "Also list the first N direct quotes missed, credited to the wrong speaker, or found with the right speaker"
                    + " but covering under half of the gold words (marked UNDER HALF): gold source, cue, predicted speaker.")
    int errors;

    @Option(names = "--perturb", paramLabel = "FORM", defaultValue = "none",
            description = "Rewrite each text (gold spans moved along) before finding quotes: none (default), straight (ASCII marks),"
                    + " single (British ‘…’), wrap (lines at 72 columns), crlf, nbsp (no-break spaces), joined (paragraphs in one block),"
                    + " singleascii (every mark and apostrophe as '), ptb (``…''), guillemets («…»), dash (— dialogue),"
                    + " sentlines (a sentence a line).")
    String perturb;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UserInputException(dir + ": not a PolNeAR folder");
        }
        TextPerturbation form;
        try {
            form = TextPerturbation.parse(perturb);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        QuoteEvaluation.Result r = new QuoteEvaluation(new NewsSentenceSplitter(), new StatisticalEntityRecognizer(EntityModels.loadDefault()),
                new RuleQuoteFinder()).evaluate(dir, form);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "documents %d  predicted %d  precision (content overlaps a gold attribution) %.3f%n",
                r.documents(), r.predicted(), r.precision());
        print(out, "all attributions", r.all());
        print(out, "direct speech", r.direct());
        print(out, "speech-verb cues", r.speechVerb());
        if (errors > 0) {
            out.println();
            out.println("direct speech, missed, wrong speaker or under half covered (document | gold source | cue | predicted speaker | content):");
            for (QuoteEvaluation.Miss m : r.directMisses().subList(0, Math.min(errors, r.directMisses().size()))) {
                out.printf(Locale.ROOT, "  %s | %s | %s | %s | %s%n", m.document(), m.goldSource(), m.cue(),
                        m.predictedSpeaker() == null ? "MISSED" : m.predictedSpeaker(), m.content());
            }
        }
        return 0;
    }

    private static void print(PrintWriter out, String label, QuoteEvaluation.Counts c) {
        out.printf(Locale.ROOT, "%-18s gold %5d  content found %.3f  speaker right (of found) %.3f"
                        + "  | half covered %.3f  speaker right %.3f  of all %.3f (%d)%n", label, c.gold(), c.contentRecall(),
                c.speakerAccuracy(), c.coveredRecall(), c.coveredSpeakerAccuracy(),
                c.gold() == 0 ? 0 : (double) c.coveredSpeakerRight() / c.gold(), c.coveredSpeakerRight());
    }
}
