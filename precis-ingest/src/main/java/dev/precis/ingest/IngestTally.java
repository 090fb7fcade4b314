package dev.precis.ingest;

import dev.precis.store.AddResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** One batch's counts, shared by the workers; reports progress as items are written. */
final class IngestTally {
    final int total;
    final long start;
    final AtomicInteger written = new AtomicInteger();
    final AtomicInteger added = new AtomicInteger();
    final AtomicInteger duplicates = new AtomicInteger();
    final AtomicInteger near = new AtomicInteger();
    /** Articles stored from their feed's text whose page this batch read ({@link dev.precis.store.Library#replaceText}). */
    final AtomicInteger refreshed = new AtomicInteger();
    final AtomicInteger empty = new AtomicInteger();
    final List<IngestFailure> failures = Collections.synchronizedList(new ArrayList<>());
    final List<String> withoutText = Collections.synchronizedList(new ArrayList<>());
    final List<String> notes = new ArrayList<>();
    private final Consumer<IngestProgress> listener;

    IngestTally(int total, long start, Consumer<IngestProgress> listener) {
        this.total = total;
        this.start = start;
        this.listener = listener;
    }

    /** The input of each article added, by its id (an index failure names its input). */
    final Map<Long, String> origins = new ConcurrentHashMap<>();
    /** The input of each article this load refreshed (a changed text of a stored article), by article id. */
    private final Map<Long, String> refreshedOrigins = new ConcurrentHashMap<>();

    void count(AddResult r, String origin) {
        switch (r.status()) {
            case ADDED -> {
                added.incrementAndGet();
                origins.put(r.articleId(), origin);
            }
            case DUPLICATE -> duplicates.incrementAndGet();
            case NEAR_DUPLICATE -> near.incrementAndGet();
            case REFRESHED -> {
                refreshed.incrementAndGet();
                refreshedOrigins.put(r.articleId(), origin);
            }
        }
    }

    /**
     * Article {@code id}, which the index refused, as its input's failure: an article this load added or refreshed is
     * moved from those counts and answered as its failure (for the caller to record); one it did not (an earlier article
     * whose story moved) is a note, and null is answered.
     */
    IngestFailure indexRefused(long id, String reason) {
        String origin = origins.get(id);
        if (origin != null) {
            added.decrementAndGet();
        } else if ((origin = refreshedOrigins.get(id)) != null) {
            refreshed.decrementAndGet();
        }
        if (origin != null) {
            return new IngestFailure(origin, reason);
        }
        notes.add(notThisLoad(id, reason));
        return null;
    }

    /** The one line naming an article another load added that the index refused (its story moved) during this one. */
    static String notThisLoad(long id, String reason) {
        return "article " + id + " (stored before this load): " + reason + "; it stays stored and in its story, and is searchable"
                + " after the library next opens";
    }

    void done() {
        int d = written.incrementAndGet();
        try {
            listener.accept(new IngestProgress(d, total, added.get(), failures.size(), System.nanoTime() - start));
        } catch (RuntimeException ignored) {
            // a broken progress display must not stop the batch
        }
    }

    /** The report's line on the articles refreshed from their page, or null when there were none. */
    String refreshedNote() {
        int n = refreshed.get();
        return n == 0 ? null : n + (n == 1 ? " article" : " articles") + " stored from the feed's own text refreshed from "
                + (n == 1 ? "its page" : "their pages");
    }

    IngestReport report(long nanos) {
        return new IngestReport(total, added.get(), duplicates.get(), near.get(), refreshed.get(), empty.get(), new ArrayList<>(failures),
                Duration.ofNanos(nanos), new ArrayList<>(withoutText), notes);
    }
}
