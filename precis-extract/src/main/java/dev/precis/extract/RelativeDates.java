package dev.precis.extract;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the relative times pages show instead of a date ("3 hours ago", "vor 3 Stunden",
 * "il y a 2 jours", "hace 2 días", "2 giorni fa", "3 uur geleden", "há 2 dias", "há uma hora", "2 dni temu",
 * "3 часа назад", "a few minutes ago", and "today"/"heute"/"aujourd'hui", "yesterday"/"gestern"/"hier" followed
 * by a clock time) as a calendar day counted back from the fetch clock. Minutes, hours, days and weeks are read ("vor 1 Woche", "il y a 2
 * semaines", "2 недели назад": seven days a week, the day a news page's week counter starts from);
 * "2 months ago" names no day (months differ in length and pages round them). Thread-safe: the clock, worked out
 * at first use, is the same whichever thread asks.
 */
final class RelativeDates {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /**
     * "A few" or "several" of a unit ("vor wenigen Minuten", "il y a quelques minutes", "hace unos minutos",
     * "qualche minuto fa", "een paar minuten geleden", "kilka minut temu", "несколько минут назад").
     */
    private static final String FEW = "a\\s+few|a\\s+couple(?:\\s+of)?|several|wenigen|einigen|mehreren|ein\\s+paar"
            + "|quelques|plusieurs|un[oa]s|algun[oa]s|vari[oa]s|poc[oa]s|alguns|algumas|uns|umas|poucos|poucas"
            + "|qualche|alcun[ie]|poch[ie]|een\\s+paar|enkele|kilka|parę|несколько|пару";
    private static final Pattern FEW_WORDS = Pattern.compile(FEW, FLAGS);
    /** The counts "a few" is read as: a relative time names a day only when both ends fall on the same one. */
    private static final int FEW_LEAST = 2;
    private static final int FEW_MOST = 9;
    private static final String N = "(" + FEW + "|\\d{1,3}|an?|one|eine[mr]?|une?|una?|un|een|uma?)";
    /** Number then unit ("3 hours ago", "2 giorni fa", "3 uur geleden", "2 dni temu", "3 часа назад"). */
    private static final Pattern AFTER = Pattern.compile(
            "(?<![\\p{L}\\d])" + N + "\\s+(\\p{L}+\\.?)\\s+(?:ago|fa|geleden|temu|назад)(?!\\p{L})", FLAGS);
    /**
     * A unit that is one of itself without a number: Polish "godzinę temu", Russian "час назад", "минуту назад",
     * Italian "un'ora fa" (the article elided onto its noun).
     */
    private static final Pattern ONE_AFTER = Pattern.compile(
            "(?<![\\p{L}\\d])(godzinę|minutę|tydzień|час|минуту|неделю|(?<=un['’])(?:ora|giorno|settimana))"
            + "\\s+(?:fa|temu|назад)(?!\\p{L})", FLAGS);
    /** Word, number, unit ("vor 3 Stunden", "il y a 2 jours", "hace 2 días", "há 2 dias"). */
    private static final Pattern BEFORE = Pattern.compile(
            "(?<!\\p{L})(?:vor|il y a|hace|há|ha)\\s+" + N + "\\s+(\\p{L}+\\.?)", FLAGS);
    /**
     * "Heute, 14:30", "today at 9:30 am", "aujourd'hui à 14h30", "вчера в 12:00", and with a bare hour or a
     * connector of more words: "hier à 18h", "gestern um 18 Uhr", "ieri ore 18:30", "oggi alle ore 8:03", Flemish
     * "gisteren, 18u30". Group 2 is the connector, group 3 the clock's form after the hour.
     */
    private static final Pattern TODAY = Pattern.compile(
            "(?<!\\p{L})(today|heute|aujourd['’]hui|hoy|oggi|vandaag|hoje|dzisiaj|dziś|сегодня"
            + "|yesterday|gestern|hier|ayer|ieri|gisteren|ontem|wczoraj|вчера)(?!\\p{L}),?\\s{0,3}"
            + "(at|um|à|a las|alle ore|alle|ore|om|às|o|в)?\\s{0,3}\\d{1,2}([:.hu]\\d{2}|\\s?h(?![\\p{L}\\d])|\\s?Uhr(?!\\p{L}))",
            FLAGS);

    /** Where the clock comes from; asked once, at the first relative date read. */
    private final Supplier<Clock> clockSource;
    private volatile Clock clock;

    RelativeDates(Clock clock) {
        this(() -> clock);
    }

    /**
     * A clock worked out only when a relative date is met (most pages have none): the page's zone is found by
     * reading its machine dates ({@link PageTimeZone#clock}), a walk over the page not worth making for nothing.
     */
    RelativeDates(Supplier<Clock> clockSource) {
        this.clockSource = clockSource;
    }

    private Clock clock() {
        if (clock == null) {
            clock = clockSource.get();
        }
        return clock;
    }

    /** A date found in {@code text}: where it starts and ends, and the day. */
    record Found(int start, int end, LocalDate date) {
    }

    /**
     * The first relative date in {@code text} that names a day, or null. One that names none ("vor wenigen
     * Tagen", "2 mesi fa") is passed over, so a precise one after it still dates the page.
     */
    Found first(String text) {
        Found best = earliest(null, AFTER.matcher(text), 1, 2);
        best = earliest(best, ONE_AFTER.matcher(text), 0, 1);
        best = earliest(best, BEFORE.matcher(text), 1, 2);
        Matcher m = TODAY.matcher(text);
        while (m.find() && (best == null || m.start() < best.start())) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            if (w.equals("hier") && !frenchClock(m.group(2), m.group(3))) {
                continue; // German and Dutch "hier um 18 Uhr", "hier om 18u30": here, not yesterday
            }
            boolean yesterday = w.startsWith("y") || w.startsWith("ge") || w.startsWith("ay") || w.startsWith("ie")
                    || w.startsWith("gi") || w.equals("hier") || w.startsWith("on") || w.startsWith("wc") || w.startsWith("вч");
            LocalDate today = LocalDate.now(clock());
            best = new Found(m.start(), m.end(), yesterday ? today.minusDays(1) : today);
            break;
        }
        return best;
    }

    /**
     * True when the connector and clock after "hier" are French ("hier à 18h", "hier, 18:05"), not the German or
     * Dutch "hier" (here) before "um"/"om", "Uhr" or a Flemish "18u30".
     */
    private static boolean frenchClock(String connector, String clock) {
        String c = connector == null ? "" : connector.toLowerCase(Locale.ROOT);
        String k = clock.toLowerCase(Locale.ROOT).strip();
        return !c.equals("um") && !c.equals("om") && !k.startsWith("u");
    }

    /**
     * True when {@code text} holds a relative time of any unit, one that names no day included ("vor 7 Jahren",
     * "il y a 7 ans", "3 months ago"): the words a "timeago" script writes over the date it rounds.
     */
    static boolean phrase(String text) {
        return AFTER.matcher(text).find() || BEFORE.matcher(text).find() || ONE_AFTER.matcher(text).find();
    }

    /**
     * The first match of {@code m} that names a day, when it starts before {@code best}; else {@code best}.
     * {@code numberGroup} 0 reads the unit alone as one of itself ("час назад").
     */
    private Found earliest(Found best, Matcher m, int numberGroup, int unitGroup) {
        while (m.find() && (best == null || m.start() < best.start())) {
            Found f = found(m, numberGroup == 0 ? "1" : m.group(numberGroup), m.group(unitGroup));
            if (f != null) {
                return f;
            }
        }
        return best;
    }

    private Found found(Matcher m, String number, String unitWord) {
        Duration unit = unit(unitWord.toLowerCase(Locale.ROOT));
        if (unit == null) {
            return null;
        }
        if (FEW_WORDS.matcher(number).matches()) {
            // "a few minutes ago" is the fetch day; "a few hours ago" only late enough in it; "a few days ago" no day
            LocalDate nearest = dayBefore(unit.multipliedBy(FEW_LEAST));
            return nearest.equals(dayBefore(unit.multipliedBy(FEW_MOST))) ? new Found(m.start(), m.end(), nearest) : null;
        }
        long n = Character.isDigit(number.charAt(0)) ? Long.parseLong(number) : 1;
        return new Found(m.start(), m.end(), dayBefore(unit.multipliedBy(n)));
    }

    private LocalDate dayBefore(Duration ago) {
        Clock c = clock();
        return LocalDate.ofInstant(c.instant().minus(ago), c.getZone());
    }

    private static Duration unit(String w) {
        if (w.startsWith("min") || w.startsWith("мин")) {
            return Duration.ofMinutes(1);
        }
        // ("Std.", "godz.", "ч.": the hour as news sites abbreviate it)
        if (w.startsWith("hour") || w.startsWith("hr") || w.startsWith("stunde") || w.equals("std.") || w.equals("std")
                || w.equals("ч.") || w.startsWith("heure")
                || w.startsWith("hora") || w.startsWith("ora") || w.equals("ore") || w.equals("uur") || w.equals("uren")
                || w.startsWith("godz") || w.startsWith("час") || w.equals("h")) {
            return Duration.ofHours(1);
        }
        if (w.startsWith("day") || w.startsWith("tag") || w.startsWith("jour") || w.startsWith("día")
                || w.startsWith("dia") || w.startsWith("giorn") || w.startsWith("dag") || w.equals("dni")
                || w.equals("dzień") || w.equals("день") || w.equals("дня") || w.equals("дней")) {
            return Duration.ofDays(1);
        }
        if (w.startsWith("week") || w.startsWith("woche") || w.startsWith("semaine") || w.startsWith("semana")
                || w.startsWith("settiman") || w.equals("weken") || w.startsWith("tydzie") || w.startsWith("tygod")
                || w.startsWith("недел")) {
            return Duration.ofDays(7);
        }
        return null;
    }
}
