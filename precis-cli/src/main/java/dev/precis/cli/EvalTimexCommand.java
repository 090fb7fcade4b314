package dev.precis.cli;

import dev.precis.eval.timex.TimexEvaluation;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import dev.precis.nlp.time.RuleTimeResolver;
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

/** {@code precis eval timex --timeml DIR}: relaxed span F1 and value accuracy on TimeML documents. */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = "Time expressions against TimeML TIMEX3 (relaxed span F1, value accuracy).")
final class EvalTimexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--timeml", required = true, paramLabel = "DIR", description = "Folder of .tml files.")
    Path dir;

    @Option(names = "--errors", defaultValue = "0", description = "Print up to N errors: value mismatches and missed expressions.")
    int errors;

    @Option(names = "--no-dct", description = "Withhold the document creation time: the text must give its own anchor"
            + " (a dateline or an early full date), as plain text without a publication date does.")
    boolean noDct;

    @Option(names = "--wrap", defaultValue = "0", paramLabel = "COLUMNS",
            description = "Hard-wrap each text at COLUMNS first (spaces become line breaks; 0: as it is).")
    int wrap;

    @Override
    public Integer call() throws IOException {
        if (errors < 0 || wrap < 0) {
            throw new UserInputException((errors < 0 ? "--errors" : "--wrap") + " must be 0 or more, got " + (errors < 0 ? errors : wrap));
        }
        if (!Files.isDirectory(dir)) {
            throw new UserInputException(dir + ": not a folder of TimeML files");
        }
        TimexEvaluation.Result r;
        try {
            r = new TimexEvaluation(new RuleTimeResolver(), new NewsSentenceSplitter()).evaluate(dir, errors, !noDct, wrap);
        } catch (IOException e) {
            throw new UserInputException(InputFile.problemIn(e, dir, ".tml"), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        r.mismatches().forEach(out::println);
        out.printf(Locale.ROOT, "documents %d  gold %d  predicted %d  matched %d%n", r.documents(), r.gold(),
                r.predicted(), r.matched());
        out.printf(Locale.ROOT, "relaxed span  P %.3f  R %.3f  F1 %.3f%n", r.precision(), r.recall(), r.f1());
        out.printf(Locale.ROOT, "value accuracy (matched)  %.3f  (%d/%d)%n", r.valueAccuracy(), r.valueCorrect(),
                r.matched());
        return 0;
    }
}
