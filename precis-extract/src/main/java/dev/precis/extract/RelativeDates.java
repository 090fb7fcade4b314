package dev.precis.extract;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the relative times pages show instead of a date ("3 hours ago", "vor 3 Stunden",
 * "il y a 2 jours", "hace 2 días", "2 giorni fa", "3 uur geleden", "há 2 dias", "2 dni temu",
 * "3 часа назад", and "today"/"heute"/"aujourd'hui", "yesterday"/"gestern"/"hier" followed by a clock time) as a calendar day
 * counted back from the fetch clock. Minutes, hours, days and weeks are read ("vor 1 Woche", "il y a 2
 * semaines", "2 недели назад": seven days a week, the day a news page's week counter starts from);
 * "2 months ago" names no day (months differ in length and pages round them). Immutable and thread-safe.
 */
final class RelativeDates {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String N = "(\\d{1,3}|an?|one|eine[mr]?|une?|una?|un|een)";
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
    /** "Heute, 14:30", "today at 9:30 am", "aujourd'hui à 14h30", "вчера в 12:00". */
    private static final Pattern TODAY = Pattern.compile(
            "(?<!\\p{L})(today|heute|aujourd['’]hui|hoy|oggi|vandaag|hoje|dzisiaj|dziś|сегодня"
            + "|yesterday|gestern|hier|ayer|ieri|gisteren|ontem|wczoraj|вчера)(?!\\p{L}),?\\s{0,3}"
            + "(?:at|um|à|a las|alle|om|às|o|в)?\\s{0,3}\\d{1,2}[:.h]\\d{2}", FLAGS);

    private final Clock clock;

    RelativeDates(Clock clock) {
        this.clock = clock;
    }

    /** A date found in {@code text}: where it starts and ends, and the day. */
    record Found(int start, int end, LocalDate date) {
    }

    /** The first relative date in {@code text}, or null. */
    Found first(String text) {
        Found best = null;
        Matcher m = AFTER.matcher(text);
        if (m.find()) {
            best = found(m, m.group(1), m.group(2));
        }
        m = ONE_AFTER.matcher(text);
        if (m.find() && (best == null || m.start() < best.start())) {
            Found f = found(m, "1", m.group(1));
            best = f != null ? f : best;
        }
        m = BEFORE.matcher(text);
        if (m.find() && (best == null || m.start() < best.start())) {
            Found f = found(m, m.group(1), m.group(2));
            best = f != null ? f : best;
        }
        m = TODAY.matcher(text);
        if (m.find() && (best == null || m.start() < best.start())) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            boolean yesterday = w.startsWith("y") || w.startsWith("ge") || w.startsWith("ay") || w.startsWith("ie")
                    || w.startsWith("gi") || w.equals("hier") || w.startsWith("on") || w.startsWith("wc") || w.startsWith("вч");
            LocalDate today = LocalDate.now(clock);
            best = new Found(m.start(), m.end(), yesterday ? today.minusDays(1) : today);
        }
        return best;
    }

    private Found found(Matcher m, String number, String unitWord) {
        long n = Character.isDigit(number.charAt(0)) ? Long.parseLong(number) : 1;
        Duration unit = unit(unitWord.toLowerCase(Locale.ROOT));
        if (unit == null) {
            return null;
        }
        Instant then = clock.instant().minus(unit.multipliedBy(n));
        return new Found(m.start(), m.end(), LocalDate.ofInstant(then, clock.getZone()));
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
