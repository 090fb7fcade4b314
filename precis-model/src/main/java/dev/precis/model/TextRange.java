package dev.precis.model;

/**
 * A half-open character range {@code [start, end)} into an article's canonical text.
 *
 * <p>Every annotation in Precis is one of these, so provenance can always be highlighted.
 * Offsets are Java {@code String} indices (UTF-16 code units). Immutable and thread-safe.
 *
 * <pre>{@code
 * TextRange r = new TextRange(0, 5);
 * String word = r.slice("Hello world"); // "Hello"
 * }</pre>
 */
public record TextRange(int start, int end) implements Comparable<TextRange> {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
        }
    }

    /** Number of characters covered. */
    public int length() {
        return end - start;
    }

    /** True when the range covers no character. */
    public boolean isEmpty() {
        return start == end;
    }

    /** The covered characters of {@code text}. */
    public String slice(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** True when {@code other} lies entirely inside this range. */
    public boolean contains(TextRange other) {
        return other.start >= start && other.end <= end;
    }

    /** True when the ranges share at least one character. */
    public boolean overlaps(TextRange other) {
        return other.start < end && start < other.end;
    }

    /** True when this range fits in a text of the given length. */
    public boolean fitsIn(int textLength) {
        return end <= textLength;
    }

    @Override
    public int compareTo(TextRange o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
