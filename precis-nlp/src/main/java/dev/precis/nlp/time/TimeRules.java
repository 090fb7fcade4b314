package dev.precis.nlp.time;

import static dev.precis.nlp.time.TimeLexicon.COUNT;
import static dev.precis.nlp.time.TimeLexicon.UNIT;
import static dev.precis.nlp.time.TimeLexicon.WEEKDAY;

import dev.precis.model.Granularity;
import dev.precis.nlp.time.Resolution.Value;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The patterns of English time expressions and how each is resolved. Every pattern is a plain
 * alternation of literals and bounded classes (no nested unbounded repetition), so matching is
 * linear in the text. A handler returns null to reject a match (a "quarter" of the population).
 * Immutable and thread-safe.
 */
final class TimeRules {

    /** One pattern and its resolution. */
    record Rule(String name, Pattern pattern, BiFunction<MatchResult, Resolution, Value> handler, int needs) {
    }

    private static final String M = "(?-i:" + TimeLexicon.MONTH + ")";
    private static final String WD = "(?-i:" + WEEKDAY + ")";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:1[6-9]|20)\\d\\d)(?![\\d%])";
    private static final String DASH = "\\s*(?:[–—-]|to|through|until|till)\\s*";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    static final List<Rule> RULES = List.of(
            rule("iso", "(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)", TimeRules::iso),
            rule("numeric", "(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])", TimeRules::numeric),
            rule("monthDayRange", "(" + M + ")\\s+(\\d{1,2})" + ORD + DASH + "(?:(" + M + ")\\s+)?(\\d{1,2})" + ORD
                    + "(?!\\d)(?:,?\\s+" + YEAR + ")?", TimeRules::monthDayRange),
            rule("dayMonthRange", "(?<!\\d)(\\d{1,2})" + ORD + DASH + "(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(" + M
                    + ")(?:,?\\s+" + YEAR + ")?", TimeRules::dayMonthRange),
            rule("monthDay", "(?:" + WD + ",?\\s+|(?:last|next|this)\\s+)?(" + M + ")\\s+(\\d{1,2})" + ORD + "(?!\\d|:\\d)(?:,?\\s+" + YEAR + ")?",
                    TimeRules::monthDay),
            rule("dayMonth", "(?:" + WD + ",?\\s+)?(?:the\\s+)?(?<![\\d.,])(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(" + M
                    + ")(?:,?\\s+" + YEAR + ")?", TimeRules::dayMonth),
            rule("andDay", DayPairRule.AND_DAY, DayPairRule::resolve),
            rule("dayAnd", DayPairRule.DAY_AND, DayPairRule::resolve),
            rule("monthRange", "(?:from|between)\\s+(" + M + ")(?:\\s+" + YEAR + ")?\\s+(?:to|until|till|through|and)\\s+("
                    + M + ")(?:\\s+" + YEAR + ")?", TimeRules::monthRange),
            rule("monthYear", "(?:(?:early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of)[\\s-]+)?("
                    + M + "),?\\s+(?:of\\s+)?" + YEAR, TimeRules::monthYear),
            rule("monthRelYear", "(" + M + ")\\s+(?:of\\s+)?(last|next|this)\\s+year\\b", TimeRules::monthRelYear),
            rule("month", "(?:(last|next|this|early|mid|late|earlier\\s+in|later\\s+in|each|every)[\\s-]+)?(" + M + ")",
                    TimeRules::month),
            rule("yearRange", "(?<![\\d$£€.,/-])((?:1[6-9]|20)\\d\\d)\\s*[–-]\\s*((?:1[6-9]|20)?\\d\\d)(?![\\d%])",
                    TimeRules::yearRange),
            rule("decade", "(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?((?:1[6-9]|20)\\d)0['’]?s\\b", TimeRules::decade),
            rule("year", "(?:(?:fiscal|FY|calendar|the\\s+year|mid|early|late|the\\s+end\\s+of|the\\s+start\\s+of)[\\s-]+|FY)?"
                    + "(?<![\\d$£€.,/])(?<!(?<!mid|early|late)-)" + YEAR + "(?![.,]\\d)(?!\\s*(?:percent|per\\s+cent|people|troops|points?|km"
                    + "|miles|members|million|billion|votes|jobs|tons|kilo|metres|meters|feet|dollars|euros|GMT|UTC|hrs\\b))",
                    TimeRules::year),
            rule("season", "(?:(this|last|next|early|late|mid|the|each|every)[\\s-]+)?(spring|summer|autumn|fall|winter)"
                    + "(?:\\s+(?:of\\s+)?(?:" + YEAR + "|(" + TimeLexicon.SPELLED_YEAR + ")))?\\b", PeriodRule::season),
            rule("quarter", "(?:(the|this|last|next|its|a|same|that)\\s+)?(?:((?:19|20)\\d\\d)\\s+)?(?:(?:fiscal|calendar|latest|current"
                    + "|year-earlier|year-ago)\\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest)"
                    + "[\\s-]+(?:fiscal[\\s-]+)?)?quarter\\b(?:\\s+of\\s+(?:fiscal\\s+)?" + YEAR + "|,?\\s+" + YEAR + ")?"
                    + "(\\s+a\\s+year\\s+(?:ago|earlier))?", TimeRules::quarter),
            rule("relYearQuarter", "\\b(this|last|next)\\s+year['’]s\\s+(?:(first|second|third|fourth|final|last)"
                    + "[\\s-]+)?(?:fiscal\\s+)?quarter\\b", QuarterRule::relYearQuarter),
            rule("yearPeriod", "\\bthe\\s+" + YEAR + "\\s+period\\b", PeriodRule::yearPeriod),
            rule("qShort", "\\bQ([1-4])(?:\\s+" + YEAR + ")?\\b", QuarterRule::quarterShort),
            rule("weekday", "(?:\\b(last|next|this|on|past|coming|previous|each|every)\\s+)?(" + WD + ")(?:\\s+(morning|afternoon"
                    + "|evening|night)s?)?\\b(?!,?\\s+(?:the\\s+)?(?:" + M + "|\\d{1,2}" + ORD + "\\s+(?:of\\s+)?" + M + "|\\d{1,2}/))",
                    TimeRules::weekday),
            rule("deictic", "\\b(?:(late|early)\\s+)?(today|tonight|yesterday|tomorrow|last\\s+night"
                    + "|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|this\\s+morning"
                    + "|this\\s+afternoon|this\\s+evening)(?:\\s+(morning|afternoon|evening|night))?\\b",
                    TimeRules::deictic),
            rule("reference", "\\b(now|currently|current|at\\s+present|presently|nowadays|these\\s+days|recently"
                    + "|recent|lately|the\\s+past|in\\s+the\\s+past|the\\s+future|in\\s+the\\s+future|the\\s+near\\s+future|the\\s+near\\s+term|the\\s+short\\s+term|soon)\\b(?!\\s+(?:\\d|(?:few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|year|month"
                    + "|week|day|decade|quarter|summer|winter|spring|autumn|fall|hour|century|centuries)s?\\b))", TimeRules::reference),
            rule("relativeUnit", "\\b(last|next|this|the\\s+past|the\\s+coming|the\\s+previous|the\\s+current|previous"
                    + "|coming|current|the\\s+following|the\\s+preceding|the\\s+same|that\\s+same|that|the\\s+latest)\\s+(?:fiscal\\s+)?(week|weekend"
                    + "|month|year|decade|century)\\b", TimeRules::relativeUnit),
            rule("relativeDay", "\\bthe\\s+(following|previous|preceding|next)\\s+(day)\\b", TimeRules::relativeUnit),
            rule("thatDay", "\\b(?:(earlier|later|late|early)\\s+)?(?:that|the\\s+same|that\\s+same|(in)\\s+the)\\s+day\\b",
                    DeicticRule::thatDay),
            rule("unitEnd", "\\bthe\\s+(?:end|beginning|start|middle)\\s+of\\s+(?:the|this)\\s+(week|month)\\b",
                    TimeRules::unitEnd),
            rule("withinUnit", "\\b(earlier|later|early|late)\\s+(?:(this|last|next)|in\\s+the)\\s+(week|month|year)\\b",
                    TimeRules::withinUnit),
            rule("theYear", "\\b(?:the\\s+)?(year[\\s-]end|the\\s+full\\s+year|year['’]s\\s+end|the\\s+end\\s+of\\s+the\\s+year|the\\s+fiscal\\s+year(?!\\s+\\d)|the\\s+year"
                    + "|year-earlier|year-ago|a\\s+year-earlier|the\\s+year-earlier|the\\s+year-ago)\\b",
                    TimeRules::theYear),
            rule("ago", "\\b(?:(?:about|nearly|almost|some|more\\s+than|over|just|only)\\s+)?(" + COUNT + ")[\\s-]+("
                    + UNIT + ")s?\\s+(ago|earlier|later|from\\s+now|hence)\\b", TimeRules::ago),
            rule("inTime", "\\bin\\s+(" + COUNT + ")\\s+(" + UNIT + ")s?(?:['’]s?\\s+time)", TimeRules::inTime),
            rule("duration", "\\b(?:(?:the|for|about|nearly|almost|over|more\\s+than|less\\s+than|up\\s+to|at\\s+least"
                    + "|the\\s+past|the\\s+last|the\\s+next|the\\s+first|the\\s+previous|the\\s+coming|the\\s+final"
                    + "|another|a\\s+further)\\s+)?(?:(?:year-earlier|year-ago)\\s+)?(?<![\\d/])(" + COUNT + ")(\\s+[13]/[24]|\\s*[½¼¾]|[\\s-]+and[\\s-]+a[\\s-]+half)?[\\s-]+(?:(?:more|additional|extra|further|trading|business"
                    + "|working)\\s+)?(" + UNIT + ")s?"
                    + "(\\s+and\\s+a\\s+half)?(?:[\\s-]+(?:long|old))?\\b",
                    LengthRule::duration),
            rule("vagueDuration", "\\b(recent|many|several|the\\s+past\\s+few|the\\s+last\\s+few|the\\s+next\\s+few"
                    + "|the\\s+coming|coming|for|in\\s+recent|the\\s+past|the\\s+last|over\\s+the|future)\\s+(" + UNIT
                    + ")s\\b", LengthRule::vagueDuration),
            rule("unitsAhead", "\\bthe\\s+(?:next\\s+few\\s+|coming\\s+)?(" + UNIT + ")s\\s+ahead\\b", LengthRule::unitsAhead),
            rule("spelledYear", "(?:the\\s+year\\s+)?(" + TimeLexicon.SPELLED_YEAR + ")", TimeRules::spelledYear),
            rule("monthSpelledYear", "(" + M + "),?\\s+(?:of\\s+)?(" + TimeLexicon.SPELLED_YEAR + ")",
                    TimeRules::monthSpelledYear),
            rule("halfYear", PeriodRule.HALF_YEAR, PeriodRule::halfYear),
            rule("weekend", PeriodRule.WEEKEND, PeriodRule::weekend),
            rule("every", PeriodRule.EVERY, PeriodRule::every),
            rule("recurrence", PeriodRule.RECURRENCE, PeriodRule::recurrence),
            rule("decadeWord", PeriodRule.DECADE_WORD, PeriodRule::decadeWord),
            rule("shortDecade", PeriodRule.SHORT_DECADE, PeriodRule::shortDecade),
            rule("latestPeriod", PeriodRule.LATEST_PERIOD, PeriodRule::latestPeriod),
            rule("clock", ClockRule.CLOCK_THEN_DAY, ClockRule::clockThenDay),
            rule("dayClock", ClockRule.DAY_THEN_CLOCK, ClockRule::dayThenClock),
            rule("partOfDay", ClockRule.PART_THEN_DAY, ClockRule::partThenDay),
            rule("clock24", ClockRule.CLOCK_24, ClockRule::clock24),
            rule("clockZone", ClockRule.CLOCK_ZONE, ClockRule::clockZone),
            rule("halfUnit", "\\bhalf\\s+an?\\s+(" + UNIT + ")\\b", LengthRule::halfUnit),
            rule("unitLong", "\\b(hour|day|week|month|year|decade)-long\\b", LengthRule::unitLong),
            rule("holiday", HolidayRule.HOLIDAY, HolidayRule::holiday),
            rule("century", "\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)[\\s-]+century\\b", TimeRules::century));

    private TimeRules() {
    }

    private static Rule rule(String name, String regex, BiFunction<MatchResult, Resolution, Value> handler) {
        // every expression starts at a word boundary: saying so first lets the matcher skip mid-word positions
        String anchored = regex.startsWith("\\b") || regex.startsWith("(?<") ? regex : "\\b" + regex;
        return new Rule(name, Pattern.compile(anchored, FLAGS), handler, Triggers.needsOf(name));
    }

    private static int num(MatchResult m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** A day, or null (reject the match) for a date that does not exist ("February 30"). */
    private static Value dayValue(LocalDate d) {
        return d == null ? null : TimeValues.of(TimeValues.day(d), Granularity.DAY);
    }

    private static Value unlessInvalid(Value v, Resolution r) {
        return v.value() == null && r.anchor != null ? null : v;
    }

    private static Value iso(MatchResult m, Resolution r) {
        LocalDate d = TimeValues.date(num(m, 1), num(m, 2), num(m, 3));
        return d == null ? null : dayValue(d);
    }

    private static Value numeric(MatchResult m, Resolution r) {
        int a = num(m, 1);
        int b = num(m, 2);
        int y = num(m, 3);
        if (y < 100) {
            y += y < 50 ? 2000 : 1900;
        }
        LocalDate d = a > 12 ? TimeValues.date(y, b, a) : TimeValues.date(y, a, b);
        return d == null ? null : dayValue(d);
    }

    private static Value monthDayRange(MatchResult m, Resolution r) {
        int month1 = TimeLexicon.month(m.group(1));
        int month2 = m.group(3) == null ? month1 : TimeLexicon.month(m.group(3));
        if (m.group(3) != null && !m.group().substring(m.end(2) - m.start(), m.start(3) - m.start()).matches(".*[–—-].*")) {
            return null;
        }
        return range(r, month1, num(m, 2), month2, num(m, 4), m.group(5));
    }

    private static Value dayMonthRange(MatchResult m, Resolution r) {
        int month = TimeLexicon.month(m.group(3));
        return range(r, month, num(m, 1), month, num(m, 2), m.group(4));
    }

    private static Value range(Resolution r, int m1, int d1, int m2, int d2, String yearText) {
        if (d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) {
            return null;
        }
        Value first;
        if (yearText != null) {
            first = dayValue(TimeValues.date(Integer.parseInt(yearText), m1, d1));
        } else {
            first = r.monthDay(m1, d1);
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

    private static Value monthDay(MatchResult m, Resolution r) {
        int month = TimeLexicon.month(m.group(1));
        int day = num(m, 2);
        if (day < 1 || day > 31) {
            return null;
        }
        if (m.group(3) != null) {
            return dayValue(TimeValues.date(num(m, 3), month, day));
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
        return unlessInvalid(r.monthDay(month, day), r);
    }

    private static Value dayMonth(MatchResult m, Resolution r) {
        int day = num(m, 1);
        int month = TimeLexicon.month(m.group(2));
        if (day < 1 || day > 31) {
            return null;
        }
        if (m.group(3) != null) {
            return dayValue(TimeValues.date(num(m, 3), month, day));
        }
        return unlessInvalid(r.monthDay(month, day), r);
    }

    private static Value monthRange(MatchResult m, Resolution r) {
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
            y1 = r.yearOfMonth(m1);
        }
        if (y2 == null) {
            y2 = m2 >= m1 ? y1 : y1 + 1;
        }
        return TimeValues.of(TimeValues.month(y1, m1) + "/" + TimeValues.month(y2, m2), Granularity.RANGE);
    }

    private static Value monthYear(MatchResult m, Resolution r) {
        return TimeValues.of(TimeValues.month(num(m, 2), TimeLexicon.month(m.group(1))), Granularity.MONTH);
    }

    private static Value monthRelYear(MatchResult m, Resolution r) {
        if (r.anchor == null) {
            return TimeValues.of(null, Granularity.MONTH);
        }
        String which = m.group(2).toLowerCase(Locale.ROOT);
        int year = r.anchor.getYear() + (which.equals("last") ? -1 : which.equals("next") ? 1 : 0);
        return TimeValues.of(TimeValues.month(year, TimeLexicon.month(m.group(1))), Granularity.MONTH);
    }

    private static Value month(MatchResult m, Resolution r) {
        String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String name = m.group(2);
        int month = TimeLexicon.month(name);
        boolean ambiguous = name.equals("May") || name.equals("March") || name.startsWith("Mar")
                || name.length() <= 4 && !name.endsWith(".") && !name.equals("June") && !name.equals("July");
        // "the three months to March", "January and March"; not "to May" (a name: "lost to May"), "and Jan Kavan"
        if (mod.isEmpty() && ambiguous && !r.previousWord().matches(
                "in|since|until|till|by|of|during|before|after|from|through|early|late|mid|last|next|this|end")
                && !(r.previousWord().matches("to|into|and|or") && name.startsWith("Mar"))) {
            return null;
        }
        if (mod.equals("each") || mod.equals("every")) {
            return TimeValues.of(String.format(Locale.ROOT, "XXXX-%02d", month), Granularity.MONTH);
        }
        if (r.anchor == null) {
            return TimeValues.of(null, Granularity.MONTH);
        }
        int year = switch (mod) {
            case "last" -> month < r.anchor.getMonthValue() ? r.anchor.getYear() : r.anchor.getYear() - 1;
            case "next" -> month > r.anchor.getMonthValue() ? r.anchor.getYear() : r.anchor.getYear() + 1;
            case "this" -> r.anchor.getYear();
            default -> r.yearOfMonth(month);
        };
        return TimeValues.of(TimeValues.month(year, month), Granularity.MONTH);
    }

    private static Value yearRange(MatchResult m, Resolution r) {
        int y1 = num(m, 1);
        String second = m.group(2);
        int y2 = second.length() == 2 ? y1 / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
        if (y2 <= y1) {
            return null;
        }
        return TimeValues.of(TimeValues.year(y1) + "/" + TimeValues.year(y2), Granularity.RANGE);
    }

    private static Value decade(MatchResult m, Resolution r) {
        return TimeValues.of(m.group(1), Granularity.DECADE);
    }

    private static Value year(MatchResult m, Resolution r) {
        return TimeValues.of(m.group(1), Granularity.YEAR);
    }

    private static Value spelledYear(MatchResult m, Resolution r) {
        int year = TimeLexicon.year(m.group(1));
        boolean thousand = m.group(1).toLowerCase(Locale.ROOT).startsWith("two");
        // "two thousand" is more often a count than a year: a year only after "the year", "in", "since" …
        if (year < 0 || thousand && !m.group().toLowerCase(Locale.ROOT).startsWith("the")
                && !r.previousWord().matches("in|since|by|until|till|before|after|from|through|during|of")) {
            return null;
        }
        return TimeValues.of(TimeValues.year(year), Granularity.YEAR);
    }

    private static Value monthSpelledYear(MatchResult m, Resolution r) {
        int year = TimeLexicon.year(m.group(2));
        return year < 0 ? null : TimeValues.of(TimeValues.month(year, TimeLexicon.month(m.group(1))), Granularity.MONTH);
    }

    private static Value quarter(MatchResult m, Resolution r) {
        return QuarterRule.resolve(m, r);
    }

    private static Value weekday(MatchResult m, Resolution r) {
        String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        if (m.group(2).toLowerCase(Locale.ROOT).endsWith("s") || mod.equals("each") || mod.equals("every")
                || m.group(3) != null && m.group().toLowerCase(Locale.ROOT).endsWith("s")) {
            // a recurring weekday ("on Mondays", "every Monday night"): TimeML's set notation
            String part = m.group(3) == null ? "" : TimeValues.partOfDay(m.group(3));
            return TimeValues.of("XXXX-WXX-" + TimeLexicon.weekday(m.group(2)).getValue() + part, Granularity.DAY);
        }
        return r.weekday(TimeLexicon.weekday(m.group(2)), mod, m.group(3));
    }

    private static Value deictic(MatchResult m, Resolution r) {
        return DeicticRule.resolve(m, r);
    }

    private static Value reference(MatchResult m, Resolution r) {
        return DeicticRule.reference(m, r);
    }

    private static Value relativeUnit(MatchResult m, Resolution r) {
        return DeicticRule.relativeUnit(m, r);
    }

    private static Value withinUnit(MatchResult m, Resolution r) {
        String which = m.group(2) == null ? "this" : m.group(2).toLowerCase(Locale.ROOT);
        int n = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
        return r.shifted(n, m.group(3));
    }

    private static Value theYear(MatchResult m, Resolution r) {
        return DeicticRule.theYear(m, r);
    }

    /** "by the end of the month" → the publication date's month, "the end of this week" its week. */
    private static Value unitEnd(MatchResult m, Resolution r) {
        return r.shifted(0, m.group(1));
    }

    private static Value ago(MatchResult m, Resolution r) {
        return DeicticRule.ago(m, r);
    }

    private static Value inTime(MatchResult m, Resolution r) {
        int n = TimeLexicon.count(m.group(1));
        if (n < 0 || r.anchor == null) {
            return TimeValues.of(null, TimeValues.granularityOf(m.group(2)));
        }
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        if (unit.startsWith("day")) {
            return dayValue(r.anchor.plusDays(n));
        }
        if (unit.startsWith("week") || unit.startsWith("fortnight")) {
            return TimeValues.approximateWeeks(r.anchor.plusWeeks(unit.startsWith("f") ? 2L * n : n));
        }
        return r.shifted(n, unit);
    }

    private static Value century(MatchResult m, Resolution r) {
        int c = num(m, 1);
        return c < 1 ? null : TimeValues.of(String.format(Locale.ROOT, "%02d", c - 1), Granularity.CENTURY);
    }
}
