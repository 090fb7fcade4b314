package dev.precis.nlp.time;

import dev.precis.model.Granularity;
import dev.precis.nlp.time.Resolution.Value;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fiscal and calendar quarters: "the third quarter of 2023", "third-quarter", "the quarter",
 * "the year-earlier quarter", "the first quarter of next year". Without a year, a quarter is the latest one that has begun by the
 * anchor (earnings are reported after the quarter). Thread-safe (stateless).
 */
final class QuarterRule {

    private QuarterRule() {
    }

    /**
     * What follows a quarter of something other than a year ("the first quarter of the match", "of the
     * game", "of the century" is left alone): "of" and a determiner, then a word that names no year.
     */
    /** Words of reported figures: a quarter they are about is the one just ended even in a future clause. */
    private static final Pattern REPORTED = Pattern.compile("\\b(?:results?|reports?|reported|reporting|earnings|figures"
            + "|numbers|loss(?:es)?|profits?|net|income|charges?|dividends?|deficit|surplus|filing|files|announce\\w*)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUARTER_OF_SOMETHING = Pattern.compile("^\\s+of\\s+(?:the|a|an|this|that|his|her|its|their)\\s+"
            + "(?!(?:year|fiscal|financial|current|calendar|new|same|previous|prior|following|coming|next|last|past)\\b)\\p{L}+");

    /**
     * The date a quarter ends on, right after it ("the quarter ended March 31", "the quarter ending
     * Dec. 31, 2012"), in a month that ends a calendar quarter.
     */
    private static final Pattern ENDED_ON = Pattern.compile("^,?\\s+(?:that\\s+|which\\s+)?(?:ended|ending|ends|to)\\s+("
            + TimeLexicon.MONTH + ")\\s+(?:30|31)\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?");

