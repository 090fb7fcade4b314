package dev.precis.nlp.time;

/**
 * Two cheap tests that let the resolver skip most of the regex work without changing a single match:
 * the characters a rule's match can begin with (a guard put in front of its pattern, so the matcher
 * leaves every other position after one character test instead of trying all the alternatives there),
 * and words of which every match of the rule contains one (a trigger window holding none of them is not
 * searched at all).
 *
 * <p>Both are read off each rule's pattern in {@link TimeRules} and must stay true of every match it
 * can make: a guard lists the first letters (either case: the patterns are case-insensitive; the exact
 * capitals where the pattern spells a month, weekday or holiday with them) or digits
 * of every way the match can open, optional words included; a word list names only text the match
 * itself consumes, never what a look-behind or look-ahead inspects. A rule without an entry is searched
 * as before. {@code RuleFiltersTest} checks both against the unfiltered patterns. Immutable.
 */
final class RuleFilters {

    /** Units as the duration patterns spell them ("centur" for century and centuries). */
    private static final String[] UNITS = {"second", "minute", "hour", "day", "week", "fortnight", "month",
        "quarter", "year", "decade", "centur"};
    private static final String[] CLOCK = {"am", "pm", "a.m", "p.m", "noon", "midnight", "midday", "clock"};
    private static final String MONTH_CAPITALS = "JFMASOND";
    private static final String WEEKDAY_CAPITALS = "MTWFS";

    private RuleFilters() {
    }

    /**
     * A regular expression put in front of the rule's pattern: a look-ahead on its first character (and
     * for the day after "April 24 and", the short look-behind its long one ends with), or "" for none.
     */
    static String guard(String rule) {
        // months, weekdays and holidays are spelled with capitals (the patterns say so with "(?-i:"): only
        // the words around them that any case may spell are tested in both cases
        String exact = switch (rule) {
            case "monthDayRange", "monthRelYear", "monthSpelledYear" -> MONTH_CAPITALS;
            case "monthDay" -> WEEKDAY_CAPITALS + "lntLNT" + MONTH_CAPITALS;
            case "spelledDay" -> WEEKDAY_CAPITALS + "tenfsTENFS" + MONTH_CAPITALS;
            case "monthSpanQuarter" -> "tT" + MONTH_CAPITALS;
            case "dayMonth" -> WEEKDAY_CAPITALS + "tT\\d";
            case "monthYear" -> "emltEMLT" + MONTH_CAPITALS;
            case "month" -> "lntemLNTEM" + MONTH_CAPITALS;
            case "weekday" -> "lntopceLNTOPCE" + WEEKDAY_CAPITALS;
            case "dayClock" -> WEEKDAY_CAPITALS + "lntyLNTY" + MONTH_CAPITALS;
            case "holiday" -> "CNTHVEGMPAB";
            default -> null;
        };
        if (exact != null) {
            return "(?=(?-i:[" + exact + "]))";
        }
        String first = switch (rule) {
            case "iso", "numeric", "dotted", "dayMonthRange", "andDay", "dayAnd", "clock24" -> "\\d";
            case "monthRange" -> "fb";
            case "ordinalDay" -> "t";
            case "yearRange" -> "f\\d";
            case "decade" -> "teml\\d";
            case "year" -> "fctmel\\d";
            case "season" -> "tlnemsafw";
            case "quarter" -> "tlniasfcyq\\d";
            case "relYearQuarter" -> "tln";
            case "qShort" -> "q";
            case "hShort" -> "h";
            case "fiscalShort" -> "f";
            case "deictic" -> "lety";
            case "reference" -> "ncapthrlis";
            case "relativeUnit" -> "lntpc";
            case "thatDay" -> "elti";
            case "withinUnit" -> "el";
            case "theYear" -> "tya";
            case "ago" -> "acefhjmnost\\d";
            case "inTime" -> "i";
            case "duration" -> "acefhlmnostuy\\d";
            case "vagueDuration" -> "rmstcfiow";
            case "spelledYear" -> "tn";
            case "halfYear" -> "tfslb";
            case "every" -> "e";
            case "recurrence" -> "dwmayhq";
            case "shortDecade" -> "teml'’‘";
            case "latestPeriod" -> "tlmcs";
            case "clock" -> "nm\\d";
            case "partOfDay" -> "melan";
            case "clockZone" -> "012";
            case "halfUnit" -> "h";
            case "overnight" -> "o";
            case "bareAgo" -> "ydcmhw";
            case "unitLong" -> "hdwmy";
            case "pastHourDay" -> "t";
            case "century" -> "t\\d";
            case "yearPeriod", "relativeDay", "unitEnd", "unitBefore", "unitsAhead", "decadeWord" -> "t";
            case "weekend" -> "tw";
            case "ofTheDecade" -> "t";
            case "nthDay" -> "it";
            case "copulaDay" -> "ta";
            default -> null;
        };
        if (first == null) {
            return "";
        }
        String guard = "(?=[" + first + "])";
        // the long look-behind of "April 24 and 25" ends with the conjunction: test that first
        return rule.equals("andDay") ? guard + "(?<=(?:and|or|&)\\s{1,3})" : guard;
    }

