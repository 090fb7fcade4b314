package dev.precis.nlp.time;

import dev.precis.model.Granularity;
import dev.precis.nlp.time.Resolution.Value;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Calendar dates written with digits or month names: ISO and numeric dates, "March 3", "3 March",
 * day and month ranges ("March 3-5", "from May to July"), months with or without a year (placed by
 * the tense of their clause) and year ranges ("2012-13", "the 2012/13 season"). The handlers of
 * {@link TimeRules}' date patterns. Thread-safe (stateless).
 */
final class DateRule {

    private DateRule() {
    }

    private static int num(MatchResult m, int group) {
        return Integer.parseInt(m.group(group));
    }

    static Value dayValue(LocalDate d) {
        return d == null ? null : TimeValues.of(TimeValues.day(d), Granularity.DAY);
    }

    static Value unlessInvalid(Value v, Resolution r) {
        return v.value() == null && r.anchor != null ? null : v;
    }

    static Value iso(MatchResult m, Resolution r) {
        // 2013-03-04, or 2013/03/04 as many Asian outlets write it
        LocalDate d = TimeValues.date(num(m, 1), num(m, 3), num(m, 4));
        return d == null ? null : dayValue(d);
    }

    static Value numeric(MatchResult m, Resolution r) {
        int a = num(m, 1);
        int b = num(m, 2);
        int y = num(m, 3);
        if (y < 100) {
            y += y < 50 ? 2000 : 1900;
        }
        // "15/03/2020" and "3/15/2020" say their order; "03/01/2020" is read as the text writes dates
        boolean dayFirst = a > 12 || b <= 12 && r.dayFirst();
        LocalDate d = dayFirst ? TimeValues.date(y, b, a) : TimeValues.date(y, a, b);
        return d == null ? null : dayValue(d);
    }

    /** "12.03.2024": day first, whatever order the text's other dates take (no one writes a month first between dots). */
    static Value dotted(MatchResult m, Resolution r) {
        LocalDate d = TimeValues.date(num(m, 3), num(m, 2), num(m, 1));
        return d == null ? null : dayValue(d);
    }

    /**
     * The year of "12 March last year" (group {@code rel}: last, this, next) counted from the anchor, or 0
     * when the date has no such words; null (an unresolved day) without an anchor.
     */
    private static Integer relativeYear(MatchResult m, int rel, Resolution r) {
        if (m.group(rel) == null) {
            return 0;
        }
        if (r.anchor == null) {
            return null;
        }
        String which = m.group(rel).toLowerCase(Locale.ROOT);
        return r.anchor.getYear() + (which.equals("last") ? -1 : which.equals("next") ? 1 : 0);
    }

    static Value monthDayRange(MatchResult m, Resolution r) {
        int month1 = TimeLexicon.month(m.group(1));
        int month2 = m.group(3) == null ? month1 : TimeLexicon.month(m.group(3));
        if (m.group(3) != null && !m.group().substring(m.end(2) - m.start(), m.start(3) - m.start()).matches(".*[–—-].*")) {
            return null;
        }
        return range(r, month1, num(m, 2), month2, num(m, 4), m.group(5));
    }

    static Value dayMonthRange(MatchResult m, Resolution r) {
        int month = TimeLexicon.month(m.group(3));
        return range(r, month, num(m, 1), month, num(m, 2), m.group(4));
    }

    static Value range(Resolution r, int m1, int d1, int m2, int d2, String yearText) {
        if (d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) {
            return null;
        }
        Value first;
        if (yearText != null) {
            first = dayValue(TimeValues.date(Integer.parseInt(yearText), m1, d1));
        } else {
            first = Placement.monthDay(r, m1, d1);
        }
        if (first == null || first.value() == null) {
            return r.anchor == null && first != null ? TimeValues.of(null, Granularity.RANGE) : null;
        }
        LocalDate from = LocalDate.parse(first.value());
        int year2 = m2 < m1 ? from.getYear() + 1 : from.getYear();
        LocalDate to = TimeValues.date(year2, m2, d2);
        if (to == null || to.isBefore(from)) {
            return null;
        }
        return TimeValues.of(TimeValues.day(from) + "/" + TimeValues.day(to), Granularity.RANGE);
    }

