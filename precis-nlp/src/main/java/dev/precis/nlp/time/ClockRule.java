package dev.precis.nlp.time;

import dev.precis.model.Granularity;
import dev.precis.nlp.time.Resolution.Value;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times, alone or with the day they fall on: "3:30 p.m." (the publication day), "10 p.m.
 * Wednesday", "noon Thursday", "Monday at 9 a.m.", "5 p.m. EST, Nov. 6", "midnight Friday" (the end
 * of that day, {@code T24:00}), and parts of a named day ("mid-afternoon yesterday"). Values are
 * {@code 2024-03-13T22:00} or {@code 2024-03-13TAF} (TimeML's parts of day). Thread-safe (stateless).
 */
final class ClockRule {

    private static final String WD = "(?-i:" + TimeLexicon.WEEKDAY + ")";
    private static final String M = "(?-i:" + TimeLexicon.MONTH + ")";
    private static final String ZONE = "(?:\\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|ET|PT"
            + "|local\\s+time))?";
    /** A clock reading: group 1 hour, 2 minutes, 3 a.m./p.m. or o'clock, 4 noon/midnight. */
    static final String CLOCK = "(?:(?<![\\d.:$£€])(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm|o['’]clock)(?![\\p{L}])"
            + "|(noon|midnight|midday)\\b)" + ZONE;
    /**
     * The day a clock reading is on: 5 modifier, 6 weekday, 7 month, 8 day of month, 9 deictic day, then a
     * day written before its month ("at 14:30 GMT on 12 March", "5 p.m. on 4 March 2024"): 10 day of month,
     * 11 month, 12 year (numbers counted from the first group of the day).
     */
    static final String DAY = "(?:(?:(last|next|this)\\s+)?(" + WD + ")\\b(?!s)|(" + M + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?"
            + "(?!\\d)|(today|tonight|yesterday|tomorrow)|(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + M + ")"
            + "(?:,?\\s+((?:1[6-9]|20)\\d\\d)(?!\\d))?)";

    /** "10 p.m. Wednesday", "noon on Nov. 6", "3:30 p.m." (groups as {@link #CLOCK} and {@link #DAY}). */
    static final String CLOCK_THEN_DAY = CLOCK + "(?:,?\\s+(?:on\\s+)?" + DAY + ")?";
    /** "Wednesday at 10 p.m.": the day's groups first (1–5), then the clock's (6–9). */
    static final String DAY_THEN_CLOCK = "(?:(?:(last|next|this)\\s+)?(" + WD + ")|(" + M + ")\\s+(\\d{1,2})"
            + "(?:st|nd|rd|th)?|(today|tonight|yesterday|tomorrow)),?\\s+at\\s+" + CLOCK;
    /** "mid-afternoon yesterday", "late evening today": 1 part of day, 2 day. */
    static final String PART_THEN_DAY = "(?:(?:mid|early|late)[\\s-]*)?(morning|afternoon|evening|night)\\s+"
            + "(yesterday|today|tomorrow)"
            + "|\\bmid[\\s-]*(morning|afternoon|evening)\\b(?![\\s-]+(?:yesterday|today|tomorrow|on|of|last|this|next|"
            + "(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b)";

    /**
     * A 24-hour reading without a.m./p.m. ("14:30", "at 9:15 GMT"): a two-digit hour, or any hour after
     * "at", "from", "until", "by", "around", "before", "after", "since". Groups: 1 or 2 hour, 3 minutes,
     * then the day as {@link #DAY} (4–8: "06:00 GMT on Monday").
     */
    static final String CLOCK_24 = "(?<![\\d.:$£€,/])(?:(?<=\\b(?:at|from|until|till|by|around|before|after|since)\\s)"
            + "(\\d{1,2})|([01]\\d|2[0-3])):([0-5]\\d)(?![\\d:])(?!\\s*(?:a\\.?m|p\\.?m)\\b)"
            + "(?:\\s*(?:hrs|GMT|UTC|local\\s+time)\\b)?(?:,?\\s+(?:on\\s+)?" + DAY + ")?";

    /**
     * A four-digit 24-hour reading with its zone, as wire copy gives the universal time beside the local
     * one ("at 0930 GMT", "(1730 GMT)", "1400 local time"): 1 hour, 2 minutes, then the day as {@link #DAY}
     * (3–7). Without the zone four digits are a year ("1800 troops" neither).
     */
    static final String CLOCK_ZONE = "(?<![\\d.:$£€,/])([01]\\d|2[0-3])([0-5]\\d)\\s*(?:GMT|UTC|BST|hrs|local\\s+time)\\b"
            + "(?:,?\\s+(?:on\\s+)?" + DAY + ")?";

    /** A weekday after a clock reading's aside in brackets or its closing bracket: 1 modifier, 2 weekday. */
    private static final Pattern DAY_AFTER_ASIDE = Pattern.compile("(?:\\s*\\([^()\\n]{1,30}\\)|\\))\\s*,?\\s*on\\s+"
            + "(?:(last|next|this)\\s+)?(" + WD + ")\\b(?!s)");

    /** A weekday right before a clock reading and its "at (about)": 1 modifier, 2 weekday. */
    private static final Pattern DAY_BEFORE = Pattern.compile("\\b(?:(last|next|this)\\s+)?(" + WD + ")\\b(?<!s),?\\s+at\\s+"
            + "(?:about\\s+|around\\s+|approximately\\s+|roughly\\s+)?$");

    /** What four digits read as a time of day follow: 1 the preposition ("from 1930", "at about 1900"). */
    private static final Pattern TIME_PREPOSITION = Pattern.compile(
            "\\b(at|from|until|till|by)\\s+(?:(?:about|around|approximately)\\s+)?$", Pattern.CASE_INSENSITIVE);
    /**
     * What follows four digits read as a time of day: "on" and a channel or station ("on Radio 4", "on
     * Channel 5", "on BBC Two", "on ITV1", "on Capital FM") or a day ("on Sundays", "on Wednesday").
     */
    private static final Pattern ON_AIR = Pattern.compile("\\s+on\\s+(?:[A-Z][A-Za-z]*\\s+(?:One|Two|Three|Four"
            + "|Five|\\d{1,2})\\b|[A-Z]{2,}\\d\\b|(?:[A-Z][A-Za-z]*\\s+){1,2}(?:TV|Radio|FM)\\b|(" + TimeLexicon.WEEKDAY
            + ")\\b)");
    /** A day named in the sentence before a schedule's time ("live on Wednesday 19 January, from 1930 on …"). */
    private static final Pattern DAY_NAMED = Pattern.compile("\\b(?:" + TimeLexicon.WEEKDAY + "|today|tonight|tomorrow)\\b");

    private ClockRule() {
    }

    /**
     * A four-digit number the year rule matched read as a 24-hour time of day instead, or null: a valid
     * reading (0000–2359) after "at", "from", "until", "till" or "by" and before "on" and a channel,
     * station or day ("from 1930 on BBC One", "at about 1900 on Sundays"). "from" and the others name a
     * year as well ("ran from 1999 on Channel 4"), so they need a day named before in the sentence or
     * after "on"; "at 1930" before a channel is never a year. "from 1930 to 1945" and "in 1930" stay years.
     */
    static Value broadcastTime(String digits, int start, int end, Resolution r) {
        int hour = Integer.parseInt(digits.substring(0, 2));
        int minute = Integer.parseInt(digits.substring(2));
        if (hour > 23 || minute > 59) {
            return null;
        }
        Matcher before = TIME_PREPOSITION.matcher(r.text).region(Math.max(0, start - 40), start);
        Matcher after = ON_AIR.matcher(r.text).region(end, r.text.length());
        if (!before.find() || !after.lookingAt()) {
            return null;
        }
        if (!before.group(1).equalsIgnoreCase("at") && after.group(1) == null
                && !DAY_NAMED.matcher(r.text).region(Math.max(r.sentenceStart, start - 200), start).find()) {
            return null;
        }
        String weekday = after.group(1);
        Value date = weekday != null && !weekday.toLowerCase(Locale.ROOT).endsWith("s") // "on Wednesday", not "on Sundays"
                ? Placement.weekday(r, TimeLexicon.weekday(weekday), null, null) : dayNear(start, end, r);
        if (date == null || date.value() == null) {
            return date == null ? null : TimeValues.of(null, Granularity.TIME);
        }
        return TimeValues.of(date.value() + String.format(Locale.ROOT, "T%02d:%02d", hour, minute), Granularity.TIME);
    }

    static Value clockZone(MatchResult m, Resolution r) {
        Value date = dayOf(m, 3, r);
        if (date == null) {
            return null;
        }
        if (date.value() == null) {
            return TimeValues.of(null, Granularity.TIME);
        }
        return TimeValues.of(date.value() + "T" + m.group(1) + ":" + m.group(2), Granularity.TIME);
    }

    static Value clockThenDay(MatchResult m, Resolution r) {
        return combine(m, 1, 5, r);
    }

    static Value dayThenClock(MatchResult m, Resolution r) {
        return combine(m, 6, 1, r);
    }

    static Value clock24(MatchResult m, Resolution r) {
        int hour = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        if (hour > 23) {
            return null;
        }
        Value date = dayOf(m, 4, r);
        if (date == null) {
            return null;
        }
        if (date.value() == null) {
            return TimeValues.of(null, Granularity.TIME);
        }
        return TimeValues.of(date.value() + String.format(Locale.ROOT, "T%02d:%s", hour, m.group(3)), Granularity.TIME);
    }

    static Value partThenDay(MatchResult m, Resolution r) {
        if (m.group(3) != null) {
            // "by mid-afternoon" with no day named: that part of the anchor's day (TimeBank marks it so, mod MID)
            return r.anchor == null ? TimeValues.of(null, Granularity.TIME)
                    : TimeValues.of(TimeValues.day(r.anchor) + TimeValues.partOfDay(m.group(3)), Granularity.TIME);
        }
        Value day = deicticDay(m.group(2), r);
        if (day == null || day.value() == null) {
            return day == null ? null : TimeValues.of(null, Granularity.TIME);
        }
        return TimeValues.of(day.value() + TimeValues.partOfDay(m.group(1)), Granularity.TIME);
    }

    /** {@code clock} and {@code day} are the first group numbers of the clock and day parts. */
    private static Value combine(MatchResult m, int clock, int day, Resolution r) {
        String time = clock(m.group(clock), m.group(clock + 1), m.group(clock + 2), m.group(clock + 3));
        if (time == null) {
            return null;
        }
        Value date = dayOf(m, day, r);
        if (date == null) {
            return null;
        }
        if (date.value() == null) {
            return TimeValues.of(null, Granularity.TIME);
        }
        return TimeValues.of(date.value() + "T" + time, Granularity.TIME);
    }

    /**
     * The day of a clock reading from the {@link #DAY} groups starting at {@code day}, else a weekday
     * next to it, else the day named earlier in its sentence, else the publication date; null for an
     * impossible date.
     */
    private static Value dayOf(MatchResult m, int day, Resolution r) {
        Value date;
        if (m.group(day + 1) != null) {
            date = Placement.weekday(r, TimeLexicon.weekday(m.group(day + 1)), m.group(day), null);
        } else if (m.group(day + 2) != null) {
            int dayOfMonth = Integer.parseInt(m.group(day + 3));
            if (dayOfMonth < 1 || dayOfMonth > 31) {
                return null;
            }
            date = Placement.monthDay(r, TimeLexicon.month(m.group(day + 2)), dayOfMonth);
            if (date.value() == null && r.anchor != null) {
                return null;
            }
        } else if (m.group(day + 4) != null) {
            date = deicticDay(m.group(day + 4), r);
        } else if (m.groupCount() >= day + 7 && m.group(day + 5) != null) {
            // only a {@link #DAY} has these groups (a day-then-clock match always names its day above)
            int dayOfMonth = Integer.parseInt(m.group(day + 5));
            int month = TimeLexicon.month(m.group(day + 6));
            if (m.group(day + 7) != null) {
                LocalDate d = TimeValues.date(Integer.parseInt(m.group(day + 7)), month, dayOfMonth);
                return d == null ? null : TimeValues.of(TimeValues.day(d), Granularity.DAY);
            }
            if (dayOfMonth < 1 || dayOfMonth > 31) {
                return null;
            }
            date = Placement.monthDay(r, month, dayOfMonth);
            if (date.value() == null && r.anchor != null) {
                return null;
            }
        } else {
            date = dayNear(m.start(), m.end(), r);
        }
        return date;
    }

    /**
     * The day of a clock reading at {@code [start, end)} that names none: a weekday next to it, else the
     * day named earlier in its sentence, else the publication date.
     */
    private static Value dayNear(int start, int end, Resolution r) {
        Value date;
        if (r.anchor != null && DAY_BEFORE.matcher(r.text).region(Math.max(0, start - 40), start).find()) {
            // "on Saturday at about 10:30 p.m.", "Saturday at 0930 GMT": the weekday just before
            Matcher before = DAY_BEFORE.matcher(r.text).region(Math.max(0, start - 40), start);
            before.find();
            date = Placement.weekday(r, TimeLexicon.weekday(before.group(2)), before.group(1), null);
        } else if (r.anchor != null && DAY_AFTER_ASIDE.matcher(r.text).region(end, r.text.length()).lookingAt()) {
            // "at 10:30 p.m. (1730 GMT) on Saturday", "(1730 GMT) on Saturday": the day after the aside
            Matcher after = DAY_AFTER_ASIDE.matcher(r.text).region(end, r.text.length());
            after.lookingAt();
            date = Placement.weekday(r, TimeLexicon.weekday(after.group(2)), after.group(1), null);
        } else if (r.anchor != null && r.referenceInSentence() && r.reference.shifted(0, "day") != null) {
            // "began at 06:00 GMT on Monday and ended at 18:00": the day named earlier in the sentence
            date = r.reference.shifted(0, "day");
        } else {
            date = r.anchor == null ? TimeValues.of(null, Granularity.DAY)
                    : TimeValues.of(TimeValues.day(r.anchor), Granularity.DAY);
        }
        return date;
    }

    private static Value deicticDay(String word, Resolution r) {
        if (r.anchor == null) {
            return TimeValues.of(null, Granularity.DAY);
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "yesterday" -> TimeValues.of(TimeValues.day(r.anchor.minusDays(1)), Granularity.DAY);
            case "tomorrow" -> TimeValues.of(TimeValues.day(r.anchor.plusDays(1)), Granularity.DAY);
            default -> TimeValues.of(TimeValues.day(r.anchor), Granularity.DAY);
        };
    }

    /** "22:00" from the clock groups, or null for an impossible reading ("13 p.m.", "9:75 a.m.", "10:30 o'clock"). */
    static String clock(String hourText, String minuteText, String meridiem, String named) {
        if (named != null) {
            return named.equalsIgnoreCase("midnight") ? "24:00" : "12:00";
        }
        int hour = Integer.parseInt(hourText);
        int minute = minuteText == null ? 0 : Integer.parseInt(minuteText);
        if (hour < 1 || hour > 12 || minute > 59) {
            return null;
        }
        if (Character.toLowerCase(meridiem.charAt(0)) == 'o') {
            // "10 o'clock": the hour as written (TimeML gives no half of the day it does not name)
            return minuteText == null ? String.format(Locale.ROOT, "%02d:00", hour) : null;
        }
        boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
        if (hour == 12) {
            hour = pm ? 12 : 0;
        } else if (pm) {
            hour += 12;
        }
        return String.format(Locale.ROOT, "%02d:%02d", hour, minute);
    }
}