    /** Lower-case words one of which every match of the rule contains, or null when no list is kept. */
    static String[] words(String rule) {
        return switch (rule) {
            case "numeric" -> new String[] {"/"};
            case "monthRange" -> new String[] {"from", "between"};
            case "monthRelYear", "theYear" -> new String[] {"year"};
            case "monthSpelledYear" -> new String[] {"nineteen", "thousand", "twenty"};
            case "quarter", "relYearQuarter" -> new String[] {"quarter"};
            case "monthSpanQuarter" -> new String[] {"quarter", "period"};
            case "yearPeriod", "latestPeriod" -> new String[] {"period"};
            case "relativeUnit" -> new String[] {"week", "month", "year", "decade", "century"};
            case "relativeDay", "thatDay" -> new String[] {"day"};
            case "unitEnd" -> new String[] {"week", "month"};
            case "withinUnit" -> new String[] {"week", "month", "year"};
            case "unitBefore" -> new String[] {"before", "after", "earlier", "later"};
            case "ago" -> new String[] {"ago", "earlier", "later", "now", "hence", "before"};
            case "inTime" -> new String[] {"time"};
            case "bareAgo" -> new String[] {"ago", "later", "earlier"};
            case "duration", "vagueDuration" -> UNITS;
            case "unitsAhead" -> new String[] {"ahead"};
            case "halfYear" -> new String[] {"half", "quarters"};
            case "weekend" -> new String[] {"weekend"};
            case "ofTheDecade" -> new String[] {"decade"};
            case "nthDay", "copulaDay" -> new String[] {"day"};
            case "fiscalShort" -> new String[] {"fy"};
            // the adverbs themselves: a window with "year" or "day" alone holds no "yearly" or "daily"
            case "recurrence" -> new String[] {"daily", "weekly", "monthly", "quarterly", "annually", "yearly", "hourly"};
            // a word of each name ("New Year's" by its apostrophe: "year" alone is in most windows)
            case "holiday" -> new String[] {"christmas", "year'", "year’", "thanksgiving", "halloween", "valentine",
                "easter", "friday", "thursday", "palm", "wednesday", "boxing", "election", "eid"};
            case "every" -> new String[] {"each", "every"};
            case "overnight" -> new String[] {"overnight"};
            case "shortDecade" -> new String[] {"0s"};
            case "clock", "dayClock" -> CLOCK;
            case "clock24" -> new String[] {":"};
            case "clockZone" -> new String[] {"gmt", "utc", "bst", "hrs", "local"};
            case "halfUnit" -> new String[] {"half"};
            case "unitLong" -> new String[] {"-long"};
            case "pastHourDay" -> new String[] {"past"};
            case "century" -> new String[] {"century"};
            default -> null;
        };
    }
}
