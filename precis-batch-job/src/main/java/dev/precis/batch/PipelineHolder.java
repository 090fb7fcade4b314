package dev.precis.batch;

import dev.precis.encoder.MeaningVectors;
import dev.precis.extract.DensityArticleExtractor;
import dev.precis.extract.HtmlArticleReader;
import dev.precis.nlp.analysis.Analyzer;
import dev.precis.pipeline.Precis;

/**
 * The one pipeline of an executor JVM. Spark runs many tasks in one executor, each a partition, in
 * parallel threads; loading the models (extractor's language model, sentence splitter, entity model,
 * summary model; the sentence encoder, on the first article that asks for a meaning vector) per task would
 * cost seconds each. The first task to ask builds the
 * {@link ArticleProcessor}; every later task of the same job in that JVM shares it (the components are
 * immutable and thread-safe). Lives only in precis-batch: the single-JVM commands build their pipeline
 * once in {@code main} instead. Thread-safe (initialisation-on-demand holder idiom).
 */
public final class PipelineHolder {

    private PipelineHolder() {
    }

    private static final class Loaded {
        static final ArticleProcessor PROCESSOR = load();
    }

    /** How many times this JVM has loaded the models (1 once loaded; tests check it is never more). */
    static volatile int loads;

    private static ArticleProcessor load() {
        quietDjl();
        DensityArticleExtractor extractor = HtmlArticleReader.withLanguageModel().extractor();
        Analyzer analyzer = Analyzer.loadDefault();
        Precis precis = Precis.builder().build();
        loads++;
        return new ArticleProcessor(extractor, analyzer, precis, new MeaningVectors());
    }

    /**
     * The sentence encoder's tokenizer library (DJL) looks for a GPU when it loads and warns when it finds
     * none ("Failed to detect GPU count"), which on a CPU cluster is no news; the CLI turns DJL's logging
     * down to errors, and so does the job, through Spark's own Log4j 2 (a cluster whose logging is set up
     * otherwise keeps the warning).
     */
    private static void quietDjl() {
        try {
            org.apache.logging.log4j.core.config.Configurator.setLevel("ai.djl", org.apache.logging.log4j.Level.ERROR);
        } catch (LinkageError | RuntimeException e) {
            // no Log4j 2 core on this executor's class path: the warning stays, nothing else changes
        }
    }

    /** This JVM's processor, loaded by the first caller. */
    public static ArticleProcessor processor() {
        return Loaded.PROCESSOR;
    }
}
