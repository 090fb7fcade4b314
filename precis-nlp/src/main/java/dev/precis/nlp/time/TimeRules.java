package dev.precis.nlp.time;

import static dev.precis.nlp.time.TimeLexicon.COUNT;
import static dev.precis.nlp.time.TimeLexicon.UNIT;
import static dev.precis.nlp.time.TimeLexicon.WEEKDAY;

import dev.precis.model.Granularity;
import dev.precis.nlp.time.Resolution.Value;
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

    /**
     * One pattern and its resolution; {@code needs} the trigger kinds around which it is searched,
     * {@code words} null or words one of which its every match contains ({@link RuleFilters}).
     */
    record Rule(String name, Pattern pattern, BiFunction<MatchResult, Resolution, Value> handler, int needs,
            String[] words) {
    }

    private static final String M = "(?-i:" + TimeLexicon.MONTH + ")";
    private static final String WD = "(?-i:" + WEEKDAY + ")";
    private static final String ORD = "(?:st|nd|rd|th)?";
    /**
     * What never follows a Gregorian year: the era of another calendar whose years fall in the same
     * range of numbers, Nepal's Bikram Sambat ("2083 BS", "B.S.") and the Ethiopian calendar ("2019
     * E.C."), written in capitals. Hijri, Persian, Hebrew and Buddhist years (1447, 1405, 5787, 2569 in
     * 2026) are out of that range.
     */
    private static final String OTHER_ERA = "(?!\\s*(?-i:BS\\b(?![-–])|B\\.S\\.|E\\.C\\.))";
    /**
     * A year; never four digits a clock zone follows ("1945 GMT", "2000 BST", "1800 local time" are times
     * of day, as a fixture's "Tuesday, 1 March" and its kick-off "1945 GMT" on the next line).
     */
    private static final String YEAR = "((?:1[6-9]|20)\\d\\d)(?![\\d%])"
            + "(?!\\s*(?:GMT|UTC|BST|hrs)\\b|\\s+local\\s+time\\b)" + OTHER_ERA;
    /** Before a date's year: the year is not across a blank line from the day and month (a new paragraph). */
    private static final String NO_BLANK_LINE = "(?![ \\t]*\\r?\\n[ \\t]*\\r?\\n)";
    /** "12 March last year", "March 12 this year": the year named relative to the anchor (a group: last, this, next). */
    private static final String REL_YEAR = "\\s+(last|this|next)\\s+year\\b(?!['’])";
    /** A weekday shortened before a date ("Sat 5 Dec", "Thu. 10 December"); never alone ("the Sun"). */
    private static final String WD_SHORT = "(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?";
    private static final String DASH = "\\s*(?:[–—-]|to|through|until|till)\\s*";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    /**
     * What may follow "before" or "after" used as an adverb ("the year before, sales fell", "than the
     * day before"): the end of the clause, not the object of a preposition ("the day before the vote").
     */
    private static final String CLAUSE_END = "(?=\\s*(?:[.,;:!?)\"”]|$)|\\s+(?:and|but|or|when|while|as)\\b)";

    /** A calendar other than the Gregorian named right before a year (the year's era may not be written). */
    private static final Pattern OTHER_CALENDAR = Pattern.compile("\\b(?:Nepali|Nepalese|Ethiopian|Sambat|Samvat|Hijri"
            + "|Islamic|Persian|Iranian|Hebrew|Jewish|Buddhist|Thai)\\s+(?:calendar\\s+|new\\s+)?year\\s+(?:of\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    static final List<Rule> RULES = List.of(
            rule("iso", "(?<![\\d/-])(\\d{4})([-/])(\\d{2})\\2(\\d{2})(?![\\d/])", DateRule::iso),
            rule("numeric", "(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])", DateRule::numeric),
            // "12.03.2024": day, month and a full year between dots, as most of Europe writes a date
            rule("dotted", "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\." + YEAR + "(?!\\.\\d)", DateRule::dotted),
            rule("monthDayRange", "(" + M + ")\\s+(\\d{1,2})" + ORD + DASH + "(?:(" + M + ")\\s+)?(\\d{1,2})" + ORD
                    + "(?!\\d)(?:,?" + NO_BLANK_LINE + "\\s+" + YEAR + ")?", DateRule::monthDayRange),
            rule("dayMonthRange", "(?<!\\d)(\\d{1,2})" + ORD + DASH + "(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(" + M
                    + ")(?:,?" + NO_BLANK_LINE + "\\s+" + YEAR + ")?", DateRule::dayMonthRange),
            rule("monthDay", "(?:" + WD + ",?\\s+|(?:last|next|this)\\s+)?(" + M + ")\\s+(\\d{1,2})" + ORD + "(?!\\d|:\\d)(?:,?" + NO_BLANK_LINE + "\\s+" + YEAR
                    + "|" + REL_YEAR + ")?",
                    DateRule::monthDay),
            rule("dayMonth", "(?:(?:" + WD + "|" + WD_SHORT + "),?\\s+)?(?:the\\s+)?(?<![\\d.,])(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(" + M
                    + ")(?:,?" + NO_BLANK_LINE + "\\s+" + YEAR + "|" + REL_YEAR + ")?", DateRule::dayMonth),
            rule("spelledDay", SpelledDayRule.PATTERN, SpelledDayRule::resolve),
            rule("monthSpanQuarter", MonthSpanQuarterRule.PATTERN, MonthSpanQuarterRule::resolve),
            // a day of the month alone, after a preposition and ending its phrase ("extended on the 10th.",
            // "until the 3rd of next month"), never "the 21st century" or "on the 3rd floor"
            rule("ordinalDay", "the(?<=\\b(?:on|by|until|till|since|from|before|after)\\sthe)\\s+(\\d{1,2})(?:st|nd|rd|th)\\b"
                    + "(?:\\s+of\\s+(this|next|last)\\s+month\\b)?(?=\\s*(?:[.,;:!?)\"”]|$)|\\s+(?:and|or|but|when|at)\\b)",
                    DateRule::ordinalDay),
            rule("andDay", DayPairRule.AND_DAY, DayPairRule::resolve),
            rule("dayAnd", DayPairRule.DAY_AND, DayPairRule::resolve),
            rule("monthRange", "(?:from|between)\\s+(" + M + ")(?:\\s+" + YEAR + ")?\\s+(?:to|until|till|through|and)\\s+("
                    + M + ")(?:\\s+" + YEAR + ")?", DateRule::monthRange),
            rule("monthYear", "(?:(?:early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of)[\\s-]+)?("
                    + M + "),?\\s+(?:of\\s+)?" + YEAR, DateRule::monthYear),
            rule("monthRelYear", "(" + M + ")\\s+(?:of\\s+)?(last|next|this)\\s+year\\b", DateRule::monthRelYear),
            rule("month", "(?:(last|next|this|early|mid|late|earlier\\s+in|later\\s+in|each|every)[\\s-]+)?(" + M + ")",
                    DateRule::month),
            rule("yearRange", "(?:(?:fiscal|financial\\s+year|FY)\\s?)?(?<![\\d$£€.,/-])((?:1[6-9]|20)\\d\\d)(\\s*[–-]\\s*|/)"
                    + "((?:1[6-9]|20)?\\d\\d)(?![\\d%]|/\\d)",
                    DateRule::yearRange),
            // "FY24", "FY '25": a fiscal year by its two last digits (the four-digit "FY2024" is the year rule's)
            rule("fiscalShort", "(?<![\\p{L}\\d])(?-i:FY)\\s?['’]?(\\d{2})(?![\\d%/–-])", TimeRules::fiscalShort),
            rule("decade", "(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?((?:1[6-9]|20)\\d)0['’]?s\\b", TimeRules::decade),
            rule("year", "(?:(?:fiscal|FY|calendar|the\\s+year|mid|early|late|the\\s+end\\s+of|the\\s+start\\s+of)[\\s-]+|FY)?"
                    + "(?<![\\d$£€.,/])(?<!(?<!mid|early|late)-)" + YEAR + "(?![.,]\\d)(?!\\s*(?:percent|per\\s+cent|people|troops|points?|km"
                    + "|miles|members|million|billion|votes|jobs|tons|kilo|metres|meters|feet|dollars|euros|GMT|UTC|hrs\\b))",
                    TimeRules::year),
            rule("season", "(?:(this|last|next|early|late|mid|the|each|every)[\\s-]+)?(spring|summer|autumn|fall|winter)"
                    + "(?:\\s+(?:of\\s+)?(?:" + YEAR + "|(" + TimeLexicon.SPELLED_YEAR + "))|\\s+of\\s+(last|this|next)\\s+year)?\\b",
                    PeriodRule::season),
            rule("quarter", "(?:(the|this|last|next|its|a|same|that)\\s+)?(?:((?:19|20)\\d\\d)\\s+)?(?:(?:fiscal|calendar|latest|current"
                    + "|year-earlier|year-ago)\\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest)"
                    + "[\\s-]+(?:fiscal[\\s-]+)?)?quarter\\b(?:\\s+of\\s+(?:fiscal\\s+)?" + YEAR + "|,?\\s+" + YEAR
                    + "|\\s+of\\s+(last|this|next)\\s+year\\b)?"
                    + "(\\s+a\\s+year\\s+(?:ago|earlier))?", TimeRules::quarter),
            rule("relYearQuarter", "\\b(this|last|next)\\s+year['’]s\\s+(?:(first|second|third|fourth|final|last)"
                    + "[\\s-]+)?(?:fiscal\\s+)?quarter\\b", QuarterRule::relYearQuarter),
            rule("yearPeriod", "\\bthe\\s+" + YEAR + "\\s+period\\b", PeriodRule::yearPeriod),
            rule("qShort", "\\bQ([1-4])(?:\\s+" + YEAR + ")?\\b", QuarterRule::quarterShort),
            // "H1 2025": a half year by its code, only with its year ("H1" alone is also a visa, "H2" hydrogen)
            rule("hShort", "\\b(?-i:H)([12])\\s+" + YEAR + "\\b", PeriodRule::halfShort),
            rule("weekday", "(?:\\b(last|next|this|on|past|coming|previous|each|every)\\s+)?(" + WD + ")(?:\\s+(morning|afternoon"
                    + "|evening|night)s?)?\\b(?!,?\\s+(?:the\\s+)?(?:" + M + "|\\d{1,2}" + ORD + "\\s+(?:of\\s+)?" + M + "|\\d{1,2}/))"
                    + "(?:\\s+(?:of\\s+)?(last|next|this)\\s+week\\b(?!['’]))?", TimeRules::weekday),
            rule("deictic", "\\b(?:(late|early)\\s+)?(today|tonight|yesterday|tomorrow|last\\s+night"
                    + "|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|this\\s+morning"
                    + "|this\\s+afternoon|this\\s+evening)(?:\\s+(morning|afternoon|evening|night))?\\b",
                    TimeRules::deictic),
            rule("overnight", DeicticRule.OVERNIGHT, DeicticRule::overnight),
            rule("reference", "\\b(now|currently|current|at\\s+present|presently|nowadays|these\\s+days|recently"
                    + "|recent|lately|the\\s+past|in\\s+the\\s+past|the\\s+future|in\\s+the\\s+future|the\\s+near\\s+future|the\\s+near\\s+term|the\\s+short\\s+term|soon)\\b(?!\\s+(?:\\d|(?:few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|year|month"
                    + "|week|day|decade|quarter|summer|winter|spring|autumn|fall|hour|century|centuries)s?\\b))", TimeRules::reference),
            rule("relativeUnit", "\\b(last|next|this|the\\s+past|the\\s+coming|the\\s+previous|the\\s+current|previous"
                    + "|coming|current|the\\s+following|the\\s+preceding|the\\s+same|that\\s+same|that|the\\s+latest)\\s+(?:fiscal\\s+)?(week|weekend"
                    + "|month|year|decade|century)\\b", TimeRules::relativeUnit),
            // "in the past hour", "over the past day": a length ending now (a week or more is relativeUnit's)
            rule("pastHourDay", "\\bthe\\s+past\\s+(hour|day)\\b", LengthRule::unitLong),
            rule("relativeDay", "\\bthe\\s+(following|previous|preceding|next)\\s+(day)\\b", TimeRules::relativeUnit),
            rule("thatDay", "\\b(?:(earlier|later|late|early)\\s+)?(?:that|the\\s+same|that\\s+same|(in)\\s+the)\\s+day\\b",
                    DeicticRule::thatDay),
            rule("unitEnd", "\\bthe\\s+(?:end|beginning|start|middle)\\s+of\\s+(?:the|this)\\s+(week|month)\\b",
                    TimeRules::unitEnd),
            rule("withinUnit", "\\b(earlier|later|early|late)\\s+(?:(this|last|next)|in\\s+the)\\s+(week|month|year)\\b",
                    TimeRules::withinUnit),
            rule("theYear", "\\b(?:the\\s+)?(year[\\s-]end|the\\s+full\\s+year|year['’]s\\s+end|the\\s+end\\s+of\\s+the\\s+year|the\\s+fiscal\\s+year(?!\\s+\\d)|the\\s+year"
                    + "|year-earlier|year-ago|a\\s+year-earlier|the\\s+year-earlier|the\\s+year-ago)\\b(?!-long\\b)",
                    TimeRules::theYear),
            // "the highest level of the decade": the decade under way ("the decade since the war" is a length)
            rule("ofTheDecade", "(?<=\\bof\\s)the\\s+decade\\b(?![\\s-]+(?:long|old|of|since|before|after|ago|earlier|later"
                    + "|to|through|ended|ending|that|when|in\\s+which)\\b)", TimeRules::ofTheDecade),
            // "the strike entered its fifth day": the day of the clause (a weekday named right after, else the anchor)
            rule("nthDay", "(?:its|their)(?<=\\b(?:entered|enters|entering|enter|into|in)\\s(?:its|their))\\s+(?:second|third|fourth|fifth"
                    + "|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,2}(?:st|nd|rd|th))\\s+(?:straight\\s+|consecutive\\s+"
                    + "|successive\\s+)?day\\b(?!\\s+of\\b)(?=\\s+on\\s+(?:(last|this)\\s+)?(" + WD + ")\\b|)", TimeRules::nthDay),
            // "it is the third day of the siege", "it was a historic day for the region": the day the clause
            // is about — the anchor's day after "is", the day the text last named after "was" (dropped when it
            // named none); an adjective's day only in the past, where a named day is what it describes
            rule("copulaDay", "(?<=\\b(?:is|was)\\s[\"“]?|['’]s\\s[\"“]?)(?:the\\s+(?:second|third|fourth|fifth|sixth|seventh"
                    + "|eighth|ninth|tenth|eleventh|twelfth|\\d{1,2}(?:st|nd|rd|th))\\s+day(?=\\s+of\\s)|an?\\s+(?:great|historic"
                    + "|sad|proud|dark|black|good|bad|big|important|special|momentous|tragic|terrible|memorable|wonderful"
                    + "|happy|emotional|busy|long|difficult|hard|remarkable|glorious|joyous|grim)\\s+day\\b)", DeicticRule::copulaDay),
            rule("unitBefore", "\\bthe\\s+(day|week|month|year)\\s+(before|after|earlier|later)\\b" + CLAUSE_END,
                    DeicticRule::unitBefore),
            rule("ago", "\\b(?:(?:about|nearly|almost|some|more\\s+than|over|just|only)\\s+)?(" + COUNT + ")[\\s-]+("
                    + UNIT + ")s?(?:\\s+or\\s+so)?\\s+(ago|earlier|later|from\\s+now|hence|before(?=" + CLAUSE_END + "))\\b", TimeRules::ago),
            rule("bareAgo", "\\b(?:(years|decades|centuries)\\s+ago|(minute|hour|day|week|month|year)s\\s+(?:later|earlier))\\b", DeicticRule::bareAgo),
            rule("inTime", "\\bin\\s+(" + COUNT + ")\\s+(" + UNIT + ")s?(?:['’]s?\\s+time)", TimeRules::inTime),
            rule("duration", "\\b(?:(?:the|for|about|nearly|almost|over|more\\s+than|less\\s+than|up\\s+to|at\\s+least"
                    + "|the\\s+past|the\\s+last|the\\s+next|the\\s+first|the\\s+previous|the\\s+coming|the\\s+final"
                    + "|another|a\\s+further)\\s+)?(?:(?:year-earlier|year-ago)\\s+)?(?<![\\d/])(" + COUNT + ")(\\s+[13]/[24]|\\s*[½¼¾]|[\\s-]+and[\\s-]+a[\\s-]+half)?[\\s-]+(?:(?:more|additional|extra|further|trading|business"
                    + "|working)\\s+)?(" + UNIT + ")s?"
                    + "(\\s+and\\s+a\\s+half)?(?:[\\s-]+(?:long|old))?\\b",
                    LengthRule::duration),
            rule("vagueDuration", "\\b(recent|many|several|the\\s+past\\s+few|the\\s+last\\s+few|the\\s+next\\s+few"
                    + "|the\\s+coming|coming|for|within|in\\s+recent|the\\s+past|the\\s+last|over\\s+the|future|in)\\s+(" + UNIT
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
        return new Rule(name, Pattern.compile(RuleFilters.guard(name) + anchored, FLAGS), handler, Triggers.needsOf(name),
                RuleFilters.words(name));
    }

    private static int num(MatchResult m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** A day, or null (reject the match) for a date that does not exist ("February 30"). */

    private static Value ofTheDecade(MatchResult m, Resolution r) {
        return TimeValues.of(r.anchor == null ? null : String.valueOf(r.anchor.getYear() / 10), Granularity.DECADE);
    }

    private static Value nthDay(MatchResult m, Resolution r) {
        if (m.group(2) != null) {
            // "entered its fifth day on Monday": that Monday, placed as the weekday rule places it
            return Placement.weekday(r, TimeLexicon.weekday(m.group(2)), m.group(1), null);
        }
        return TimeValues.of(r.anchor == null ? null : TimeValues.day(r.anchor), Granularity.DAY);
    }

    private static Value decade(MatchResult m, Resolution r) {
        return TimeValues.of(m.group(1), Granularity.DECADE);
    }

    private static Value year(MatchResult m, Resolution r) {
        if (m.start(1) == m.start()) {
            // "from 1930 on BBC One", "at about 1900 on Sundays": a broadcast's 24-hour time, not a year
            Value clock = ClockRule.broadcastTime(m.group(1), m.start(), m.end(), r);
            if (clock != null) {
                return clock;
            }
            if (OTHER_CALENDAR.matcher(r.text).region(Math.max(0, m.start() - 40), m.start()).find()) {
                return null; // "the Nepali year 2083", "the Ethiopian calendar year 2019": not the Gregorian year
            }
        }
        return TimeValues.of(m.group(1), Granularity.YEAR);
    }

    /** "FY24": the fiscal year 2024 (this century's, unless that lies more than 20 years after the anchor). */
    private static Value fiscalShort(MatchResult m, Resolution r) {
        int yy = num(m, 1);
        int base = r.anchor == null ? 2000 : r.anchor.getYear() / 100 * 100;
        int year = base + yy > (r.anchor == null ? 2050 : r.anchor.getYear() + 20) ? base - 100 + yy : base + yy;
        return TimeValues.of(TimeValues.year(year), Granularity.YEAR);
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
        if (mod.isEmpty() && m.group(3) == null && m.group(4) == null && r.previousWord().matches("the|s")
                && TitleWords.capitalisedAfter(r.text, m.end()) && TimeLexicon.month(r.nextWord(m.end())) == 0
                && r.capitalisedInside(m.start(2))) {
            return null; // "the Sunday Times", "Kenya's Sunday Nation": a newspaper
        }
        if (m.group(4) != null) {
            return Placement.weekdayOfWeek(r, TimeLexicon.weekday(m.group(2)), m.group(4), m.group(3));
        }
        return Placement.weekday(r, TimeLexicon.weekday(m.group(2)), mod, m.group(3));
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
        return Shifts.shifted(r, n, m.group(3));
    }

    private static Value theYear(MatchResult m, Resolution r) {
        return DeicticRule.theYear(m, r);
    }

    /**
     * "by the end of the month" → the publication date's month, "the end of this week" its week; "the
     * month" is the one named earlier in the sentence ("agreed in mid-February, held until the end of the month").
     */
    private static Value unitEnd(MatchResult m, Resolution r) {
        Value named = r.referenceInSentence() && !m.group().toLowerCase(Locale.ROOT).contains("this")
                ? r.reference.shifted(0, m.group(1)) : null;
        return named != null ? named : Shifts.shifted(r, 0, m.group(1));
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
            return DateRule.dayValue(r.anchor.plusDays(n));
        }
        if (unit.startsWith("week") || unit.startsWith("fortnight")) {
            return TimeValues.approximateWeeks(r.anchor.plusWeeks(unit.startsWith("f") ? 2L * n : n));
        }
        return Shifts.shifted(r, n, unit);
    }

    private static Value century(MatchResult m, Resolution r) {
        int c = num(m, 1);
        return c < 1 ? null : TimeValues.of(String.format(Locale.ROOT, "%02d", c - 1), Granularity.CENTURY);
    }
}
