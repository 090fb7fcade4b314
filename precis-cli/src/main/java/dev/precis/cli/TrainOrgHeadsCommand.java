package dev.precis.cli;

import dev.precis.nlp.entity.NerCorpusReader;
import dev.precis.nlp.entity.OrganisationHeads;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.NameSample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code precis train org-heads --data DIR_OR_FILE... --output FILE}: the organisation head-word list the
 * name model uses as a feature (the shipped {@code gazetteer/organisation-heads.txt} is this command's
 * output on the training corpora of the shipped model).
 */
@Command(name = "org-heads", mixinStandardHelpOptions = true,
        description = "Derive the organisation head-word list (words closing organisation names) from NER training data.")
final class TrainOrgHeadsCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, split = ",", description = "training files or folders")
    List<Path> data;

    @Option(names = "--output", required = true, description = "list file to write")
    Path output;

    @Override
    public Integer call() throws IOException {
        List<NameSample> samples = TrainNerCommand.readSamples(new NerCorpusReader(false, true), data);
        List<String> names = new ArrayList<>();
        for (Path p : data) {
            names.add(p.getParent() == null ? p.toString() : p.getParent().getFileName() + "/" + p.getFileName());
        }
        if (samples.stream().noneMatch(s -> java.util.Arrays.stream(s.getNames()).anyMatch(n -> n.getType().equals("organization")))) {
            throw new UserInputException("no organisation names in " + data + " (expected labelled NER training data)");
        }
        int n = OrganisationHeads.write(samples, String.join(", ", names), output);
        System.err.println("precis: wrote " + n + " organisation head words to " + output);
        return 0;
    }
}
