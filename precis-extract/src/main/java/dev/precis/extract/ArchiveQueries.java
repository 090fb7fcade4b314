package dev.precis.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The day a link's query names when the link leads to that day's archive: the day whole in one parameter whose name
 * says a date ({@code ?date=2024-07-12}, {@code ?datum=2024/07/12}, {@code ?d=20240712}, WordPress's {@code
 * ?m=20240712}), or year, month and day in three ({@code ?year=2024&month=07&day=12}, {@code
 * ?jahr=2024&monat=7&tag=12}, {@code ?annee=2024&mois=7&jour=12}). A number in a parameter named otherwise
 * ({@code ?id=20240712}) is no day. Hand-written: a query is split on "&" and "=" only, no decoding needed for digits
 * and these names. Stateless and thread-safe.
 */
final class ArchiveQueries {

    /** Names of a parameter that holds a whole day. */
    private static final Pattern DAY_NAMES = Pattern.compile("date|datum|d|day|m|dt|ymd|jour|tag|archive|archiv");
    private static final Pattern YEAR_NAMES = Pattern.compile("year|y|yr|jahr|annee|année|an|anno|ano|año");
    private static final Pattern MONTH_NAMES = Pattern.compile("month|mon|m|monat|mois|mese|mes");
    private static final Pattern DAY_OF_MONTH_NAMES = Pattern.compile("day|d|tag|jour|giorno|dia|día");
    /** A whole day: "2024-07-12", "2024/07/12", "20240712" (the same separator twice or none). */
    private static final Pattern WHOLE_DAY = Pattern.compile(
            "((?:19|20)\\d\\d)([-/.]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])");

    private ArchiveQueries() {
    }

    /** {@code query}: the part of an address after "?" and before "#". The day as yyyymmdd, or 0. */
    static int day(String query) {
        if (query.length() < 3 || query.indexOf('=') < 0) {
            return 0;
        }
        int year = 0;
        int month = 0;
        int dayOfMonth = 0;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                continue;
            }
            String name = pair.substring(0, eq).toLowerCase(Locale.ROOT);
            String value = pair.substring(eq + 1);
            java.util.regex.Matcher whole = WHOLE_DAY.matcher(value);
            if (whole.matches()) {
                return DAY_NAMES.matcher(name).matches()
                        ? Integer.parseInt(whole.group(1) + whole.group(3) + whole.group(4)) : 0;
            }
            int number = number(value);
            if (number < 0) {
                continue;
            }
            if (YEAR_NAMES.matcher(name).matches() && number >= 1900 && number <= 2099) {
                year = number;
            } else if (MONTH_NAMES.matcher(name).matches() && number >= 1 && number <= 12 && month == 0) {
                month = number;
            } else if (DAY_OF_MONTH_NAMES.matcher(name).matches() && number >= 1 && number <= 31) {
                dayOfMonth = number;
            }
        }
        if (year == 0 || month == 0 || dayOfMonth == 0
                || dayOfMonth > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return 0;
        }
        return year * 10000 + month * 100 + dayOfMonth;
    }

    /** A value of one to four digits as a number, else -1. */
    private static int number(String value) {
        if (value.isEmpty() || value.length() > 4) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return Integer.parseInt(value);
    }
}