    /** "on the 20th", "by the 3rd of next month": a day of a month the text or the anchor gives. */
    static Value ordinalDay(MatchResult m, Resolution r) {
        int day = num(m, 1);
        return day < 1 || day > 31 ? null : unlessInvalid(Placement.dayOfMonth(r, day, m.group(2)), r);
    }

    static Value monthDay(MatchResult m, Resolution r) {
        int month = TimeLexicon.month(m.group(1));
        int day = num(m, 2);
        if (day < 1 || day > 31) {
            return null;
        }
        if (m.group(3) != null) {
            return dayValue(TimeValues.date(num(m, 3), month, day));
        }
        Integer relYear = relativeYear(m, 4, r);
        if (relYear == null || relYear != 0) {
            return relYear == null ? TimeValues.of(null, Granularity.DAY) : dayValue(TimeValues.date(relYear, month, day));
        }
        String first = m.group().substring(0, 4).toLowerCase(Locale.ROOT);
        if (r.anchor != null && (first.equals("last") || first.equals("next"))) {
            // "shot to death last Oct. 23": the nearest such day before (after) the anchor, whatever the tense
            boolean back = first.equals("last");
            LocalDate d = TimeValues.date(r.anchor.getYear(), month, day);
            if (d == null) {
                return null;
            }
            if (back && !d.isBefore(r.anchor)) {
                d = TimeValues.date(r.anchor.getYear() - 1, month, day);
            } else if (!back && !d.isAfter(r.anchor)) {
                d = TimeValues.date(r.anchor.getYear() + 1, month, day);
            }
            return dayValue(d);
        }
        return unlessInvalid(Placement.monthDay(r, month, day), r);
    }

    static Value dayMonth(MatchResult m, Resolution r) {
        int day = num(m, 1);
        int month = TimeLexicon.month(m.group(2));
        if (day < 1 || day > 31) {
            return null;
        }
        if (m.group(3) != null) {
            return dayValue(TimeValues.date(num(m, 3), month, day));
        }
        Integer relYear = relativeYear(m, 4, r);
        if (relYear == null || relYear != 0) {
            return relYear == null ? TimeValues.of(null, Granularity.DAY) : dayValue(TimeValues.date(relYear, month, day));
        }
        return unlessInvalid(Placement.monthDay(r, month, day), r);
    }

    static Value monthRange(MatchResult m, Resolution r) {
        int m1 = TimeLexicon.month(m.group(1));
        int m2 = TimeLexicon.month(m.group(3));
        Integer y1 = m.group(2) == null ? null : num(m, 2);
        Integer y2 = m.group(4) == null ? null : num(m, 4);
        if (y1 == null && y2 != null) {
            y1 = m1 <= m2 ? y2 : y2 - 1;
        } else if (y1 == null) {
            if (r.anchor == null) {
                return TimeValues.of(null, Granularity.RANGE);
            }
            y1 = Placement.yearOfMonth(r, m1);
        }
        if (y2 == null) {
            y2 = m2 >= m1 ? y1 : y1 + 1;
        }
        return TimeValues.of(TimeValues.month(y1, m1) + "/" + TimeValues.month(y2, m2), Granularity.RANGE);
    }

    static Value monthYear(MatchResult m, Resolution r) {
        return TimeValues.of(TimeValues.month(num(m, 2), TimeLexicon.month(m.group(1))), Granularity.MONTH);
    }

    static Value monthRelYear(MatchResult m, Resolution r) {
        if (r.anchor == null) {
            return TimeValues.of(null, Granularity.MONTH);
        }
        String which = m.group(2).toLowerCase(Locale.ROOT);
        int year = r.anchor.getYear() + (which.equals("last") ? -1 : which.equals("next") ? 1 : 0);
        return TimeValues.of(TimeValues.month(year, TimeLexicon.month(m.group(1))), Granularity.MONTH);
    }

