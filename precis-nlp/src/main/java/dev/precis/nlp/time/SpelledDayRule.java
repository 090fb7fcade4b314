package dev.precis.nlp.time;

import dev.precis.nlp.time.Resolution.Value;
import java.util.Locale;
import java.util.regex.MatchResult;

/**
 * A day of the month spelled as an ordinal word: "March eighth", "March the eighth", "the eighth of
 * March", "Sunday, March twenty-first, 1998". Broadcast transcripts and spoken quotes write days this
 * way; the digit rules ("March 8th") never saw them, so only the bare month was found. The ordinal must
 * end its phrase (a stop, a comma, a year or a linking word after it), so "May second-quarter sales" or
 * "March first reading" are no dates. Placed like a digit day without a year ({@link Placement#monthDay}).
 */
final class SpelledDayRule {

    private static final String WD = "(?-i:" + TimeLexicon.WEEKDAY + ")";
    private static final String M = "(?-i:" + TimeLexicon.MONTH + ")";
    private static final String UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth";
    /** The ordinal words of the days 1 to 31. */
    private static final String ORDINAL = "((?:twenty|thirty)[\\s-]+(?:" + UNITS + ")|twentieth|thirtieth"
            + "|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
            + "|" + UNITS + ")(?![\\p{L}-])";
    private static final String YEAR = "(?:,?\\s+((?:1[6-9]|20)\\d\\d)(?![\\d%]))?";
    /** What may follow the day: the end of its phrase, or a word that starts another. */
    private static final String PHRASE_END = "(?=\\s*(?:[.,;:!?)\"”]|$)|\\s+(?:and|or|at|in|on|to|through|until|till|when"
            + "|after|before|from|with|because|but)\\b)";

    /**
     * Groups: 1 month, 2 ordinal, 3 year ("March eighth"); 4 ordinal, 5 month, 6 year ("the eighth of
     * March").
     */
    static final String PATTERN = "(?:" + WD + ",?\\s+)?(?:(" + M + ")\\s+(?:the\\s+)?" + ORDINAL + YEAR
            + "|(?:the\\s+)?" + ORDINAL + "\\s+of\\s+(" + M + ")" + YEAR + ")" + PHRASE_END;

    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth"};

    private SpelledDayRule() {
    }

    static Value resolve(MatchResult m, Resolution r) {
        boolean monthFirst = m.group(1) != null;
        int month = TimeLexicon.month(m.group(monthFirst ? 1 : 5));
        int day = day(m.group(monthFirst ? 2 : 4));
        String year = m.group(monthFirst ? 3 : 6);
        if (month < 1 || day < 1 || day > 31) {
            return null;
        }
        if (year != null) {
            return DateRule.dayValue(TimeValues.date(Integer.parseInt(year), month, day));
        }
        return DateRule.unlessInvalid(Placement.monthDay(r, month, day), r);
    }

    /** The day an ordinal word names ("eighth" 8, "twenty-first" 21, "thirtieth" 30), or -1. */
    static int day(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ");
        if (w.equals("thirtieth")) {
            return 30;
        }
        int tens = 0;
        if (w.startsWith("twenty ") || w.startsWith("thirty ")) {
            tens = w.startsWith("twenty") ? 20 : 30;
            w = w.substring(7);
        }
        for (int i = 0; i < ORDINALS.length; i++) {
            if (ORDINALS[i].equals(w)) {
                return tens + i + 1;
            }
        }
        return -1;
    }
}
