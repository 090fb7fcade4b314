package dev.precis.pipeline;

import dev.precis.extract.ArticleExtractor;
import dev.precis.extract.ExtractionException;
import dev.precis.extract.HtmlArticleReader;
import dev.precis.model.Article;
import dev.precis.nlp.EntityRecognizer;
import dev.precis.nlp.entity.EntityModels;
import dev.precis.nlp.entity.StatisticalEntityRecognizer;
import java.time.Instant;
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

    private ShippedModels(boolean pages) {
        this.entities = CompletableFuture.supplyAsync(() -> new StatisticalEntityRecognizer(EntityModels.loadDefault()), OWN_THREAD);
        this.extractor = pages ? CompletableFuture.supplyAsync(ShippedModels::loadExtractor, OWN_THREAD)
                : CompletableFuture.completedFuture(new OnFirstPage());
        this.precis = CompletableFuture.supplyAsync(() -> Precis.builder().build(), OWN_THREAD);
    }

    /** Starts loading every model; returns at once. */
    public static ShippedModels loadInBackground() {
        return new ShippedModels(true);
    }

    /**
     * As {@link #loadInBackground()}, but when {@code pages} is false (the caller's inputs hold no web page, as far
     * as it can tell) the page extractor and its language model are not loaded in the background: the extractor
     * loads them on the first page it is given, if one comes (the pages then get the same articles, a little
     * later). A one-off ingest of plain-text files spent about 1% of its CPU on a language model it never used.
     */
    public static ShippedModels loadInBackground(boolean pages) {
        return new ShippedModels(pages);
    }

    /** Page extraction with language guessing (waits for the language model). */
    public ArticleExtractor extractor() {
        return await(extractor);
    }

    private static ArticleExtractor loadExtractor() {
        return HtmlArticleReader.withLanguageModel().extractor();
    }

    /** The shipped extractor, loaded by the first call that needs it (once; later calls wait for it). Thread-safe. */
    static final class OnFirstPage implements ArticleExtractor {

        private volatile ArticleExtractor loaded;

        ArticleExtractor loaded() {
            ArticleExtractor e = loaded;
            if (e == null) {
                synchronized (this) {
                    e = loaded;
                    if (e == null) {
                        e = loadExtractor();
                        loaded = e;
                    }
                }
            }
            return e;
        }

        /** Whether the extractor has been loaded (for tests). */
        boolean isLoaded() {
            return loaded != null;
        }

        @Override
        public Article extract(String html, String url) throws ExtractionException {
            return loaded().extract(html, url);
        }

        @Override
        public Article extractText(String html, String url) throws ExtractionException {
            return loaded().extractText(html, url);
        }

        @Override
        public Article extract(String html, String url, Instant fetchedAt) throws ExtractionException {
            return loaded().extract(html, url, fetchedAt);
        }

        @Override
        public Article extractText(String html, String url, Instant fetchedAt) throws ExtractionException {
            return loaded().extractText(html, url, fetchedAt);
        }
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
