package dev.precis.cli;

import dev.precis.eval.seeds.SeedEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code precis eval seeds GOLD.json}: entities, quotes and times of the seed articles against the gold. */
@Command(name = "seeds", mixinStandardHelpOptions = true,
        description = "Analysis of the seed articles against gold/seeds.json (seed files read from ../seeds).")
final class EvalSeedsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "GOLD", description = "gold/seeds.json")
    Path gold;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(gold)) {
            throw new UserInputException(gold + ": no such gold file");
        }
        SeedEvaluation.Result r;
        try {
            r = new SeedEvaluation(AnalyzeCommand.analyzer()).evaluate(gold);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // Jackson's own message names its Java settings ("StreamReadFeature…") where the file should be
            throw new UserInputException(gold + ": not JSON (" + e.getOriginalMessage() + ")", e);
        }
        PrintWriter out = spec.commandLine().getOut();
        r.lines().forEach(out::println);
        out.printf(Locale.ROOT, "quotes with right speaker %d/%d  times right %d/%d  entities found %d/%d%n",
                r.quotesRight(), r.quotes(), r.timesRight(), r.times(), r.entitiesRight(), r.entities());
        return 0;
    }
}
