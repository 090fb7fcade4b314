package dev.precis.cli;

import dev.precis.ingest.FolderWatch;
import dev.precis.ingest.IngestFailure;
import dev.precis.ingest.IngestReport;
import dev.precis.model.Counts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code precis watch --folder}'s looks: each folder's {@link FolderWatch} on one thread of its own, every
 * {@code every}, with a line per look that took files in. Closing waits for a look in progress.
 */
final class FolderLooks implements AutoCloseable {

    private final List<FolderWatch> watches = new ArrayList<>();
    private final List<Path> folders;
    private final PrintWriter out;
    private final PrintWriter err;
    private final ScheduledExecutorService thread;

    FolderLooks(List<Path> folders, Duration every, FolderWatch.Intake intake, PrintWriter out, PrintWriter err) {
        this.folders = List.copyOf(folders);
        this.out = out;
        this.err = err;
        for (Path f : folders) {
            watches.add(new FolderWatch(f, intake));
        }
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "precis-watch-folders");
            t.setDaemon(true);
            return t;
        });
        if (!watches.isEmpty()) {
            thread.scheduleWithFixedDelay(this::lookAll, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void lookAll() {
        for (int i = 0; i < watches.size(); i++) {
            try {
                IngestReport r = watches.get(i).look();
                if (r != null) {
                    out.println(line(folders.get(i), r));
                    for (IngestFailure f : r.failures()) {
                        out.println("  failed: " + f.origin() + ": " + f.reason());
                    }
                    // an empty file is passed over as 'precis ingest' passes it over, and said as it says it
                    for (String origin : r.withoutText()) {
                        out.println("  skipped: " + origin + ": no article text (empty or only markup)");
                    }
                    out.flush();
                }
            } catch (IOException | RuntimeException e) {
                // a look that failed (the folder removed, a disk error) is said and tried again at the next one
                err.println("precis watch: " + folders.get(i) + ": " + e.getMessage());
                err.flush();
            }
        }
    }

    /** "2026-12-06T01:20:00Z folder /srv/drop: 2 added, 0 duplicates, 1 failed" (", 1 without text" when one had none). */
    static String line(Path folder, IngestReport r) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS) + " folder " + folder + ": " + r.added() + " added, "
                + Counts.of(r.duplicates() + r.nearDuplicates(), "duplicate", "duplicates") + ", " + r.failures().size() + " failed"
                + (r.empty() > 0 ? ", " + r.empty() + " without text" : "");
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