    static Value resolve(MatchResult m, Resolution r) {
        if (m.group(4) == null && m.group(5) == null && m.group(2) == null && m.group(6) == null
                && QUARTER_OF_SOMETHING.matcher(r.textAfter(m.end(), 40)).lookingAt()) {
            return null; // "in the first quarter of the match": a game's quarter, no date
        }
        String det = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String ordinal = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
        String yearText = m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : m.group(2);
        if (m.group(6) != null) {
            // "the third quarter of last year": that year's quarter, not the latest third quarter begun
            if (r.anchor == null) {
                return TimeValues.of(null, Granularity.QUARTER);
            }
            String which = m.group(6).toLowerCase(Locale.ROOT);
            yearText = String.valueOf(r.anchor.getYear() + (which.equals("last") ? -1 : which.equals("next") ? 1 : 0));
        }
        String whole = m.group().toLowerCase(Locale.ROOT);
        // "the year-ago quarter", "the quarter a year earlier": the same quarter of the year before
        int yearShift = whole.contains("year-earlier") || whole.contains("year-ago") || m.group(7) != null ? -1 : 0;
        if (ordinal.isEmpty()) {
            if (det.isEmpty() || det.equals("a")) {
                return null;
            }
            if (r.anchor == null) {
                return TimeValues.of(null, Granularity.QUARTER);
            }
            int current = (r.anchor.getMonthValue() + 2) / 3;
            int year = r.anchor.getYear();
            int q;
            Value ended = yearText == null && yearShift == 0 ? endedOn(m, r) : null;
            if (ended != null) {
                return ended;
            }
            if (yearText != null) {
                return value(r, Integer.parseInt(yearText), r.hasQuarter() ? r.quarterNumber() : Math.max(1, current - 1),
                        false);
            }
            switch (whole.contains("current") ? "this" : det) {
                case "this" -> q = current;
                case "next" -> q = current + 1;
                case "last" -> q = current - 1;
                default -> {
                    if (r.hasQuarter() && !whole.contains("latest")) {
                        year = r.quarterYear();
                        q = r.quarterNumber();
                    } else if (r.tense() == Tense.FUTURE) {
                        q = current; // "will be reviewed at the end of the quarter": the one under way
                    } else {
                        q = current - 1;
                    }
                }
            }
            if (q < 1) {
                q += 4;
                year--;
            } else if (q > 4) {
                q -= 4;
                year++;
            }
            return value(r, year + yearShift, q, yearShift == 0);
        }
        int q = switch (ordinal) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            case "latest" -> 0;
            default -> 4;
        };
        if (q == 0) {
            return r.hasQuarter() ? value(r, r.quarterYear(), r.quarterNumber(), true) : null;
        }
        if (yearText != null) {
            return value(r, Integer.parseInt(yearText) + yearShift, q, yearShift == 0);
        }
        if (r.anchor == null) {
            return TimeValues.of(null, Granularity.QUARTER);
        }
        int current = (r.anchor.getMonthValue() + 2) / 3;
        int year = r.anchor.getYear();
        if (yearShift == 0 && PeriodTense.of(r) == Tense.FUTURE) {
            year = forecastYear(year, current, q, r.tense() == Tense.FUTURE && !reported(r, m.end()));
        } else {
            year -= q > current ? 1 : 0;
        }
        return value(r, year + yearShift, q, yearShift == 0);
    }

    /**
     * The year of an ordinal quarter without a year in a clause that looks forward: the quarter under way
     * or the next one of that number ("analysts expect a stronger fourth quarter", August → this year's;
     * "shipments will slow in the first quarter", November → next year's). The quarter just ended stays
     * the latest one: its results are still being reported and forecast ("will report fourth-quarter
     * results next week", January), and a clause about it often only seems to look forward ("laid off
     * staff due to a weak second quarter", "plans to sell the unit after a second-quarter loss", July) —
     * unless the clause's own tense looks forward and its sentence speaks of no reported figures
     * ({@code ahead}: "traffic will improve in the third quarter", November, is next year's).
     */
    private static int forecastYear(int year, int current, int q, boolean ahead) {
        boolean justEnded = q == (current == 1 ? 4 : current - 1);
        if (justEnded && ahead) {
            return q > current ? year : year + 1;
        }
        if (justEnded) {
            return q > current ? year - 1 : year;
        }
        return q >= current ? year : year + 1;
    }

    /** Whether the sentence before the expression, or just after it, speaks of reported figures. */
    private static boolean reported(Resolution r, int end) {
        CharSequence before = r.text.subSequence(r.sentenceStart, r.start);
        return REPORTED.matcher(before).find() || REPORTED.matcher(r.textAfter(end, 60)).find();
    }

    /**
     * "the quarter ended March 31": the calendar quarter that ends on that date, in the named year or
     * else the year that puts the date nearest the anchor, so that a report written before the quarter
     * is over ("expects a loss for the quarter ending March 31", 20 March) still means that quarter, not
     * the latest one ended; null when no such date follows.
     */
    private static Value endedOn(MatchResult m, Resolution r) {
        Matcher e = ENDED_ON.matcher(r.text.substring(m.end(), Math.min(r.text.length(), m.end() + 40)));
        if (!e.lookingAt() || TimeLexicon.month(e.group(1)) % 3 != 0) {
            return null;
        }
        int month = TimeLexicon.month(e.group(1));
        int year = r.anchor.getYear();
        if (e.group(2) != null) {
            year = Integer.parseInt(e.group(2));
        } else {
            long best = Long.MAX_VALUE;
            for (int y = r.anchor.getYear() - 1; y <= r.anchor.getYear() + 1; y++) {
                long gap = Math.abs(ChronoUnit.DAYS.between(r.anchor,
                        YearMonth.of(y, month).atEndOfMonth()));
                if (gap < best) {
                    best = gap;
                    year = y;
                }
            }
        }
        return value(r, year, month / 3, true);
    }

    static Value relYearQuarter(MatchResult m, Resolution r) {
        if (r.anchor == null) {
            return TimeValues.of(null, Granularity.QUARTER);
        }
        String which = m.group(1).toLowerCase(Locale.ROOT);
        int year = r.anchor.getYear() + (which.equals("last") ? -1 : which.equals("next") ? 1 : 0);
        String ordinal = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        int q = switch (ordinal) {
            case "first" -> 1;
            case "second" -> 2;
            case "third" -> 3;
            case "" -> r.hasQuarter() ? r.quarterNumber() : Math.max(1, (r.anchor.getMonthValue() + 2) / 3 - 1);
            default -> 4;
        };
        r.rememberQuarter(year, q);
        return TimeValues.of(TimeValues.quarter(year, q), Granularity.QUARTER);
    }

    static Value quarterShort(MatchResult m, Resolution r) {
        int q = Integer.parseInt(m.group(1));
        if (m.group(2) == null && r.anchor == null) {
            return TimeValues.of(null, Granularity.QUARTER);
        }
        int year;
        if (m.group(2) != null) {
            year = Integer.parseInt(m.group(2));
        } else {
            // "Q3" alone is placed as "the third quarter" is: the latest one begun by the anchor, or in a
            // clause that looks forward the one under way or ahead ("expects a loss in Q1", December)
            int current = (r.anchor.getMonthValue() + 2) / 3;
            year = PeriodTense.of(r) == Tense.FUTURE
                    ? forecastYear(r.anchor.getYear(), current, q, r.tense() == Tense.FUTURE && !reported(r, m.end()))
                    : r.anchor.getYear() - (q > current ? 1 : 0);
        }
        r.rememberQuarter(year, q);
        return TimeValues.of(TimeValues.quarter(year, q), Granularity.QUARTER);
    }

    private static Value value(Resolution r, int year, int q, boolean remember) {
        if (remember) {
            r.rememberQuarter(year, q);
        }
        return TimeValues.of(TimeValues.quarter(year, q), Granularity.QUARTER);
    }
}
