package dev.precis.nlp.time;

import dev.precis.nlp.time.Resolution.Value;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two days of one month joined by "and": the second day of "April 24 and 25" and the first of "24 and
 * 25 April", each its own date (the month-and-day rules find the other one). Thread-safe (stateless).
 */
final class DayPairRule {

    private static final String M = "(?-i:" + TimeLexicon.MONTH + ")";
    private static final String ORD = "(?:st|nd|rd|th)?";

    /** The day after "April 24 and": 1 the day (not a percentage, a clock reading or another month's day). */
    static final String AND_DAY = "(?<=" + M + "\\s{1,3}\\d{1,2}" + ORD + ",?\\s{1,3}(?:and|or|&)\\s{1,3})(\\d{1,2})" + ORD
            + "(?![\\d%]|[.,]\\d|\\s*(?:percent|per\\s+cent|p\\.?m|a\\.?m|" + M + "))";
    /** The day before "and 25 April": 1 the day, 2 the month. */
    static final String DAY_AND = "(?<![\\d.,$£€])(\\d{1,2})" + ORD + "(?=\\s+(?:and|or|&)\\s+\\d{1,2}" + ORD
            + "\\s+(?:of\\s+)?(" + M + "))";

    private static final Pattern MONTH_BEFORE = Pattern.compile(M + "\\s{1,3}\\d{1,2}" + ORD + ",?\\s{1,3}(?:and|or|&)\\s{1,3}$");

    private DayPairRule() {
    }

    static Value resolve(MatchResult m, Resolution r) {
        int day = Integer.parseInt(m.group(1));
        String month;
        if (m.groupCount() >= 2 && m.group(2) != null) {
            month = m.group(2);
        } else {
            Matcher before = MONTH_BEFORE.matcher(r.text).region(Math.max(0, m.start() - 30), m.start());
            if (!before.find()) {
                return null;
            }
            month = before.group();
        }
        if (day < 1 || day > 31) {
            return null;
        }
        Value v = Placement.monthDay(r, TimeLexicon.month(month), day);
        return v.value() == null && r.anchor != null ? null : v;
    }
}
