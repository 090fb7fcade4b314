package dev.precis.nlp.time;

import dev.precis.model.Granularity;
import dev.precis.nlp.time.Resolution.Value;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range whose ends are joined by a word ("from 20 to 23 August", "Aug. 3 through 5", "between May and
 * July") is two time expressions, as TimeML tags it ("from Aug. 26 to Oct. 20", "between 1985 and 1987"
 * are two TIMEX3s, the words between them a signal); a range written with a dash or slash ("20-23
 * August", "2027/28") stays one. The range rules read both ends together, so that the first end takes
 * the month and year written only after the second; this splits their value back into the two ends.
 */
final class WordRange {

    /** One end of a split range: its text {@code [start, end)} and value. */
    record End(int start, int end, Value value) {
    }

    private static final Pattern JOINING_WORD = Pattern.compile("\\s+(?:to|through|until|till|and)\\s+",
            Pattern.CASE_INSENSITIVE);

    private WordRange() {
    }

    /**
     * The two ends of the range value {@code v} found at {@code [start, end)}, or null when {@code v} is
     * no range or its ends are not joined by a word. {@code months} says the ends are months, not days.
     */
    static List<End> split(String text, int start, int end, Value v, boolean months) {
        if (v.granularity() != Granularity.RANGE) {
            return null;
        }
        Matcher joint = JOINING_WORD.matcher(text).region(start, end);
        if (!joint.find()) {
            return null;
        }
        Granularity each = months ? Granularity.MONTH : Granularity.DAY;
        int slash = v.value() == null ? -1 : v.value().indexOf('/');
        String first = slash < 0 ? null : v.value().substring(0, slash);
        String second = slash < 0 ? null : v.value().substring(slash + 1);
        return List.of(new End(start, joint.start(), TimeValues.of(first, each)),
                new End(joint.end(), end, TimeValues.of(second, each)));
    }
}
