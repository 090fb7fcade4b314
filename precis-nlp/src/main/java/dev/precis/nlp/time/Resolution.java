package dev.precis.nlp.time;

import static dev.precis.nlp.time.TimeValues.date;
import static dev.precis.nlp.time.TimeValues.day;
import static dev.precis.nlp.time.TimeValues.granularityOf;
import static dev.precis.nlp.time.TimeValues.month;
import static dev.precis.nlp.time.TimeValues.of;
import static dev.precis.nlp.time.TimeValues.partOfDay;
import static dev.precis.nlp.time.TimeValues.quarter;
import static dev.precis.nlp.time.TimeValues.week;
import static dev.precis.nlp.time.TimeValues.year;

import dev.precis.model.Granularity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state of resolving one text: the anchor (publication date, may be null), the tense of the
 * expression being resolved and what the text last talked about (a fiscal quarter, so that "a year
 * earlier" in an earnings report means the same quarter a year before). Also formats ISO 8601
 * values. Not thread-safe: one instance per {@code resolve} call.
 */
final class Resolution {

    /** A resolved value; {@code value} null when the expression cannot be placed on the calendar. */
    record Value(String value, Granularity granularity) {
    }

    private static final long HALF_YEAR = 183;
    /**
     * How far back a past clause may place a date without a year: eight months ("He was last seen
     * Nov. 3" in May is last November). Further back, the same year's date is kept: without its year
     * a date is rarely much more than half a year old, and the tense cue is often another clause's.
     */
    private static final long PAST_REACH = 240;
    /** A reporting period longer than a quarter named in a sentence of an earnings text. */
    private static final Pattern LONGER_PERIOD = Pattern.compile(
            "\\b(?:(?:first\\s+)?(?:six|nine|6|9)\\s+months|(?:first|second)\\s+half|(?:full|fiscal)\\s+year)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");

    final LocalDate anchor;
    String text = "";
    int start;
    private int end;
    private int sentenceStart;
    private int sentenceEnd;
    /** The current expression's tense, null until a rule asks for it. */
    private Tense tense = Tense.UNKNOWN;
    private int quarterYear;
    private int quarter;
    /** The last date the text named ("reference time"): year, month (0 if unknown), day (0 if unknown). */
    private int referenceYear;
    private int referenceMonth;
    private int referenceDay;
    /** Where the expression that set the reference time starts. */
    private int referenceAt = -1;
    /** Whether the text writes its dates day first ({@link DateOrder}); null until a numeric date asks. */
    private Boolean dayFirst;

    Resolution(LocalDate anchor) {
        this.anchor = anchor;
    }

    /** Moves to the expression at {@code [start, end)} in the sentence {@code [sentenceStart, sentenceEnd)}. */
    void at(int start, int end, int sentenceStart, int sentenceEnd) {
        this.start = start;
        this.end = end;
        this.sentenceStart = sentenceStart;
        this.sentenceEnd = sentenceEnd;
        this.tense = null;
    }

    /** The tense around the current expression, read only when a rule needs it (most explicit dates do not). */
    Tense tense() {
        if (tense == null) {
            tense = Tense.around(text, start, end, sentenceStart, sentenceEnd);
        }
        return tense;
    }

    /** Whether an ambiguous numeric date ("03/01/2020") is day first in this text. */
    boolean dayFirst() {
        if (dayFirst == null) {
            dayFirst = DateOrder.dayFirst(text);
        }
        return dayFirst;
    }

    /** Makes a resolved calendar value ({@code 1995}, {@code 1995-05}, {@code 1995-05-22…}) the reference time. */
    void rememberReference(String value) {
        if (value == null || value.isEmpty() || !Character.isDigit(value.charAt(0))) {
            return;
        }
        Matcher m = REFERENCE.matcher(value);
        if (!m.matches()) {
            return;
        }
        referenceAt = start;
        referenceYear = Integer.parseInt(m.group(1));
        referenceMonth = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        referenceDay = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    }

    /** Whether the reference time was named earlier in the current expression's sentence. */
    boolean referenceInSentence() {
        return referenceYear != 0 && referenceAt >= sentenceStart && referenceAt < start;
    }

    /**
     * {@code n} units from the reference time, when the text has named a date at least as precise as
     * the unit; otherwise null (the caller counts from the anchor).
     */
    Value shiftedFromReference(int n, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (referenceYear == 0) {
            return null;
        }
        if (u.startsWith("year")) {
            return of(year(referenceYear + n), Granularity.YEAR);
        }
        if (referenceMonth == 0) {
            return null;
        }
        if (u.startsWith("month")) {
            LocalDate d = LocalDate.of(referenceYear, referenceMonth, 1).plusMonths(n);
            return of(month(d.getYear(), d.getMonthValue()), Granularity.MONTH);
        }
        LocalDate d = referenceDay == 0 ? null : date(referenceYear, referenceMonth, referenceDay);
        if (d == null) {
            return null;
        }
        if (u.startsWith("day")) {
            return of(day(d.plusDays(n)), Granularity.DAY);
        }
        if (u.startsWith("week")) {
            return of(week(d.plusWeeks(n)), Granularity.WEEK);
        }
        return null;
    }

    /**
     * Makes a quarter the one the text reports on, unless it has not begun by the anchor (a forecast
     * for "the third quarter of 2025" does not change which quarter "a year earlier" compares with).
     */
    void rememberQuarter(int year, int q) {
        if (anchor != null && q >= 1 && q <= 4 && LocalDate.of(year, 3 * q - 2, 1).isAfter(anchor)) {
            return;
        }
        quarterYear = year;
        quarter = q;
    }

    boolean hasQuarter() {
        return quarter > 0;
    }

    int quarterYear() {
        return quarterYear;
    }

    int quarterNumber() {
        return quarter;
    }

    /** The word starting after {@code end}, lower-cased ("" at the end of the text or before punctuation). */
    String nextWord(int end) {
        int i = end;
        while (i < text.length() && i < end + 3 && text.charAt(i) == ' ') {
            i++;
        }
        int from = i;
        while (i < text.length() && i < from + 20 && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(from, i).toLowerCase(Locale.ROOT);
    }

    /** Up to {@code max} characters of the text from {@code end}, lower-cased. */
    String textAfter(int end, int max) {
        return end >= text.length() ? "" : text.substring(end, Math.min(text.length(), end + max)).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the word at {@code wordStart} is capitalised inside its sentence in running text (not a
     * title-case headline): a name's part then ("China Daily", "USA Today"), see {@link TitleWords}.
     */
    boolean capitalisedInside(int wordStart) {
        return TitleWords.capitalisedInside(text, wordStart, sentenceStart)
                && !TitleWords.headline(text, sentenceStart, sentenceEnd);
    }

    /** The word before the current expression, lower-cased ("" at the start of the text). */
    String previousWord() {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return text.substring(i + 1, end).toLowerCase(Locale.ROOT);
    }

    /**
     * Month and day without a year: with a known tense, the anchor's year unless the tense says the
     * other side of the anchor and the neighbouring year's date is within half a year ("said on
     * December 20" in a January article is last December), or eight months in a past clause ("last
     * seen Nov. 3" in a May article); without a tense, the occurrence nearer the anchor ("payable
     * Jan. 2" in a November article is next January).
     */
    Value monthDay(int month, int dayOfMonth) {
        if (anchor == null) {
            return of(null, Granularity.DAY);
        }
        LocalDate same = date(anchor.getYear(), month, dayOfMonth);
        if (same == null) {
            return of(null, Granularity.DAY);
        }
        if (tense() == Tense.UNKNOWN) {
            LocalDate other = date(anchor.getYear() + (same.isAfter(anchor) ? -1 : 1), month, dayOfMonth);
            return of(day(nearer(same, other)), Granularity.DAY);
        }
        if (!fitsTense(same, same)) {
            LocalDate other = date(anchor.getYear() + (tense() == Tense.PAST ? -1 : 1), month, dayOfMonth);
            if (other != null && Math.abs(other.toEpochDay() - anchor.toEpochDay()) <= reach()) {
                return of(day(other), Granularity.DAY);
            }
        }
        return of(day(same), Granularity.DAY);
    }

    /**
     * "on the 20th": that day of the month of the full date the text last named ("took effect on 5 June
     * and was extended on the 10th"), else of the anchor's month, "of next month" or the tense moving it
     * a month ("was detained on the 28th" read on the 3rd is last month's).
     */
    Value dayOfMonth(int dayOfMonth, String whichMonth) {
        if (whichMonth == null && referenceDay != 0) {
            LocalDate d = date(referenceYear, referenceMonth, dayOfMonth);
            return of(d == null ? null : day(d), Granularity.DAY);
        }
        if (anchor == null) {
            return of(null, Granularity.DAY);
        }
        LocalDate first = anchor.withDayOfMonth(1);
        String w = whichMonth == null ? "" : whichMonth.toLowerCase(Locale.ROOT);
        if (w.equals("next") || w.isEmpty() && tense() == Tense.FUTURE && dayOfMonth < anchor.getDayOfMonth()) {
            first = first.plusMonths(1);
        } else if (w.equals("last") || w.isEmpty() && tense() == Tense.PAST && dayOfMonth > anchor.getDayOfMonth()) {
            first = first.minusMonths(1);
        }
        LocalDate d = date(first.getYear(), first.getMonthValue(), dayOfMonth);
        return of(d == null ? null : day(d), Granularity.DAY);
    }

    /** How far from the anchor the other year's date may be for the tense to move it there. */
    private long reach() {
        return tense() == Tense.PAST ? PAST_REACH : HALF_YEAR;
    }

    /** A month without a year, placed like {@link #monthDay}. */
    int yearOfMonth(int month) {
        LocalDate first = LocalDate.of(anchor.getYear(), month, 1);
        LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
        if (tense() == Tense.UNKNOWN) {
            LocalDate middle = first.withDayOfMonth(15);
            LocalDate other = middle.plusYears(middle.isAfter(anchor) ? -1 : 1);
            return nearer(middle, other).getYear();
        }
        if (!fitsTense(first, last)) {
            int otherYear = anchor.getYear() + (tense() == Tense.PAST ? -1 : 1);
            LocalDate middle = LocalDate.of(otherYear, month, 15);
            if (Math.abs(middle.toEpochDay() - anchor.toEpochDay()) <= reach()) {
                return otherYear;
            }
        }
        return anchor.getYear();
    }

    /** Of two candidate dates, the one nearer the anchor ({@code same}, the anchor's year, on a tie). */
    private LocalDate nearer(LocalDate same, LocalDate other) {
        if (other == null) {
            return same;
        }
        long a = Math.abs(same.toEpochDay() - anchor.toEpochDay());
        long b = Math.abs(other.toEpochDay() - anchor.toEpochDay());
        return b + 7 < a ? other : same;
    }

    private boolean fitsTense(LocalDate from, LocalDate to) {
        return switch (tense()) {
            case PAST -> !from.isAfter(anchor);
            case FUTURE -> !to.isBefore(anchor);
            case UNKNOWN -> true;
        };
    }

    /** A weekday: "last" looks back, "next" forward, otherwise the tense decides (past by default). */
    Value weekday(DayOfWeek dow, String modifier, String partOfDay) {
        if (anchor == null) {
            return of(null, Granularity.DAY);
        }
        String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
        LocalDate d;
        switch (mod) {
            case "last", "past" -> d = anchor.with(TemporalAdjusters.previous(dow));
            case "previous" -> {
                // "down 4.5% from the previous Friday" is the one before the day the text last named,
                // as "the previous day" is (the publication date when it named none)
                LocalDate named = referenceDay == 0 ? null : date(referenceYear, referenceMonth, referenceDay);
                d = (named != null ? named : anchor).with(TemporalAdjusters.previous(dow));
            }
            case "next", "coming" -> d = anchor.with(TemporalAdjusters.next(dow));
            case "this" -> {
                d = anchor.with(dow);
                if (tense() == Tense.FUTURE && d.isBefore(anchor)) {
                    d = d.plusWeeks(1);
                }
            }
            default -> d = tense() == Tense.FUTURE
                    ? anchor.with(TemporalAdjusters.nextOrSame(dow))
                    : anchor.with(TemporalAdjusters.previousOrSame(dow));
        }
        if (partOfDay != null) {
            return of(day(d) + partOfDay(partOfDay), Granularity.TIME);
        }
        return of(day(d), Granularity.DAY);
    }

    /**
     * "Wednesday next week", "Friday of last week", "Monday this week": that day of the ISO week the
     * phrase names, whatever the tense ("on Wednesday" alone would be the coming one).
     */
    Value weekdayOfWeek(DayOfWeek dow, String week, String partOfDay) {
        if (anchor == null) {
            return of(null, Granularity.DAY);
        }
        String w = week.toLowerCase(Locale.ROOT);
        LocalDate d = anchor.plusWeeks(w.equals("next") ? 1 : w.equals("last") ? -1 : 0).with(dow);
        return partOfDay != null ? of(day(d) + partOfDay(partOfDay), Granularity.TIME) : of(day(d), Granularity.DAY);
    }

    /**
     * "A year earlier": the same quarter a year before when the text talks in quarters, unless its
     * clause reports on a longer period ("For the nine months, net rose … from $2 million a year
     * earlier" compares with the year before, not with its third quarter).
     */
    Value yearBefore() {
        if (comparesQuarters()) {
            return of(quarter(quarterYear - 1, quarter), Granularity.QUARTER);
        }
        return shifted(-1, "year");
    }

    /**
     * Whether the text reports on a quarter and the current expression's sentence does not name a
     * longer period before it: then "a year earlier", "the 1988 period" mean that quarter.
     */
    boolean comparesQuarters() {
        return hasQuarter() && !LONGER_PERIOD.matcher(text).region(sentenceStart, start).find();
    }

    /** The anchor shifted by {@code n} units, at that unit's granularity. */
    Value shifted(int n, String unit) {
        if (anchor == null) {
            return of(null, granularityOf(unit));
        }
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("day")) {
            return of(day(anchor.plusDays(n)), Granularity.DAY);
        } else if (u.startsWith("weekend")) {
            return of(week(anchor.plusWeeks(n)) + "-WE", Granularity.WEEK);
        } else if (u.startsWith("week") || u.startsWith("fortnight")) {
            return of(week(anchor.plusWeeks(u.startsWith("f") ? 2L * n : n)), Granularity.WEEK);
        } else if (u.startsWith("month")) {
            LocalDate d = anchor.plusMonths(n);
            return of(month(d.getYear(), d.getMonthValue()), Granularity.MONTH);
        } else if (u.startsWith("quarter")) {
            LocalDate d = anchor.plusMonths(3L * n);
            return of(quarter(d.getYear(), (d.getMonthValue() + 2) / 3), Granularity.QUARTER);
        } else if (u.startsWith("decade")) {
            return of(Integer.toString(anchor.getYear() / 10 + n), Granularity.DECADE);
        } else if (u.startsWith("centur")) {
            return of(Integer.toString(anchor.getYear() / 100 + n), Granularity.CENTURY);
        } else if (u.startsWith("hour") || u.startsWith("min") || u.startsWith("sec")) {
            return of(day(anchor), Granularity.DAY);
        }
        return of(year(anchor.getYear() + n), Granularity.YEAR);
    }
}
