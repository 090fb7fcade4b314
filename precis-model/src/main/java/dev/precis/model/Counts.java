package dev.precis.model;

/**
 * Writes a count with its noun in agreement ("1 story", "3 stories", "0 stories"), so every message that
 * reports how many of something (the digest mail's subject, the CLI's summary lines, the schedule's log)
 * reads as English. Stateless.
 */
public final class Counts {

    private Counts() {
    }

    /** {@code n} followed by {@code one} when {@code n} is 1 (or -1), otherwise by {@code many}. */
    public static String of(long n, String one, String many) {
        return n + " " + (Math.abs(n) == 1 ? one : many);
    }
}
