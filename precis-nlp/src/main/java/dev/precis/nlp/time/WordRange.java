package dev.precis.nlp.time;

import dev.precis.model.Granularity;
import dev.precis.model.TextRange;
import dev.precis.model.TimeExpression;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range written with words ("from May to July", "between May and July", "20 to 23 August") as two
 * expressions, one per end, the way TimeML tags it: the words "from", "to", "between" and "and" are
 * signals, never part of a TIMEX3, so each end is its own date. A range written with a dash or slash
 * ("5-6 December", "2012/13") stays one expression with its {@code start/end} value. Stateless.
 */
final class WordRange {

    private static final Pattern JOINER = Pattern.compile("\\s+(?:to|until|till|through|and)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPENER = Pattern.compile("(?:from|between)\\s+", Pattern.CASE_INSENSITIVE);

    private WordRange() {
    }

    /**
     * The two ends of a word range found at [start, end) with value {@code from/to}, or null when the
     * expression is not one (no joining word, or a value that is not a pair of dates).
     */
    static List<TimeExpression> split(String text, int start, int end, String value, Granularity granularity) {
        if (granularity != Granularity.RANGE || value == null) {
            return null;
        }
        int slash = value.indexOf('/');
        if (slash < 0 || value.indexOf('/', slash + 1) >= 0) {
            return null;
        }
        Matcher j = JOINER.matcher(text).region(start, end);
        if (!j.find()) {
            return null;
        }
        Matcher o = OPENER.matcher(text).region(start, j.start());
        int first = o.lookingAt() ? o.end() : start;
        if (first >= j.start() || j.end() >= end) {
            return null;
        }
        String a = value.substring(0, slash);
        String b = value.substring(slash + 1);
        Granularity ga = of(a);
        Granularity gb = of(b);
        if (ga == null || gb == null) {
            return null;
        }
        return List.of(new TimeExpression(new TextRange(first, j.start()), a, ga),
                new TimeExpression(new TextRange(j.end(), end), b, gb));
    }

    private static Granularity of(String v) {
        return switch (v.length()) {
            case 4 -> Granularity.YEAR;
            case 7 -> Granularity.MONTH;
            case 10 -> Granularity.DAY;
            default -> null;
        };
    }
}
