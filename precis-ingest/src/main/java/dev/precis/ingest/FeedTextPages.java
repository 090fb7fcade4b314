package dev.precis.ingest;

import dev.precis.extract.PageDecoder;
import dev.precis.extract.SafeFetcher;
import dev.precis.store.AddResult;
import dev.precis.store.Feed;
import dev.precis.store.Library;
import dev.precis.store.LibraryEntry;
import dev.precis.store.Subscriptions;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * Asks again for the pages of a feed's items stored from the feed's own text ({@link Subscriptions#FEED_TEXT}) at
 * each read of the feed, before its new items: at most {@link #PER_READ} of them a read and {@link #MAX_ATTEMPTS}
 * requests an item, so a page that never comes stops being asked for. A page that loads is read and analysed as a
 * new item's page is, and replaces the stored text ({@link Library#replaceText}: the article keeps its id, its note
 * goes; the ingestion log says REFRESHED). A page that copies another stored article is not taken, and not asked for
 * again. A page that fails (an error, no article text) counts as an attempt and the feed's text stays.
 */
final class FeedTextPages {

    /** Requests for one item's page at most, one per read of its feed. */
    static final int MAX_ATTEMPTS = 3;
    /** Items whose page is asked for again in one read of a feed at most (each costs a request to the publisher). */
    static final int PER_READ = 3;

    private final Ingester ingester;
    private final Library library;
    private final Subscriptions subs;
    private final FeedItems.Pages pages;
    private final BooleanSupplier stopping;

    FeedTextPages(Ingester ingester, FeedItems.Pages pages, BooleanSupplier stopping) {
        this.ingester = ingester;
        this.library = ingester.library();
        this.subs = library.subscriptions();
        this.pages = pages;
        this.stopping = stopping;
    }

    /** What one read's requests for pages again did: pages asked for, and items refreshed from them. */
    record Retried(int pages, int refreshed) {
    }

    /** Asks again for the pages of up to {@link #PER_READ} of the feed's items stored from its text. */
    Retried retry(Feed feed) throws IOException {
        int pages = 0;
        int refreshed = 0;
        for (Subscriptions.FeedTextItem item : subs.feedTextItems(feed.id(), MAX_ATTEMPTS, PER_READ)) {
            pages++;
            String status = Subscriptions.FEED_TEXT;
            try {
                LibraryEntry entry = reread(item);
                if (entry != null) {
                    status = library.replaceText(item.articleId(), entry).status().name();
                }
            } catch (InterruptedException e) {
                throw FeedItems.stopped();
            } catch (Exception | StackOverflowError e) {
                if (stopping.getAsBoolean()) {
                    throw FeedItems.stopped(); // an interrupted fetch is no attempt
                }
            }
            subs.attempted(feed.id(), item.storedKey(), status);
            if (status.equals(AddResult.Status.REFRESHED.name())) {
                refreshed++;
            }
        }
        return new Retried(pages, refreshed);
    }

    /** The read's warning (may be null) with the line on the items refreshed from their page, when there were any. */
    static String withNote(String warning, int refreshed) {
        if (refreshed == 0) {
            return warning;
        }
        String note = refreshed + (refreshed == 1 ? " item" : " items") + " stored from the feed's text refreshed from "
                + (refreshed == 1 ? "its page" : "their pages");
        return warning == null ? note : warning + "; " + note;
    }

    /** The item's page fetched and analysed; null when it holds no article text. */
    private LibraryEntry reread(Subscriptions.FeedTextItem item) throws Exception {
        SafeFetcher.Page page = pages.fetch(item.url());
        String html = PageDecoder.decode(page.bytes(), page.contentType());
        RawDocument raw = new RawDocument(html, true, item.url(), item.title(), item.published(), item.extId());
        return ingester.reread(raw, item.source(), item.origin());
    }
}
