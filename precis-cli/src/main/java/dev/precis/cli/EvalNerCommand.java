package dev.precis.cli;

import dev.precis.encoder.MiniLmNames;
import dev.precis.encoder.MiniLmTokenVectors;
import dev.precis.eval.ner.ConllNerEvaluation;
import dev.precis.eval.ner.EntityScores;
import dev.precis.eval.ner.NerSuite;
import dev.precis.nlp.entity.ContextualNameLayer;
import dev.precis.nlp.entity.EntityModels;
import dev.precis.nlp.entity.StatisticalEntityRecognizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code precis eval ner --conll FILE}: entity-level exact-match precision, recall and F1 per type
 * (PER, ORG, LOC; MISC excluded) and overall, as the CoNLL scorer computes them.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Score named-entity recognition on a CoNLL-2003-style file, or on the cross-domain suite "
                + "(PER/ORG/LOC exact spans, MISC excluded).")
final class EvalNerCommand implements Callable<Integer> {

    @Option(names = "--conll", description = "CoNLL file (token ... tag per line)")
    Path conll;

    @Option(names = "--suite", description = "NER data folder (../shared/data/ner): one cross-domain table of "
            + "CoNLL testa (tuned on), CoNLL testb, GUM test split, UNER EWT test (reported), CrossNER politics "
            + "test (report-only, tuned on by rounds before names27)")
    Path suite;

    @Option(names = "--model", description = "name model from 'precis train ner' (default: the shipped one)")
    Path model;

    @Option(names = "--errors", description = "write missed (FN) and spurious (FP) entities to this file")
    Path errorsFile;

    @Option(names = "--raw", description = "detokenize each document into running text and analyse it as "
            + "'precis analyze' does (sentence splitter and tokenizer included); score exact character ranges")
    boolean raw;

    @Option(names = "--typographic", description = "as --raw, with curly quotes and apostrophes (“…”, Kenya’s)")
    boolean typographic;

    @Option(names = "--ner-encoder", paramLabel = "none|minilm", defaultValue = "none",
            description = "minilm: the opt-in path that also weighs MiniLM's contextual token vectors (as analyze --ner-encoder)")
    String nerEncoder;

    @Option(names = "--ner-layer", description = "with --ner-encoder minilm: a layer from 'precis train ner-layer' instead of the shipped one")
    Path layer;

    @Option(names = "--ner-layer-weight", description = "with --ner-layer: weight of its log-probabilities (default: the shipped path's)")
    Double layerWeight;

    @Override
    public Integer call() throws IOException {
        if ((conll == null) == (suite == null)) {
            throw new UserInputException("give either --conll FILE or --suite DIR");
        }
        if (suite != null) {
            InputFile.requireFolder(suite);
        }
        if (conll != null) {
            InputFile.require(conll);
        }
        if (model != null && !Files.isRegularFile(model)) {
            throw new UserInputException(model + ": no such model file");
        }
        EntityModels models = model == null ? EntityModels.loadDefault() : EntityModels.load(model);
        if (suite != null) {
            try {
                System.out.print(NerSuite.table(new NerSuite(recognizer(models), raw, typographic).evaluate(suite)));
            } catch (IOException e) {
                // the suite's sets have no common ending: any file under it may be the one
                throw new UserInputException(InputFile.problemIn(e, suite, ""), e);
            }
            return 0;
        }
        java.util.List<String> errors = new java.util.ArrayList<>();
        EntityScores scores;
        try {
            scores = new ConllNerEvaluation(recognizer(models), errors::add, raw, typographic).evaluate(conll);
        } catch (IOException e) {
            throw new UserInputException(InputFile.problem(e, conll), e);
        }
        if (errorsFile != null) {
            Files.write(errorsFile, errors);
        }
        System.out.print(scores.table());
        return 0;
    }

    private StatisticalEntityRecognizer recognizer(EntityModels models) throws IOException {
        if (nerEncoder.equals("none")) {
            if (layer != null) {
                throw new UserInputException("--ner-layer needs --ner-encoder minilm");
            }
            return new StatisticalEntityRecognizer(models);
        }
        if (!nerEncoder.equals("minilm")) {
            throw new UserInputException("--ner-encoder must be none or minilm, not " + nerEncoder);
        }
        if (layer == null) {
            return MiniLmNames.recognizer(models);
        }
        if (!Files.isRegularFile(layer)) {
            throw new UserInputException(layer + ": no such layer file");
        }
        try (InputStream in = Files.newInputStream(layer)) {
            return new StatisticalEntityRecognizer(models, MiniLmTokenVectors.load(), ContextualNameLayer.read(in),
                    layerWeight == null ? MiniLmNames.WEIGHT : layerWeight);
        }
    }
}
