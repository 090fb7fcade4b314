package dev.precis.ingest;

import dev.precis.extract.ExtractionException;
import dev.precis.extract.PageDecoder;
import dev.precis.extract.SafeFetcher;
import dev.precis.store.AddResult;
import dev.precis.store.Feed;
import dev.precis.store.Library;
import dev.precis.store.Subscriptions;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * Stores the new items of a feed's read for {@link FeedPoller}: an item handled before, or whose link
 * the library already has, is skipped without fetching its page; each stored item is recorded as handled
 * in the transaction that commits its article, so a read cut short resumes where it stopped; at most
 * {@code maxNewItems} items a read. An item's failure is recorded on the item, never the feed's.
 */
final class FeedItems {

    /** A page fetched politely: through the poller's host gate, interruptible by its stop. */
    interface Pages {
        SafeFetcher.Page fetch(String url) throws Exception;
    }

    /** What one read stored; {@code complete} is false when the limit left items for the next read. */
    static final class Counts {
        int added;
        int known;
        int failed;
        int pages;
        /** Items stored from the feed's own text because their page could not be fetched. */
        int fromFeedText;
        boolean complete = true;

        /** One line for the read's summary, or null when every item was read from its page or the feed as usual. */
        String feedTextNote() {
            return fromFeedText == 0 ? null : fromFeedText + (fromFeedText == 1 ? " item" : " items")
                    + " stored from the feed's own text: " + (fromFeedText == 1 ? "its page" : "their pages") + " could not be fetched";
        }
    }

    private final Ingester ingester;
    private final Library library;
    private final Subscriptions subs;
    private final PollClock clock;
    private final int maxNewItems;
    private final Pages pages;
    private final BooleanSupplier stopping;

    FeedItems(Ingester ingester, PollClock clock, int maxNewItems, Pages pages, BooleanSupplier stopping) {
        this.ingester = ingester;
        this.library = ingester.library();
        this.subs = library.subscriptions();
        this.clock = clock;
        this.maxNewItems = maxNewItems;
        this.pages = pages;
        this.stopping = stopping;
    }

    /** Stores the new items of one read of {@code feed}, up to the limit; stops between items when the poller stops. */
    Counts store(Feed feed, FeedParser.Document doc) throws IOException {
        Counts out = new Counts();
        String source = doc.title() != null ? doc.title() : feed.title() != null ? feed.title() : HostGate.hostOf(feed.url());
        int handled = 0;
        for (FeedParser.Item item : doc.items()) {
            if (stopping.getAsBoolean()) {
                throw stopped(); // the validators stay unstored: the next read sees the rest
            }
            if (subs.seen(item.key())) {
                continue;
            }
            if (item.link() != null && library.hasUrl(item.link())) {
                subs.remember(feed.id(), item.key(), null, "KNOWN", clock.now());
                out.known++;
                continue;
            }
            if (handled++ >= maxNewItems) {
                out.complete = false;
                break;
            }
            String origin = item.link() != null ? item.link() : feed.url() + "#" + (item.title() == null ? "item" : item.title());
            try {
                RawDocument raw = document(item, out);
                AddResult r = ingester.ingestDocument(raw, source, origin);
                if (r == null) {
                    library.logFailure(origin, "no article text");
                    subs.remember(feed.id(), item.key(), null, "EMPTY", clock.now());
                    out.failed++;
                } else {
                    // commits the article and this record in one transaction; one stored from the feed's text is marked,
                    // so that the next reads ask for its page again (FeedTextPages)
                    boolean added = r.status() == AddResult.Status.ADDED;
                    String status = added && raw.textNote() != null ? Subscriptions.FEED_TEXT : r.status().name();
                    subs.remember(feed.id(), item.key(), added ? r.articleId() : null, status, clock.now());
                    if (r.status() == AddResult.Status.ADDED) {
                        out.added++;
                    } else {
                        out.known++;
                    }
                }
            } catch (InterruptedException e) {
                throw stopped();
            } catch (Exception | StackOverflowError e) {
                if (stopping.getAsBoolean()) {
                    throw stopped(); // an interrupted fetch: the item is read again next time, not marked failed
                }
                library.logFailure(origin, IngestSources.message(e));
                subs.remember(feed.id(), item.key(), null, "FAILED", clock.now());
                out.failed++;
            }
        }
        return out;
    }

    /** The item's own text when it is long enough or has no page, else its page (fetched politely). */
    private RawDocument document(FeedParser.Item item, Counts out) throws Exception {
        String link = item.link();
        String content = item.content() == null ? "" : item.content();
        if (content.split("\\s+").length >= 80 || link == null || !link.matches("(?i)https?://.*")) {
            return new RawDocument(item.asPage(), true, link, item.title(), item.published(), item.key());
        }
        out.pages++;
        String html;
        try {
            SafeFetcher.Page page = pages.fetch(link);
            try {
                html = PageDecoder.decode(page.bytes(), page.contentType());
            } catch (ExtractionException e) {
                throw new IOException(link + ": " + e.getMessage());
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            if (stopping.getAsBoolean() || !FeedText.usable(content)) {
                throw e;
            }
            // the feed's own paragraph is an article text: better than nothing, and said so (log and summary)
            String problem = FeedText.problem(link, IngestSources.message(e));
            library.logFailure(link, FeedText.fallbackNote(problem));
            out.fromFeedText++;
            return FeedText.fromFeed(item, problem);
        }
        return new RawDocument(html, true, link, item.title(), item.published(), item.key());
    }

    static IOException stopped() {
        return new IOException("polling stopped");
    }
}
