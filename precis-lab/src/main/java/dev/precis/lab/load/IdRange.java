package dev.precis.lab.load;

import java.util.SplittableRandom;

/**
 * An inclusive range of numeric article ids, {@code FIRST-LAST} or a single id, from which a load test
 * draws ids uniformly at random. Immutable.
 *
 * @param first the smallest id (&gt;= 0)
 * @param last the largest id (&gt;= first)
 */
public record IdRange(long first, long last) {

    public IdRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("id range must be FIRST-LAST with 0 <= FIRST <= LAST, got " + first + "-" + last);
        }
    }

    /**
     * Parses {@code "1-10000"} or {@code "42"}.
     *
     * @throws IllegalArgumentException naming the text when it is not a range
     */
    public static IdRange parse(String text) {
        String s = text == null ? "" : text.strip();
        int dash = s.indexOf('-', 1);
        try {
            if (dash < 0) {
                long id = Long.parseLong(s);
                return new IdRange(id, id);
            }
            return new IdRange(Long.parseLong(s.substring(0, dash).strip()), Long.parseLong(s.substring(dash + 1).strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("id range must look like 1-10000 or 42, got '" + text + "'");
        }
    }

    /** How many ids the range holds. */
    public long size() {
        return last - first + 1;
    }

    /** A uniformly drawn id of the range. */
    public long pick(SplittableRandom random) {
        return first + random.nextLong(size());
    }

    @Override
    public String toString() {
        return first + "-" + last;
    }
}
