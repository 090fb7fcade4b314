package dev.precis.server.digest;

import dev.precis.model.Counts;
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

    /**
     * Runs a task at an instant: the server's waits in a daemon thread on the real clock; a test's runs
     * the tasks as its own clock passes their time, so a day takes no time.
     */
    public interface Timer extends AutoCloseable {

        /** Runs {@code task} once at {@code when} (at once when that has passed); ignored after {@link #close()}. */
        void at(Instant when, Runnable task);

        @Override
        void close();

        /** A timer in a daemon thread named {@code precis-digest-mail}, waiting by {@code clock}. */
        static Timer system(Clock clock) {
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "precis-digest-mail");
                t.setDaemon(true);
                return t;
            });
            return new Timer() {
                @Override
                public void at(Instant when, Runnable task) {
                    long delay = Math.max(0, Duration.between(clock.instant(), when).toMillis());
                    try {
                        timer.schedule(task, delay, TimeUnit.MILLISECONDS);
                    } catch (java.util.concurrent.RejectedExecutionException e) {
                        // closed: the server is stopping
                    }
                }

                @Override
                public void close() {
                    timer.shutdownNow();
                }
            };
        }
    }

    private final Library library;
    private final DigestMail mail;
    private final LocalTime at;
    private final DigestLinks links;
    private final Clock clock;
    private final Timer timer;
    private final Consumer<String> report;
    private volatile boolean closed;

    /** A schedule on the real time of {@code clock}. */
    public DigestSchedule(Library library, DigestMail mail, LocalTime at, DigestLinks links, Clock clock, Consumer<String> report) {
        this(library, mail, at, links, clock, Timer.system(clock), report);
    }

    /**
     * @param library where the digest comes from
     * @param mail where it goes
     * @param at the daily time (UTC)
     * @param links where the mail's links lead
     * @param clock what "now" is (the digest's window ends then)
     * @param timer runs the sends at their time by {@code clock} (closed with this schedule)
     * @param report told of each digest mailed (failures go to the log as one line)
     */
    public DigestSchedule(Library library, DigestMail mail, LocalTime at, DigestLinks links, Clock clock, Timer timer, Consumer<String> report) {
        this.library = library;
        this.mail = mail;
        this.at = at;
        this.links = links;
        this.clock = clock;
        this.timer = timer;
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
        timer.at(first, this::sendAndReschedule);
        return first;
    }

    private void sendAndReschedule() {
        try {
            Digest d = library.digest(DigestWindow.parse("24h", clock), 10);
            mail.send(d, links);
            report.accept("mailed the digest: " + Counts.of(d.stories().size(), "story", "stories") + " " + d.window().label());
        } catch (Exception e) {
            LOG.warn("the daily digest was not mailed: {}", e.getMessage());
        } finally {
            if (!closed) {
                // a minute on, so a send that took no time is not repeated for the same day
                timer.at(next(clock.instant().plusSeconds(60), at), this::sendAndReschedule);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        timer.close();
    }
}