    /**
     * Events a month before them dates ("the March election", "the May deadline"); words a person's
     * name also goes with ("the May government", "the May deal") are left out.
     */
    private static final Pattern DATED_EVENT = Pattern.compile("elections?|votes?|polls?|referendums?|referenda|deadline"
            + "|summit|talks|attacks?|bombings?|ceasefire|truce|protests?|uprising|revolution|coup|floods?|earthquake"
            + "|storms?|visit|session|conference|launch|issue|edition|meeting|figures|data|survey|census|ruling|verdict");

    /**
     * Words after "the March" that make it a march, not the month ("the March on Washington", "the March
     * was peaceful", "the March organisers").
     */
    private static final Pattern NOT_MONTH_NOUN = Pattern.compile("on|to|for|from|against|through|across|into|of|in|at"
            + "|and|or|but|was|were|is|are|will|would|has|had|have|that|which|who|began|ended|passed|went|marched"
            + "|organi[sz]ers?|marchers|participants|route|itself");

    /**
     * Whether a capitalised "March" after "the" stands before a noun in lower case, as a month does
     * before the event it dates ("the March accession", "the March deadline"); the noun must be a
     * lower-case word of three letters or more that is no preposition, verb or marcher
     * ({@link #NOT_MONTH_NOUN}).
     */
    private static boolean beforeNoun(Resolution r, int end) {
        int i = end;
        while (i < r.text.length() && r.text.charAt(i) == ' ') {
            i++;
        }
        if (i == end || i >= r.text.length() || !Character.isLowerCase(r.text.charAt(i))) {
            return false;
        }
        String next = r.nextWord(end);
        return next.length() >= 3 && !NOT_MONTH_NOUN.matcher(next).matches();
    }

    static Value month(MatchResult m, Resolution r) {
        String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String name = m.group(2);
        int month = TimeLexicon.month(name);
        boolean ambiguous = name.equals("May") || name.equals("March") || name.startsWith("Mar")
                || name.length() <= 4 && !name.endsWith(".") && !name.equals("June") && !name.equals("July");
        // "the three months to March", "January and March"; not "to May" (a name: "lost to May"), "and Jan Kavan"
        if (mod.isEmpty() && ambiguous && !r.previousWord().matches(
                "in|since|until|till|by|of|during|before|after|from|through|early|late|mid|last|next|this|end")
                && !(r.previousWord().matches("to|into|and|or") && name.startsWith("Mar"))
                && !(r.previousWord().equals("the") && DATED_EVENT.matcher(r.nextWord(m.end())).matches())
                && !(name.equals("March") && r.previousWord().equals("the") && beforeNoun(r, m.end()))
                && !PeriodEnd.endsPeriod(r)) {
            return null;
        }
        if (mod.equals("each") || mod.equals("every")) {
            return TimeValues.of(String.format(Locale.ROOT, "XXXX-%02d", month), Granularity.MONTH);
        }
        if (r.anchor == null) {
            return TimeValues.of(null, Granularity.MONTH);
        }
        int year = switch (mod) {
            // "last February" read in March is a year back: the month just ended is "last month"
            case "last" -> month < r.anchor.getMonthValue() - 1 ? r.anchor.getYear() : r.anchor.getYear() - 1;
            case "next" -> month > r.anchor.getMonthValue() ? r.anchor.getYear() : r.anchor.getYear() + 1;
            case "this" -> r.anchor.getYear();
            default -> Placement.yearOfMonth(r, month);
        };
        return TimeValues.of(TimeValues.month(year, month), Granularity.MONTH);
    }

    static Value yearRange(MatchResult m, Resolution r) {
        int y1 = num(m, 1);
        String second = m.group(3);
        int y2 = second.length() == 2 ? y1 / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
        // "2012-13", "2010-2014"; with a slash only a season or fiscal year spanning New Year ("the 2012/13
        // season", "fiscal 2012/13"), as other slashed numbers are references ("resolution 2012/19")
        if (y2 <= y1 || m.group(2).equals("/") && y2 != y1 + 1) {
            return null;
        }
        return TimeValues.of(TimeValues.year(y1) + "/" + TimeValues.year(y2), Granularity.RANGE);
    }
}
