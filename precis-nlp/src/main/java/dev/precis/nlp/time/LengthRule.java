package dev.precis.nlp.time;

import dev.precis.model.Granularity;
import dev.precis.nlp.time.Resolution.Value;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Lengths of time: "three years", "two and a half hours", "a day-long session", "half an hour", "the
 * coming weeks" (a vague length), with what is no length ruled out (ages, "a second term", "a quarter
 * of the vote"). The handlers of {@link TimeRules}' length patterns. Thread-safe (stateless).
 */
final class LengthRule {

    /**
     * A word after "a second" that makes it the ordinal: any word but those that can follow a length
     * ("for a second or two", "a second later", "a second before the blast", "a second of silence").
     */
    private static final Pattern ORDINAL_SECOND_NEXT = Pattern.compile("(?!(?:or|and|to|of|later|earlier|before|after"
            + "|ago|in|on|at|for|while|when|then|too|longer|more|less|each|per|apart)$)\\p{L}+");

    /** The counts that are half of one unit. */
    private static final Pattern HALF = Pattern.compile("half[\\s-]+an?|a[\\s-]+half", Pattern.CASE_INSENSITIVE);

    private LengthRule() {
    }

    static Value duration(MatchResult m, Resolution r) {
        if (m.group().regionMatches(true, m.group().length() - 3, "old", 0, 3)) {
            // an age ("the 44-year-old", "52 years old"): TimeBank and AQUAINT mark none of their 34
            return null;
        }
        String countText = m.group(1);
        int n = TimeLexicon.count(countText);
        String unit = m.group(3);
        boolean andAHalf = m.group(2) != null && m.group(2).endsWith("half"); // "two and a half years"
        double fraction = (andAHalf ? 0.5 : TimeLexicon.fraction(m.group(2))) + (m.group(4) != null ? 0.5 : 0);
        if (HALF.matcher(countText).matches()) {
            // "half a century" P50Y, "a half hour" PT30M: half of one unit, not a vague count
            n = 0;
            fraction += 0.5;
        }
        if (fraction > 0 || countText.indexOf('.') > 0) {
            // "2 1/2 years", "1.5 hours", "a minute and a half"
            double amount = (countText.indexOf('.') > 0 ? Double.parseDouble(countText) : Math.max(n, 0)) + fraction;
            return amount <= 0 || amount > 1000 ? null
                    : TimeValues.of(TimeLexicon.duration(amount, unit), Granularity.DURATION);
        }
        if (n == 1 && countText.equalsIgnoreCase("one") && unit.equalsIgnoreCase("day") && m.start(1) == m.start()
                && r.previousWord().matches("will|would|could|may|might|can|shall|should")) {
            // "Islam will one day be …": the idiom for some time to come, not a length of one day
            return TimeValues.of("FUTURE_REF", Granularity.DAY);
        }
        if (n == 1 && countText.equalsIgnoreCase("one") && unit.equalsIgnoreCase("day")
                && !m.group().toLowerCase(Locale.ROOT).startsWith("for")) {
            return TimeValues.of(TimeLexicon.duration(1, unit), Granularity.DURATION);
        }
        if (unit.equalsIgnoreCase("second") && countText.toLowerCase(Locale.ROOT).startsWith("a")
                && ORDINAL_SECOND_NEXT.matcher(r.nextWord(m.end())).matches()) {
            // "a second term", "a second time", "a second one": the ordinal, not a length of one second
            return null;
        }
        if (unit.toLowerCase(Locale.ROOT).startsWith("quarter") && n == 1
                && countText.toLowerCase(Locale.ROOT).startsWith("a") || n > 1000) {
            return null;
        }
        if (unit.toLowerCase(Locale.ROOT).startsWith("quarter") && m.end(1) < r.text.length()
                && r.text.charAt(m.end(1)) == '-' && r.nextWord(m.end()).equals("of")) {
            // "about three-quarters of the vote": a fraction, not nine months
            return null;
        }
        return TimeValues.of(TimeLexicon.duration(n, unit), Granularity.DURATION);
    }

    static Value vagueDuration(MatchResult m, Resolution r) {
        String unit = m.group(2);
        String mod = m.group(1).toLowerCase(Locale.ROOT);
        if (mod.equals("future")) {
            return TimeValues.of("FUTURE_REF", Granularity.DAY); // "cut tax payments in future quarters"
        }
        if ((mod.contains("few") || mod.contains("several")) && !mod.contains("next")) {
            return TimeValues.of("PAST_REF", Granularity.DAY);
        }
        if (unit.toLowerCase(Locale.ROOT).startsWith("quarter")) {
            return null;
        }
        if (mod.endsWith("recent") && unit.toLowerCase(Locale.ROOT).startsWith("year")) {
            // "in recent years" is a reference to the past (TimeBank 3 of 5, HeidelTime), shorter units lengths
            return TimeValues.of("PAST_REF", Granularity.DAY);
        }
        return TimeValues.of(TimeLexicon.duration(-1, unit), Granularity.DURATION);
    }

    /** "in the weeks ahead" → PXW, a vague length like "the coming weeks". */
    static Value unitsAhead(MatchResult m, Resolution r) {
        return TimeValues.of(TimeLexicon.duration(-1, m.group(1)), Granularity.DURATION);
    }

    /** "half an hour" → PT30M, "half a century" → P50Y. */
    static Value halfUnit(MatchResult m, Resolution r) {
        return TimeValues.of(TimeLexicon.duration(0.5, m.group(1)), Granularity.DURATION);
    }

    /** "a day-long meeting" → P1D (with a count, "two-day-long", the duration rule reads it). */
    static Value unitLong(MatchResult m, Resolution r) {
        return TimeValues.of(TimeLexicon.duration(1, m.group(1)), Granularity.DURATION);
    }
}
