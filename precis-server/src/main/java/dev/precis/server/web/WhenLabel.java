package dev.precis.server.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timeline date as a reader reads it. Calendar dates stay as they are ({@code 2024}, {@code 2024-07},
 * {@code 2024-12-05}: they sort and read well); TimeML's other values are spelled out: quarters
 * ({@code 2004-Q4} → "Q4 2004"), half years ("first half of 2004"), seasons ("spring 2006"), weeks
 * ("week 11 of 2024"), weekends, parts of a day ("2024-03-12, morning") and ranges, joined by a dash
 * ({@code 2001/2003} → "2001–2003"). Anything else is shown unchanged. The reader's timelines and
 * {@code precis story} use it. Stateless.
 */
public final class WhenLabel {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern PART_OF_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(MO|AF|EV|NI)");
    private static final Pattern YEARS = Pattern.compile("\\d{4}");
    private static final Map<String, String> SEASONS = Map.of("SP", "spring", "SU", "summer", "FA", "autumn", "WI", "winter");
    private static final Map<String, String> PARTS = Map.of("MO", "morning", "AF", "afternoon", "EV", "evening", "NI", "night");

    private WhenLabel() {
    }

    /** {@code value} (a TimeML value) as a reader reads it; empty for null. */
    public static String of(String value) {
        if (value == null) {
            return "";
        }
        int slash = value.indexOf('/');
        if (slash > 0 && slash == value.lastIndexOf('/') && slash < value.length() - 1) {
            String from = value.substring(0, slash);
            String to = value.substring(slash + 1);
            // two bare years read as one span; longer ends get spaces around the dash
            boolean years = YEARS.matcher(from).matches() && YEARS.matcher(to).matches();
            return one(from) + (years ? "–" : " – ") + one(to);
        }
        return one(value);
    }

    private static String one(String v) {
        Matcher m;
        if ((m = QUARTER.matcher(v)).matches()) {
            return "Q" + m.group(2) + " " + m.group(1);
        }
        if ((m = HALF.matcher(v)).matches()) {
            return (m.group(2).equals("1") ? "first" : "second") + " half of " + m.group(1);
        }
        if ((m = SEASON.matcher(v)).matches()) {
            return SEASONS.get(m.group(2)) + " " + m.group(1);
        }
        if ((m = WEEK.matcher(v)).matches()) {
            return (m.group(3) != null ? "weekend of " : "") + "week " + Integer.parseInt(m.group(2)) + " of " + m.group(1);
        }
        if ((m = PART_OF_DAY.matcher(v)).matches()) {
            return m.group(1) + ", " + PARTS.get(m.group(2));
        }
        return v;
    }
}
