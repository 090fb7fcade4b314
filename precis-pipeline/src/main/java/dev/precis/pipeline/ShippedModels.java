package dev.precis.pipeline;

import dev.precis.extract.ArticleExtractor;
import dev.precis.extract.HtmlArticleReader;
import dev.precis.nlp.EntityRecognizer;
import dev.precis.nlp.entity.EntityModels;
import dev.precis.nlp.entity.StatisticalEntityRecognizer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The shipped models that take a noticeable time to load — the page extractor's language guesser, the
 * entity models (tokenizer, name model flattened for tagging, gazetteer) and the summary model — each
 * loading on a thread of its own from the moment this object is created. A command starts them first and
 * opens its library meanwhile (schema check with Flyway, about as long as the slowest model), so it waits
 * for the slowest part rather than for the sum: about a second less before the first article on 2 cores.
 * The getters wait for their model; a model that cannot be loaded throws its
 * {@link dev.precis.nlp.ModelLoadException} from the getter, on the caller's thread. Thread-safe.
 *
 * <pre>{@code
 * ShippedModels models = ShippedModels.loadInBackground();
 * try (Library library = Library.open(config)) {
 *     Ingester ingester = Ingester.builder(library, models.precis()).extractor(models.extractor())
 *             .entities(models.entities())...
 * }
 * }</pre>
 */
public final class ShippedModels {

    /** One short-lived daemon thread per model: the common pool has a single thread on 2 cores. */
    private static final Executor OWN_THREAD = task -> {
        Thread t = new Thread(task, "precis-model-load");
        t.setDaemon(true);
        t.start();
    };

    private final CompletableFuture<ArticleExtractor> extractor;
    private final CompletableFuture<EntityRecognizer> entities;
    private final CompletableFuture<Precis> precis;

    private ShippedModels() {
        this.entities = CompletableFuture.supplyAsync(() -> new StatisticalEntityRecognizer(EntityModels.loadDefault()), OWN_THREAD);
        this.extractor = CompletableFuture.supplyAsync(() -> HtmlArticleReader.withLanguageModel().extractor(), OWN_THREAD);
        this.precis = CompletableFuture.supplyAsync(() -> Precis.builder().build(), OWN_THREAD);
    }

    /** Starts loading every model; returns at once. */
    public static ShippedModels loadInBackground() {
        return new ShippedModels();
    }

    /** Page extraction with language guessing (waits for the language model). */
    public ArticleExtractor extractor() {
        return await(extractor);
    }

    /** The statistical entity recognizer over the shipped models (waits for them). */
    public EntityRecognizer entities() {
        return await(entities);
    }

    /** The facade with the shipped sentence splitter and summarizer (waits for the summary model). */
    public Precis precis() {
        return await(precis);
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            // rethrow what the loader threw, so callers see the same exception as from a direct load
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
