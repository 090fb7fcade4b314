package dev.precis.ingest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When to read a feed next, from what its publisher said: the cache lifetime (Cache-Control max-age,
 * else Expires against Date) as a floor under the feed's interval, Retry-After after a 429 or 503, and
 * exponential backoff with jitter after failures. Pure functions; thread-safe.
 */
final class PollSchedule {

    /** The longest a failing feed waits between reads. */
    static final Duration MAX_BACKOFF = Duration.ofHours(24);
    /** Cache lifetimes and Retry-After values beyond this are taken as this (a week). */
    static final Duration MAX_WAIT = Duration.ofDays(7);

    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d{1,10})\"?", Pattern.CASE_INSENSITIVE);

    private PollSchedule() {
    }

    /** How long the answer may be cached: max-age, else Expires minus Date (or minus now); zero if neither. */
    static Duration cacheLifetime(Map<String, String> headers, Instant now) {
        String cc = headers.get("Cache-Control");
        if (cc != null) {
            Matcher m = MAX_AGE.matcher(cc);
            if (m.find()) {
                return cap(Duration.ofSeconds(Long.parseLong(m.group(1))));
            }
        }
        Optional<Instant> expires = httpDate(headers.get("Expires"));
        if (expires.isPresent()) {
            Instant base = httpDate(headers.get("Date")).orElse(now);
            Duration d = Duration.between(base, expires.get());
            return d.isNegative() ? Duration.ZERO : cap(d);
        }
        return Duration.ZERO;
    }

    /** Retry-After as seconds or an HTTP date; empty when absent or unreadable. */
    static Optional<Duration> retryAfter(Map<String, String> headers, Instant now) {
        String v = headers.get("Retry-After");
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        v = v.strip();
        if (v.matches("\\d{1,10}")) {
            return Optional.of(cap(Duration.ofSeconds(Long.parseLong(v))));
        }
        return httpDate(v).map(t -> {
            Duration d = Duration.between(now, t);
            return d.isNegative() ? Duration.ZERO : cap(d);
        });
    }

    /**
     * The wait after the {@code failures}-th consecutive failure: the interval doubled per failure
     * ({@code interval × 2^(failures-1)}, at most {@link #MAX_BACKOFF} or the interval if longer), then
     * jittered up to twice that ("equal jitter" over [d, 2d)), so feeds failing together spread out and
     * a failing feed is never read sooner than its interval.
     */
    static Duration backoff(Duration interval, int failures, RandomGenerator random) {
        Duration cap = interval.compareTo(MAX_BACKOFF) > 0 ? interval : MAX_BACKOFF;
        int doublings = Math.min(Math.max(failures - 1, 0), 20);
        Duration d = interval.multipliedBy(1L << doublings);
        if (d.compareTo(cap) > 0) {
            d = cap;
        }
        long ms = d.toMillis();
        return Duration.ofMillis(ms + (long) (random.nextDouble() * ms));
    }

    private static Duration cap(Duration d) {
        return d.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : d;
    }

    private static Optional<Instant> httpDate(String v) {
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(v.strip(), DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An instant as an HTTP date (If-Modified-Since is sent as the server wrote it, this is for tests). */
    static String format(Instant t) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atZone(java.time.ZoneOffset.UTC));
    }

    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})([smhd])");

    /** See {@link FeedPoller#parseDuration}. */
    static Optional<Duration> duration(String value) {
        Matcher m = DURATION.matcher(value == null ? "" : value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        });
    }

    /** See {@link FeedPoller#parseInterval}. */
    static Duration interval(String value) {
        Duration d = duration(value).orElseThrow(() -> new IllegalArgumentException(value + ": expected an interval like 30m, 2h or 1d"));
        if (d.compareTo(Duration.ofMinutes(1)) < 0 || d.compareTo(Duration.ofDays(30)) > 0) {
            throw new IllegalArgumentException(value + ": the interval must be between 1m and 30d");
        }
        return d;
    }
}
