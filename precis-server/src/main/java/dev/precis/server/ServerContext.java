package dev.precis.server;

import dev.precis.pipeline.Precis;
import dev.precis.pipeline.ShippedModels;
import dev.precis.store.Library;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What request handlers share: the open library, the summarizing pipeline, the configuration, the
 * security checks, the cached summaries and the article intake. Every part is thread-safe; so is this holder.
 *
 * <pre>{@code
 * ServerContext context = new ServerContext(library, Precis.builder().build(), config);
 * Javalin app = PrecisServer.create(context).start(config.host(), config.port());
 * }</pre>
 */
public final class ServerContext {

    private final Library library;
    private final Precis precis;
    private final ServerConfig config;
    private final Security security;
    private final Summaries summaries;
    private final Supplier<ArticleIntake> intakeFactory;
    private volatile ArticleIntake intake;
    private volatile boolean polling;
    private volatile FeedPolls feedPolls;

    /**
     * A context whose intake uses the shipped models (loaded at the first article added, so reading-only
     * uses and tests pay nothing for them).
     *
     * @param library the library being served (owned by the caller, who closes it)
     * @param precis the pipeline that summarizes stored articles at the requested length
     * @param config listening and security settings
     */
    public ServerContext(Library library, Precis precis, ServerConfig config) {
        this(library, precis, config, () -> ArticleIntake.builder(library, precis).withShippedModels(ShippedModels.loadInBackground()).build());
    }

    /** A context with the given intake (tests, custom stages). */
    public ServerContext(Library library, Precis precis, ServerConfig config, ArticleIntake intake) {
        this(library, precis, config, () -> intake);
        Objects.requireNonNull(intake, "intake");
    }

    private ServerContext(Library library, Precis precis, ServerConfig config, Supplier<ArticleIntake> intakeFactory) {
        this.library = Objects.requireNonNull(library, "library");
        this.precis = Objects.requireNonNull(precis, "precis");
        this.config = Objects.requireNonNull(config, "config");
        this.security = new Security(config);
        this.summaries = new Summaries(library, precis, 16_384, 1_024);
        this.intakeFactory = intakeFactory;
    }

    /** True when this server reads the subscriptions on their schedules (shown on the reader's feeds page). */
    public boolean polling() {
        return polling;
    }

    /** Records whether the server polls the subscriptions (set by whoever starts the polling). */
    public void polling(boolean value) {
        this.polling = value;
    }

    /** "Poll now" for the API, or empty when this server has no feed poller. */
    public java.util.Optional<FeedPolls> feedPolls() {
        return java.util.Optional.ofNullable(feedPolls);
    }

    /** Lets the API read feeds now, on the poller its schedule uses (set by whoever starts the server; owned by them). */
    public void feedPolls(FeedPolls value) {
        this.feedPolls = value;
    }

    public Library library() {
        return library;
    }

    public Precis precis() {
        return precis;
    }

    public ServerConfig config() {
        return config;
    }

    public Security security() {
        return security;
    }

    /** Summaries of stored articles at any length, cached. */
    public Summaries summaries() {
        return summaries;
    }

    /** Adds articles (pasted text, URL, batches); built on first use. */
    public ArticleIntake intake() {
        ArticleIntake i = intake;
        if (i == null) {
            synchronized (this) {
                i = intake;
                if (i == null) {
                    i = intakeFactory.get();
                    intake = i;
                }
            }
        }
        return i;
    }
}
