package dev.precis.cli;

import dev.precis.eval.quotes.OffsetQuoteGold;
import dev.precis.eval.quotes.OffsetQuoteScore;
import dev.precis.eval.quotes.PagePath;
import dev.precis.eval.quotes.QuoteEvaluation;
import dev.precis.extract.HtmlArticleReader;
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
                + " a quote covering at least half of the gold content), or against an offsets-only gold set over a JSON-lines"
                + " file of articles (--gold with --jsonl): found, speaker right of found, right of all.")
final class EvalQuotesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--polnear", paramLabel = "DIR", description = "PolNeAR split folder (text/, attributions/).")
    Path dir;

    @Option(names = "--gold", paramLabel = "FILE",
            description = "Offsets-only quote gold (id, split, content, speaker mention and name spans; tab-separated), read with --jsonl.")
    Path gold;

    @Option(names = "--jsonl", paramLabel = "FILE", description = "The articles the --gold offsets point into: one {\"id\", \"text\"} object a line.")
    Path jsonl;

    @Option(names = "--split", paramLabel = "NAME", description = "With --gold: score only this split's quotes (e.g. tune, report); all by default.")
    String split;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
            description = "Also list the first N direct quotes missed, credited to the wrong speaker, or found with the right speaker"
                    + " but covering under half of the gold words (marked UNDER HALF): gold source, cue, predicted speaker.")
    int errors;

    @Option(names = "--perturb", paramLabel = "FORM", defaultValue = "none",
            description = "Rewrite each text (gold spans moved along) before finding quotes: none (default), straight (ASCII marks),"
                    + " single (British ‘…’), wrap (lines at 72 columns), crlf, nbsp (no-break spaces), joined (paragraphs in one block),"
                    + " singleascii (every mark and apostrophe as '), ptb (``…''), guillemets («…»), dash (— dialogue),"
                    + " sentlines (a sentence a line), lines (a paragraph a line, no blank lines), htmlesc (marks as &ldquo; &quot; …),"
                    + " lowhigh („…“), spaced (“ … ” with spaces inside the marks); or, --polnear only, through a page as a user saves it: pagehtml (a news page with blockquotes,"
                    + " a pull quote and site chrome, extracted first), pagebr (<br><br> paragraphs), pagetext (a text file with headline,"
                    + " byline and date lines), pagemixed (that file with CRLF, no-break spaces and mixed marks), pagelines (a paragraph a line,"
                    + " no blank lines), pagerich (the page with linked names, ad slots, a figure and a read-more link).")
    String perturb;

    @Override
    public Integer call() throws IOException {
        if ((dir == null) == (gold == null)) {
            throw new UserInputException("give either --polnear DIR or --gold FILE --jsonl FILE");
        }
        if (gold != null) {
            return scoreGold();
        }
        if (!Files.isDirectory(dir)) {
            throw new UserInputException(dir + ": not a PolNeAR folder");
        }
        QuoteEvaluation evaluation = new QuoteEvaluation(new NewsSentenceSplitter(),
                new StatisticalEntityRecognizer(EntityModels.loadDefault()), new RuleQuoteFinder());
        QuoteEvaluation.Result r;
        try {
            if (PagePath.names(perturb)) {
                PagePath path = PagePath.parse(perturb);
                HtmlArticleReader reader = HtmlArticleReader.withLanguageModel();
                r = evaluation.evaluate(dir, (text, n) -> path.analysed(text, n, reader));
            } else {
                r = evaluation.evaluate(dir, perturbation());
            }
        } catch (IOException e) {
            throw new UserInputException(InputFile.problemIn(e, dir, ".txt", ".ann"), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "documents %d  predicted %d  precision (content overlaps a gold attribution) %.3f%n",
                r.documents(), r.predicted(), r.precision());
        print(out, "all attributions", r.all());
        print(out, "direct speech", r.direct());
        print(out, "speech-verb cues", r.speechVerb());
        print(out, "direct, '' marks too", r.directOrTwoMarks());
        if (PagePath.names(perturb)) {
            out.printf(Locale.ROOT, "direct speech whose words are not in the analysed text: %d%n", r.directLost());
        }
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

    private TextPerturbation perturbation() {
        try {
            return TextPerturbation.parse(perturb);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage() + ", pagehtml, pagebr, pagetext, pagemixed, pagelines, pagerich");
        }
    }

    private int scoreGold() throws IOException {
        if (jsonl == null) {
            throw new UserInputException("--gold needs --jsonl FILE, the articles its offsets point into");
        }
        for (Path p : new Path[] {gold, jsonl}) {
            InputFile.require(p);
        }
        if (errors > 0 && split != null && split.startsWith("report")) {
            // a report split is read for its figures only; its misses are not to be looked at
            throw new UserInputException("--errors is refused with --split " + split + ": read a report split's figures only");
        }
        OffsetQuoteGold set;
        try {
            set = OffsetQuoteGold.read(gold, jsonl, split);
        } catch (IOException e) {
            throw new UserInputException(InputFile.problem(e, gold, jsonl), e);
        }
        if (PagePath.names(perturb)) {
            throw new UserInputException("--perturb " + perturb + " is for --polnear only; --gold takes the text forms");
        }
        set = set.perturbed(perturbation());
        OffsetQuoteScore.Result r = new OffsetQuoteScore(new NewsSentenceSplitter(),
                new StatisticalEntityRecognizer(EntityModels.loadDefault()), new RuleQuoteFinder()).score(set);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "documents %d  direct quotes %d%n", r.documents(), r.gold());
        out.printf(Locale.ROOT, "found (half the words) %.3f (%d)  speaker right of found %.3f  right of all %.3f (%d)%n",
                r.foundRate(), r.found(), r.speakerRightOfFound(), r.speakerRightOfAll(), r.speakerRight());
        if (errors > 0) {
            out.println();
            out.println("missed or wrong speaker (document | gold speaker | predicted speaker | content):");
            for (OffsetQuoteScore.Miss m : r.misses().subList(0, Math.min(errors, r.misses().size()))) {
                out.printf(Locale.ROOT, "  %s | %s | %s | %s%n", m.document(), m.goldName(),
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
