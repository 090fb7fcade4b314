package dev.precis.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the calendar dates written for people in a text, in any of the languages {@link MonthNames}
 * knows: "12. Juli 2017", "29 juin 2019", "1er mars 2020", "12 de julio de 2017", "12 июля 2017 г.",
 * "November 19, 2019", "2023 Jan 7", "2019-11-19", "19.11.2019", "12.VII.2017" and the slash and dash forms
 * "12/07/2017", "12.07.17", "12/07/17", whose order (day first or month first) the caller settles from the page's language
 * unless a number above 12 settles it. Years before 1990 are not read. Stateless and thread-safe.
 */
final class WrittenDates {

    /** A date found in a text: where it starts and ends, and the day. */
    record Found(int start, int end, LocalDate date) {
    }

    private static final String YEAR = "((?:19|20)\\d{2})(?!\\d)";
    /** Spaces within one line: a date never runs across two blocks of the page ("… of 2024" / "September 1st"). */
    private static final String SP = "(?:[^\\S\\n]|[\\u00a0\\u2009\\u202f])";
    private static final String WORD = "(?<!\\p{L})(\\p{L}{3,12}\\.?)";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern YEAR_ONLY = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d.:])(\\d{1,2})(?:st|nd|rd|th|er|e|\\.?º|\\.?°)?\\.?(?:" + SP + "|[/-]){0,3}(?:of" + SP + "+|de" + SP + "+)?" + WORD
            + ",?(?:" + SP + "|[/-]){0,3}(?:de" + SP + "+|del" + SP + "+)?'?" + YEAR, FLAGS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            WORD + SP + "{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?" + SP + "{1,3}" + YEAR, FLAGS);
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?<!\\d)" + YEAR + "\\.?" + SP + "{1,3}" + WORD + SP + "{1,3}(\\d{1,2})(?![\\d:])", FLAGS);
    private static final Pattern YMD = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d.])");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\." + SP + "?(\\d{1,2})\\." + SP + "?" + YEAR);
    /** "12.07.17": a German-style date with a two-digit year, read only where the page has no four-digit one near. */
    private static final Pattern DOTTED_SHORT = Pattern.compile(
            "(?<![\\p{L}\\d.,])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.,]\\d|\\d)");
    /**
     * "12/07/2017", "12-07-2017", and "12|07|2017" or "12 | 07 | 2017" as some German and French templates
     * print a day (the spaced pipe only with two-digit day and month, see {@link #spacedPipeShort}).
     */
    private static final Pattern SLASHED = Pattern.compile(
            "(?<![\\d/.|-])(\\d{1,2})([/|-]|" + SP + "\\|" + SP + ")(\\d{1,2})\\2" + YEAR);
    /**
     * "12/07/17": a slash date with a two-digit year, in the order the page settles, as "12.07.17" is
     * read; day and month written with two digits each, as CMSs print them ("3/4/12" may be a score).
     */
    private static final Pattern SLASHED_SHORT = Pattern.compile(
            "(?<![\\p{L}\\d/.,-])(\\d{2})/(\\d{2})/(\\d{2})(?![\\d/]|[.,]\\d)");
    /** "12-07-17": the same with dashes, as Dutch and Belgian papers print it ("12-07-17, 14:05"). */
    private static final Pattern DASHED_SHORT = Pattern.compile(
            "(?<![\\p{L}\\d/.,-])(\\d{2})-(\\d{2})-(\\d{2})(?![\\d-]|[.,:]\\d)");
    /** "12.VII.2017": the month in Roman numerals, as Polish, Czech and Russian pages write it. */
    private static final Pattern ROMAN_MONTH = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\." + SP + "?(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\\." + SP + "?" + YEAR);
    /** No year after a day and month ("12 février 2017", "Feb. 12, 2017", "12 février 17"); a clock time may follow. */
    private static final String NO_YEAR_AFTER = "(?!\\.?" + SP + "{0,3},?" + SP + "{0,3}(?:de" + SP + "+|del" + SP + "+)?'?\\d{2,4}(?![:.h]\\d))";
    /** "12. Februar", "12 février", "1er mars", "12 de febrero", "12 февраля", with no year after. */
    private static final Pattern DAY_MONTH_NO_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d.:/,-])(\\d{1,2})(?:st|nd|rd|th|er|e|º)?\\.?" + SP + "{1,3}(?:of" + SP + "+|de" + SP + "+)?"
            + "(?<!\\p{L})(\\p{L}{3,12})(?!\\p{L})\\.?" + NO_YEAR_AFTER, FLAGS);
    /**
     * "February 12", "Feb. 12th, 10:30 am", with no year after; not the month of "12. März 25" with its
     * day before, nor a month name and a count ("Mai 4 Leser").
     */
    private static final Pattern MONTH_DAY_NO_YEAR = Pattern.compile(
            "(?<!\\d\\.?[\\s\\u00a0]{1,3})(?<!\\d\\.?[\\s\\u00a0]{1,3}(?:of|de)[\\s\\u00a0]{1,3})(?<!\\p{L})(\\p{L}{3,12})(?!\\p{L})\\.?" + SP + "{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|[:.,/-]\\d)" + NO_YEAR_AFTER
            // and the line ends there, or punctuation or a clock time follows ("Mai 4 Leser" is no day)
            + "(?=" + SP + "*(?:$|\\n|[,;·|•–—)]|(?:\\p{L}{1,5}" + SP + "+)?\\d{1,2}[:.h]\\d{2}))", FLAGS);
    /**
     * "29/06", "29.06.", "6/29": a day and month in figures with no year after (no third number, no
     * decimal); only read where a clock time or a publication label vouches for it ({@link #clockAfter}).
     */
    private static final Pattern NUMERIC_NO_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d./,:-])(\\d{1,2})([./])(\\d{1,2})\\.?(?![./,-]?\\d|\\p{L})");
    /** A clock time right after a day ("à 23h30", ", 10:15 Uhr", "um 10.15", " - 10:15"). */
    private static final Pattern CLOCK_AFTER = Pattern.compile(
            "\\.?" + SP + "{0,3}(?:[,|·–—-]" + SP + "{0,3})?(?:\\p{L}{1,5}" + SP + "{1,3})?\\d{1,2}[:h.]\\d{2}(?!\\d)", FLAGS);
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");

    private WrittenDates() {
    }

    /** Every date in {@code text}, in order of position, overlaps removed (the earlier, longer wins). */
    static List<Found> all(String text, boolean dayFirst) {
        List<Found> out = new ArrayList<>();
        // every form carries a four-digit year: look only around those, which keeps long pages cheap
        Matcher y = YEAR_ONLY.matcher(text);
        int done = 0;
        while (y.find()) {
            int from = Math.max(done, y.start() - 32);
            int to = Math.min(text.length(), y.end() + 24);
            scan(text, from, to, dayFirst, out);
            done = Math.max(done, y.end());
        }
        if (text.indexOf('.') >= 0) {
            Matcher m = DOTTED_SHORT.matcher(text);
            while (m.find()) {
                // "12.07.17" is 2017 and "12.07.98" 1998 (no date before 1990 is read; the caller drops
                // one after its clock)
                int yy = Integer.parseInt(m.group(3));
                int year = yy < 90 ? 2000 + yy : 1900 + yy;
                add(out, m, String.valueOf(year), Integer.parseInt(m.group(2)), m.group(1));
            }
        }
        for (Pattern shortForm : new Pattern[] {SLASHED_SHORT, DASHED_SHORT}) {
            if (text.indexOf(shortForm == SLASHED_SHORT ? '/' : '-') < 0) {
                continue;
            }
            Matcher m = shortForm.matcher(text);
            while (m.find()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                int yy = Integer.parseInt(m.group(3));
                boolean dayFirstHere = a > 12 || b <= 12 && dayFirst;
                add(out, m, String.valueOf(yy < 90 ? 2000 + yy : 1900 + yy), dayFirstHere ? b : a,
                        String.valueOf(dayFirstHere ? a : b));
            }
        }
        return dedupe(out);
    }

    private static void scan(String text, int from, int to, boolean dayFirst, List<Found> out) {
        Matcher m = region(DAY_MONTH_YEAR, text, from, to);
        while (m.find()) {
            add(out, m, m.group(3), MonthNames.of(m.group(2)), m.group(1));
        }
        m = region(MONTH_DAY_YEAR, text, from, to);
        while (m.find()) {
            add(out, m, m.group(3), MonthNames.of(m.group(1)), m.group(2));
        }
        m = region(YEAR_MONTH_DAY, text, from, to);
        while (m.find()) {
            add(out, m, m.group(1), MonthNames.of(m.group(2)), m.group(3));
        }
        m = region(YMD, text, from, to);
        while (m.find()) {
            add(out, m, m.group(1), Integer.parseInt(m.group(3)), m.group(4));
        }
        m = region(DOTTED, text, from, to);
        while (m.find()) {
            add(out, m, m.group(3), Integer.parseInt(m.group(2)), m.group(1));
        }
        m = region(ROMAN_MONTH, text, from, to);
        while (m.find()) {
            add(out, m, m.group(3), ROMAN.indexOf(m.group(2)) + 1, m.group(1));
        }
        m = region(SLASHED, text, from, to);
        while (m.find()) {
            if (spacedPipeShort(m)) {
                continue;
            }
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            boolean dayFirstHere = a > 12 || b <= 12 && dayFirst && !drupalDefault(text, m);
            add(out, m, m.group(4), dayFirstHere ? b : a, String.valueOf(dayFirstHere ? a : b));
        }
    }

    /** A weekday's short name and a comma before a date ("Mi., ", "Wed, "). */
    private static final Pattern SHORT_WEEKDAY = Pattern.compile(
            "(?<!\\p{L})(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Mo|Di|Mi|Do|Fr|Sa|So)\\.?," + SP + "+$", FLAGS);
    /** " - 14:30" after a date. */
    private static final Pattern DASHED_TIME = Pattern.compile(SP + "+-" + SP + "+\\d{1,2}:\\d{2}(?!\\d)");

    /**
     * "Mi., 07/12/2017 - 14:30": Drupal's default date format ({@code D, m/d/Y - H:i}) with an English or
     * German weekday: German never writes slash dates, so such a date on a German site is the pattern the
     * CMS shipped, month first (a French site's "mer, 12/07/2017 - 14:30" may be a translated
     * {@code d/m/Y} and keeps the page's order).
     */
    private static boolean drupalDefault(String text, Matcher m) {
        if (!"/".equals(m.group(2))) {
            return false;
        }
        int end = m.end();
        return DASHED_TIME.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt()
                && SHORT_WEEKDAY.matcher(text).region(Math.max(0, m.start() - 8), m.start()).useTransparentBounds(true).find();
    }

    /** "1 | 12 | 2017": a spaced pipe between one-digit numbers is a list of figures, not a day. */
    private static boolean spacedPipeShort(Matcher m) {
        return m.group(2).length() > 1 && (m.group(1).length() < 2 || m.group(3).length() < 2);
    }

    private static Matcher region(Pattern p, String text, int from, int to) {
        return p.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private static List<Found> dedupe(List<Found> out) {
        if (out.size() > 1) {
            out.sort(Comparator.comparingInt(Found::start).thenComparingInt(f -> -f.end()));
            List<Found> kept = new ArrayList<>(out.size());
            int end = -1;
            for (Found f : out) {
                if (f.start() >= end) {
                    kept.add(f);
                    end = f.end();
                }
            }
            return kept;
        }
        return out;
    }

    /**
     * The order a text's slash and dash dates settle by themselves: true (day first) when one reads
     * "25/07/2017", false (month first) when one reads "07/25/2017", null when none settles it or
     * they disagree. A page writes its dates one way, so such a date orders its "12/07/2017" too.
     */
    static Boolean slashOrder(String text) {
        if (text.indexOf('/') < 0 && text.indexOf('-') < 0) {
            return null;
        }
        boolean dayFirst = false;
        boolean monthFirst = false;
        Matcher m = SLASHED.matcher(text);
        while (m.find()) {
            if (m.group(2).length() > 1) {
                continue;
            }
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            dayFirst |= a > 12 && a <= 31 && b >= 1 && b <= 12;
            monthFirst |= b > 12 && b <= 31 && a >= 1 && a <= 12;
        }
        return dayFirst == monthFirst ? null : dayFirst;
    }

    /** A day in figures opening with two numbers of at most two digits each ("02-12-2025", "2/12/2025", "02.12.2025"). */
    private static final Pattern TWO_NUMBERS = Pattern.compile("(?<!\\d)(\\d{1,2}) ?[./|-] ?(\\d{1,2}) ?[./|-]");

    /**
     * The order a text's days in figures take from the days the page also writes out with the month's name: when a
     * day {@code found} in {@code text} read in order {@code dayFirst} could be read the other way ("02-12-2025": 2
     * December or February 12), and only the other reading is a day the page ({@code page}, asked only then: its
     * whole text, sidebars included) names in words ("December 02, 2025" in a list of recent posts, the page's own
     * entry), the page writes its figures the other way: {@code !dayFirst}. Null when no such day settles it, or the
     * days disagree. A page writes its dates one way ({@link #slashOrder}).
     */
    static Boolean namedOrder(String text, List<Found> found, boolean dayFirst, java.util.function.Supplier<String> page) {
        List<LocalDate[]> twoWays = new ArrayList<>();
        for (Found f : found) {
            Matcher m = TWO_NUMBERS.matcher(text).region(f.start(), f.end());
            LocalDate d = f.date();
            if (m.find() && !m.group(1).equals(m.group(2)) && d.getMonthValue() <= 12 && d.getDayOfMonth() <= 12
                    && d.getMonthValue() != d.getDayOfMonth()) {
                twoWays.add(new LocalDate[] {d, LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue())});
            }
        }
        if (twoWays.isEmpty()) {
            return null;
        }
        String whole = page.get();
        java.util.Set<LocalDate> named = new java.util.HashSet<>();
        for (Found f : all(whole, dayFirst)) {
            if (!TWO_NUMBERS.matcher(whole).region(f.start(), f.end()).find() && hasLetter(whole, f)) {
                named.add(f.date());
            }
        }
        boolean flip = false;
        boolean keep = false;
        for (LocalDate[] d : twoWays) {
            flip |= named.contains(d[1]) && !named.contains(d[0]);
            keep |= named.contains(d[0]) && !named.contains(d[1]);
        }
        return flip && !keep ? !dayFirst : null;
    }

    private static boolean hasLetter(String text, Found f) {
        for (int i = f.start(); i < f.end(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The days and months written without a year in {@code text} ("12. Februar, 10:30 Uhr", "12 février",
     * "February 12"), in order of position, each placed in the year that makes it the latest day not
     * after {@code notAfter} (a 12 February read on 1 March 2017 is 2017's, on 1 February 2017 2016's;
     * a 29 February the latest leap year's). Only for a page whose fetch day is known: against today's
     * clock an archived page's day would land in the wrong year.
     */
    static List<Found> yearless(String text, LocalDate notAfter) {
        return yearless(text, notAfter, null);
    }

    /**
     * As {@link #yearless(String, LocalDate)}, also days and months in figures when {@code dayFirst} is
     * known ("29/06 à 23h30", "29.06., 10:15 Uhr", "Publié le 29/06"; a clock time or a label must vouch
     * for them, see {@link #clockAfter}); a null {@code notAfter} places every day in the leap year 2000,
     * for a caller that takes only the month and day and finds the year elsewhere.
     */
    static List<Found> yearless(String text, LocalDate notAfter, Boolean dayFirst) {
        LocalDate bound = notAfter != null ? notAfter : LocalDate.of(2000, 12, 31);
        List<Found> out = new ArrayList<>();
        Matcher m = DAY_MONTH_NO_YEAR.matcher(text);
        while (m.find()) {
            placed(out, m, MonthNames.of(m.group(2)), Integer.parseInt(m.group(1)), bound);
        }
        m = MONTH_DAY_NO_YEAR.matcher(text);
        while (m.find()) {
            placed(out, m, MonthNames.of(m.group(1)), Integer.parseInt(m.group(2)), bound);
        }
        if (dayFirst != null) {
            m = NUMERIC_NO_YEAR.matcher(text);
            while (m.find()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(3));
                placed(out, m, dayFirst ? b : a, dayFirst ? a : b, bound);
            }
        }
        return dedupe(out);
    }

    /**
     * True when a clock time follows a yearless day in figures ("29/06 à 23h30", "29.06., 10:15 Uhr"); not a
     * figure with a decimal point that a unit or a noun follows ("von 12.07 auf 14.33 Millionen", "14.33 %"):
     * two amounts, not a day and its time.
     */
    static boolean clockAfter(String text, Found f) {
        Matcher m = CLOCK_AFTER.matcher(text).region(f.end(), Math.min(text.length(), f.end() + 16));
        if (!m.lookingAt()) {
            return false;
        }
        return text.charAt(m.end() - 3) != '.' || !AMOUNT_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    /** After a figure: a unit sign or a word other than a clock's ("Uhr", "h", "am", "pm"). */
    private static final Pattern AMOUNT_AFTER = Pattern.compile(
            SP + "*(?:[%€$£]|(?!(?:uhr|h|hrs?|am|pm|a\\.m|p\\.m)(?!\\p{L}))\\p{L})", FLAGS);

    private static void placed(List<Found> out, Matcher m, int month, int day, LocalDate notAfter) {
        if (month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).maxLength()) {
            return;
        }
        // back from the fetch year: the first year in which the day exists and is not yet to come
        for (int year = notAfter.getYear(); year >= notAfter.getYear() - 8; year--) {
            if (month == 2 && day == 29 && !java.time.Year.isLeap(year)) {
                continue;
            }
            LocalDate d = LocalDate.of(year, month, day);
            if (!d.isAfter(notAfter)) {
                out.add(new Found(m.start(), m.end(), d));
                return;
            }
        }
    }

    /** The first date in {@code text}, or null. */
    static Found first(String text, boolean dayFirst) {
        List<Found> all = all(text, dayFirst);
        return all.isEmpty() ? null : all.get(0);
    }

    private static void add(List<Found> out, Matcher m, String year, int month, String day) {
        if (month < 1 || month > 12) {
            return;
        }
        try {
            out.add(new Found(m.start(), m.end(), LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day))));
        } catch (RuntimeException e) {
            // 31 February and the like: not a date
        }
    }
}
