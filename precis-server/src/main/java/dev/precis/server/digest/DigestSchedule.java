package dev.precis.server.digest;

import dev.precis.store.Digest;
import dev.precis.store.DigestWindow;
import dev.precis.store.Library;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mails the last day's digest every day at a fixed UTC time, in a daemon thread of its own. A failed
 * send is logged and tried again at the next day's time. Thread-safe.
 */
public final class DigestSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DigestSchedule.class);

    private final Library library;
    private final DigestMail mail;
    private final LocalTime at;
    private final String base;
    private final Clock clock;
    private final Consumer<String> report;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "precis-digest-mail");
        t.setDaemon(true);
        return t;
    });

    public DigestSchedule(Library library, DigestMail mail, LocalTime at, String base, Clock clock, Consumer<String> report) {
        this.library = library;
        this.mail = mail;
        this.at = at;
        this.base = base;
        this.clock = clock;
        this.report = report;
    }

    /** The first send at or after {@code now} on the daily time {@code at} (UTC). */
    static Instant next(Instant now, LocalTime at) {
        ZonedDateTime today = now.atZone(ZoneOffset.UTC).with(at);
        return (today.toInstant().isBefore(now) ? today.plusDays(1) : today).toInstant();
    }

    /** Starts the daily schedule; returns when the first send happens. */
    public Instant start() {
        Instant first = next(clock.instant(), at);
        timer.schedule(this::sendAndReschedule, Duration.between(clock.instant(), first).toMillis(), TimeUnit.MILLISECONDS);
        return first;
    }

    private void sendAndReschedule() {
        try {
            Digest d = library.digest(DigestWindow.parse("24h", clock), 10);
            mail.send(d, base);
            report.accept("mailed the digest: " + d.stories().size() + " stories " + d.window().label());
        } catch (Exception e) {
            LOG.warn("the daily digest was not mailed: {}", e.getMessage());
        } finally {
            Instant now = clock.instant();
            Instant again = next(now.plusSeconds(60), at);
            if (!timer.isShutdown()) {
                timer.schedule(this::sendAndReschedule, Duration.between(now, again).toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
