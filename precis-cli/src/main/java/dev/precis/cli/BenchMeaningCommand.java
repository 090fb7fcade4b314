package dev.precis.cli;

import dev.precis.encoder.MeaningVectors;
import dev.precis.model.Article;
import dev.precis.nlp.ModelLoadException;
import dev.precis.nlp.encoder.SentenceEncoder;
import dev.precis.pipeline.Precis;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis bench meaning}: the encoder's own cost in an ingest, articles/s single-threaded for
 * the meaning vector of a headline and its first two sentences (split beforehand, not timed).
 */
@Command(name = "meaning", mixinStandardHelpOptions = true,
        description = "Articles/s for the meaning vector (headline and two sentences) over the BBC articles, one thread.")
final class BenchMeaningCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BbcBenchOptions input;

    @Option(names = "--meaning-encoder", paramLabel = "NAME", split = ",", defaultValue = "static,minilm",
            description = "Encoders to time, static and/or minilm (default ${DEFAULT-VALUE}).")
    List<String> encoders;

    @Override
    public Integer call() {
        List<SentenceEncoder> chosen = new ArrayList<>();
        for (String name : encoders) {
            try {
                chosen.add(MeaningVectors.encoder(name).get());
            } catch (IllegalArgumentException | ModelLoadException e) {
                throw new UserInputException("--meaning-encoder: " + e.getMessage());
            }
        }
        List<Article> articles = input.articles();
        Precis precis = Precis.builder().build();
        List<String> texts = new ArrayList<>(articles.size());
        for (Article a : articles) {
            texts.add(MeaningVectors.headlineAndLead(precis.sentences(a)));
        }
        double[] sink = new double[1];
        for (int i = 0; i < chosen.size(); i++) {
            SentenceEncoder e = chosen.get(i);
            Throughput.Result r = Throughput.measure(texts, t -> sink[0] += e.encode(List.of(t))[0][0], input.warmup, input.seconds);
            spec.commandLine().getOut().printf("meaning vectors (%s, %d dimensions), %d BBC articles, 1 thread: %s%n",
                    encoders.get(i), e.dimension(), texts.size(), r.describe("articles"));
        }
        return Double.isNaN(sink[0]) ? 1 : 0;
    }
}
