package dev.precis.cli;

import dev.precis.extract.InternalAllowList;
import dev.precis.ingest.FeedPoller;
import dev.precis.ingest.Ingester;
import dev.precis.nlp.quote.RuleQuoteFinder;
import dev.precis.nlp.time.RuleTimeResolver;
import dev.precis.pipeline.ShippedModels;
import dev.precis.store.Library;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How feeds are read: politeness limits and the (unsafe, off by default) internal addresses allowed. */
final class PollOptions {

    @Option(names = "--concurrency", defaultValue = "4", description = "Feeds read at once at most (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--host-gap", defaultValue = "2s", paramLabel = "DURATION",
            description = "Least time between two requests to one host (default ${DEFAULT-VALUE}).")
    String hostGap;

    @Option(names = "--fetch-timeout", defaultValue = "30", description = "Seconds a feed or page fetch may take (default ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--max-new-items", defaultValue = "100",
            description = "New items taken from one read of a feed (default ${DEFAULT-VALUE}); the rest at the next reads.")
    int maxNewItems;

    /**
     * The option's name and its help, the same wherever URLs are fetched ({@code feeds poll}, {@code watch}, {@code ingest},
     * and {@code serve}, where it also lets {@code POST /api/ingest} and {@code POST /api/articles} read those addresses).
     */
    static final String UNSAFE_INTERNAL = dev.precis.server.ArticleIntake.UNSAFE_OPTION;
    static final String UNSAFE_INTERNAL_HELP = "Also read feeds and pages (with serve: the API's ingest too) from this loopback or private address or block (repeatable; for tests"
            + " and private networks only: it opens the fetcher to internal services).";

    @Option(names = UNSAFE_INTERNAL, paramLabel = "IP_OR_CIDR", description = UNSAFE_INTERNAL_HELP)
    List<String> unsafeInternal = new ArrayList<>();

    /** {@code 90s}, {@code 30m}, {@code 2h}, {@code 1d}. */
    static Duration duration(String option, String value) {
        return FeedPoller.parseDuration(value).orElseThrow(
                () -> new UserInputException(option + " " + value + ": expected a duration like 90s, 30m, 2h or 1d"));
    }

    InternalAllowList allowList() {
        return allowList(unsafeInternal);
    }

    /** The option's values as an allow list; a bad one is the user's error, naming the option. */
    static InternalAllowList allowList(List<String> values) {
        try {
            return InternalAllowList.parse(values);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(UNSAFE_INTERNAL + ": " + e.getMessage());
        }
    }

    /** Fails naming the first option out of range; returns the host gap. */
    Duration check() {
        if (concurrency < 1 || concurrency > 64) {
            throw new UserInputException("--concurrency must be 1..64, got " + concurrency);
        }
        if (timeout < 1) {
            throw new UserInputException("--fetch-timeout must be at least 1 second, got " + timeout);
        }
        if (maxNewItems < 1) {
            throw new UserInputException("--max-new-items must be at least 1, got " + maxNewItems);
        }
        return duration("--host-gap", hostGap);
    }

    /** A poller over the library with the shipped models (loaded once). */
    FeedPoller poller(Library lib, ShippedModels models) {
        Duration gap = check();
        Ingester ingester = Ingester.builder(lib, models.precis())
                .extractor(models.extractor())
                .entities(models.entities())
                .quotes(new RuleQuoteFinder())
                .times(new RuleTimeResolver())
                .threads(1)
                .build();
        return FeedPoller.builder(ingester).concurrency(concurrency).hostGap(gap).fetchTimeout(Duration.ofSeconds(timeout))
                .maxNewItems(maxNewItems).unsafeAllowInternalAddresses(allowList())
                .userAgent(FeedPoller.defaultUserAgent()).build();
    }
}
