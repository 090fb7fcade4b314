package dev.precis.nlp.time;

import dev.precis.model.Granularity;
import dev.precis.nlp.time.Resolution.Value;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Expressions that point from the publication date: "yesterday", "last week", "two weeks ago",
 * "recently" (TimeML's PAST_REF), "now" (PRESENT_REF). Thread-safe (stateless).
 */
final class DeicticRule {

    private DeicticRule() {
    }

    static Value resolve(MatchResult m, Resolution r) {
        String word = m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String part = m.group(3);
        if (r.anchor == null) {
            return TimeValues.of(null, Granularity.DAY);
        }
        if (part == null && m.group(1) == null && !word.contains(" ") && r.capitalisedInside(m.start(2))) {
            return null; // "USA Today", "BBC Radio 4's Today programme": a name
        }
        LocalDate a = r.anchor;
        return switch (word) {
            case "today" -> at(a, part);
            case "tonight" -> TimeValues.of(TimeValues.day(a) + "TNI", Granularity.TIME);
            case "yesterday" -> at(a.minusDays(1), part);
            case "tomorrow" -> at(a.plusDays(1), part);
            case "last night" -> TimeValues.of(TimeValues.day(a.minusDays(1)) + "TNI", Granularity.TIME);
            case "the day before yesterday" -> at(a.minusDays(2), part);
            case "the day after tomorrow" -> at(a.plusDays(2), part);
            default -> TimeValues.of(TimeValues.day(a) + TimeValues.partOfDay(word.substring(5)), Granularity.TIME);
        };
    }

    private static Value at(LocalDate d, String part) {
        if (part == null) {
            return TimeValues.of(TimeValues.day(d), Granularity.DAY);
        }
        return TimeValues.of(TimeValues.day(d) + TimeValues.partOfDay(part), Granularity.TIME);
    }

    static Value reference(MatchResult m, Resolution r) {
        String word = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (word.equals("soon") && (r.nextWord(m.end()).matches("after|afterwards?|thereafter|before")
                || r.previousWord().equals("as") && !r.textAfter(m.end(), 14).matches("\\s+as\\s+possible\\b.*"))) {
            // "soon afterwards", "soon after the vote", "as soon as the talks end" relate to an event the
            // text names, whatever its tense: no reference to the future ("as soon as possible" still is)
            return null;
        }
        String value = switch (word) {
            case "recently", "recent", "lately", "the past", "in the past" -> "PAST_REF";
            case "the future", "in the future", "the near future", "the near term", "the short term", "soon" -> "FUTURE_REF";
            default -> "PRESENT_REF";
        };
        return TimeValues.of(value, Granularity.DAY);
    }

    static Value relativeUnit(MatchResult m, Resolution r) {
        String mod = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        if (unit.equals("day") && mod.equals("next")) {
            mod = "following";
        }
        if (mod.equals("the past") && unit.equals("year")) {
            // "over the past year" is annotated as the year before, like "the last decade" (TimeBank and
            // AQUAINT mark both so); other units stay lengths ("the past week" P1W)
            mod = "last";
        } else if (mod.equals("the past")) {
            return TimeValues.of(TimeLexicon.duration(1, unit.equals("weekend") ? "week" : unit), Granularity.DURATION);
        }
        if (unit.equals("decade") && (mod.equals("next") || mod.contains("coming"))) {
            Value ahead = decadeAhead(r);
            if (ahead != null) {
                return ahead;
            }
        }
        int n = switch (mod) {
            // "the latest year" is the last one completed, as "the latest quarter" is (QuarterRule)
            case "last", "previous", "the previous", "the preceding", "preceding", "the latest" -> -1;
            case "next", "the coming", "coming", "the following", "following" -> 1;
            default -> 0;
        };
        if (mod.contains("following") || mod.contains("previous") || mod.contains("preceding") || mod.contains("same")
                || mod.equals("that") || unit.equals("day")) {
            // anaphoric: "On May 2, 2019 … the following year" counts from the date the text last named
            Value fromReference = r.reference.shifted(n, unit);
            if (fromReference != null) {
                return fromReference;
            }
        }
        return Shifts.shifted(r, n, unit);
    }

    /**
     * Nouns of a market move or an event after the adjective "overnight" ("overnight losses in New York",
     * "an overnight rally"): the night the move or event took place, which TimeBank marks as that night
     * (TNI); other nouns ("overnight rates", "an overnight success", "an overnight bag") are no time.
     */
    static final String OVERNIGHT_NOUNS = "(?:loss|losses|gains?|rally|rallies|trading|sessions?|declines?|drops?|falls?"
            + "|rises?|advances?|slide|sell-?offs?|plunge|surge|jump|moves?|attacks?|raids?|fighting|shelling|bombing"
            + "|strikes?|clashes|storms?|rain|snow|talks|negotiations|vote|meetings?)\\b";

    /**
     * "overnight" as an adverb closing its clause ("Prices fell overnight.", "Overnight, the rebels
     * withdrew") or as the adjective of a move or event ({@link #OVERNIGHT_NOUNS}); not as another adjective
     * ("overnight rates") nor as "suddenly" ("almost overnight").
     */
    static final String OVERNIGHT = "\\b(?<!\\b(?:nearly|almost|virtually|literally|practically)\\s)overnight\\b"
            + "(?=\\s*(?:[.,;:!?)\"”]|$)|\\s+(?:and|but|or|when|while|as|in|on|at|after|before)\\b"
            + "|\\s+" + OVERNIGHT_NOUNS + ")";

    /**
     * "overnight": the night before the anchor's day in the past tense ("stocks fell overnight"), else the
     * coming night ("will stay overnight"), TimeML's TNI; the night of no day when there is no anchor.
     */
    static Value overnight(MatchResult m, Resolution r) {
        if (NEGATED.matcher(r.text.substring(Math.max(r.sentenceStart, r.start - 40), r.start)).find()) {
            return null; // "it won't change overnight", "did not happen overnight": suddenly, no night
        }
        if (r.anchor == null) {
            return TimeValues.of(null, Granularity.TIME);
        }
        LocalDate base = r.anchor;
        if (ADJECTIVE.matcher(r.textAfter(m.end(), 24)).lookingAt() && r.reference.namedDate() != null) {
            // "overnight losses" after "closed lower Friday": the night before the day the text last named
            base = r.reference.namedDate();
        }
        LocalDate day = r.tense() == Tense.PAST ? base.minusDays(1) : base;
        return TimeValues.of(TimeValues.day(day) + "TNI", Granularity.TIME);
    }

    private static final Pattern ADJECTIVE = Pattern.compile("\\s+" + OVERNIGHT_NOUNS, Pattern.CASE_INSENSITIVE);

    private static final Pattern NEGATED = Pattern.compile("\\b(?:not|never|no|cannot)\\b|n['’]t\\b", Pattern.CASE_INSENSITIVE);

    /** A preposition of extent before "the next decade": the phrase is the ten years' length. */
    private static final Pattern OVER_THE = Pattern.compile(
            "\\b(?:over|during|within|throughout|for)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    /**
     * "the next decade", "the coming decade": a length of ten years after a preposition of extent ("over
     * the next decade", TimeML's P10Y, as "the past decade" is), else in a past narrative the decade after
     * the year the text last named ("In 1995 the fleet was set to double in the next decade" is the 2000s,
     * not the one after publication); null leaves it to the anchor.
     */
    private static Value decadeAhead(Resolution r) {
        String before = r.text.substring(Math.max(0, r.start - 20), r.start);
        if (OVER_THE.matcher(before).find()) {
            return TimeValues.of("P10Y", Granularity.DURATION);
        }
        return r.tense() == Tense.PAST ? r.reference.shifted(1, "decade") : null;
    }

    /**
     * "that day", "the same day", "earlier that day": the day the text last named ("Slepian was killed
     * on Oct. 23. Earlier that day, …"), unresolved (dropped) when it named none; "later in the day"
     * is that day too, or the publication date when the text named no day.
     */
    static Value thatDay(MatchResult m, Resolution r) {
        Value named = r.reference.shifted(0, "day");
        if (named != null) {
            return named;
        }
        if (m.group(2) == null || m.group(1) == null) {
            return null;
        }
        return r.anchor == null ? TimeValues.of(null, Granularity.DAY) : TimeValues.of(TimeValues.day(r.anchor), Granularity.DAY);
    }

    /**
     * "it is the third day of the siege", "it was a historic day for the region": after "is" (or "'s") an
     * ordinal day is the anchor's day; after "was" either form is the day the text last named, dropped
     * when it named none. An adjective's day after "is" is left alone ("it is a sad day for democracy"
     * is a judgement more often than a date).
     */
    static Value copulaDay(MatchResult m, Resolution r) {
        int i = m.start();
        while (i > 0 && !Character.isLetter(r.text.charAt(i - 1))) {
            i--;
        }
        boolean past = i >= 3 && r.text.regionMatches(true, i - 3, "was", 0, 3);
        if (past) {
            return r.reference.shifted(0, "day");
        }
        if (!m.group().regionMatches(true, 0, "the", 0, 3) || r.anchor == null) {
            return null;
        }
        return TimeValues.of(TimeValues.day(r.anchor), Granularity.DAY);
    }

    static Value theYear(MatchResult m, Resolution r) {
        String word = m.group(1).toLowerCase(Locale.ROOT);
        String after = r.textAfter(m.end(), 6);
        if (after.startsWith("-on-") || after.startsWith("-over-")) {
            return null; // "the year-on-year increase": a comparison, no time
        }
        if (word.contains("earlier") || word.contains("ago")) {
            return Shifts.yearBefore(r);
        }
        boolean fiscal = word.matches("the\\s+fiscal\\s+year");
        if ((word.equals("the year") || fiscal) && r.nextWord(m.end()).matches("ended|ending|to|through")) {
            // "the year ended March 31" is a twelve-month (often fiscal) period, not a calendar year
            return TimeValues.of("P1Y", Granularity.DURATION);
        }
        if (fiscal) {
            // otherwise "the fiscal year" is the length after a preposition of extent ("improve throughout
            // the fiscal year") and the year under way after one of reference ("lower earnings for the
            // fiscal year"); after any other word it is left unmarked rather than guessed
            String previous = r.previousWord();
            if (previous.matches("throughout|over|across")) {
                return TimeValues.of("P1Y", Granularity.DURATION);
            }
            if (!previous.matches("for|in|during") || r.anchor == null) {
                return null;
            }
        }
        if (r.anchor == null) {
            return TimeValues.of(null, Granularity.YEAR);
        }
        return TimeValues.of(TimeValues.year(r.anchor.getYear()), Granularity.YEAR);
    }

    /**
     * "the year before", "the day after", "the month earlier": one unit from the date the text last
     * named ("In 2011 … The year before, …" is 2010), from the publication date when it named none; in
     * an earnings text "the year before" is the quarter compared with, as "a year earlier" is.
     */
    static Value unitBefore(MatchResult m, Resolution r) {
        String unit = m.group(1).toLowerCase(Locale.ROOT);
        String direction = m.group(2).toLowerCase(Locale.ROOT);
        int n = direction.equals("before") || direction.equals("earlier") ? -1 : 1;
        if (unit.equals("year") && n < 0 && r.comparesQuarters()) {
            return Shifts.yearBefore(r);
        }
        Value fromReference = r.reference.shifted(n, unit);
        return fromReference != null ? fromReference : Shifts.shifted(r, n, unit);
    }

    static Value ago(MatchResult m, Resolution r) {
        int n = TimeLexicon.count(m.group(1));
        String unit = m.group(2);
        String direction = m.group(3).toLowerCase(Locale.ROOT);
        if (direction.equals("before")) {
            direction = "earlier"; // "a year before." reads as "a year earlier"
        }
        boolean back = direction.equals("ago") || direction.equals("earlier");
        String u = unit.toLowerCase(Locale.ROOT);
        if (direction.equals("later") || direction.equals("earlier") && !u.startsWith("year")) {
            // TimeML reads "three days later" as a duration and "later" as a signal relating it to an
            // event ("Three days later, the index had recovered"): the length, not a date from the anchor;
            // "a day earlier" alike. "A year earlier" stays a date: in reports it names the period
            // compared with ("up from $2 million a year earlier")
            if (n > 0) {
                moveReference(r, direction.equals("later") ? n : -n, u);
            }
            return TimeValues.of(TimeLexicon.duration(n < 0 ? -1 : n, unit), Granularity.DURATION);
        }
        if (n < 0) {
            return TimeValues.of(back ? "PAST_REF" : "FUTURE_REF", Granularity.DAY);
        }
        if ((unit.toLowerCase(Locale.ROOT).startsWith("week") || unit.toLowerCase(Locale.ROOT).startsWith("fortnight"))
                && r.anchor != null) {
            // "three weeks ago" is the week it fell in (TimeBank's "six weeks ago" 1998-W02), as HeidelTime reads it
            n *= unit.toLowerCase(Locale.ROOT).startsWith("f") ? 2 : 1;
            return TimeValues.of(TimeValues.week(back ? r.anchor.minusWeeks(n) : r.anchor.plusWeeks(n)), Granularity.WEEK);
        }
        if (n == 1 && back && unit.toLowerCase(Locale.ROOT).startsWith("year")) {
            return Shifts.yearBefore(r);
        }
        return Shifts.shifted(r, back ? -n : n, unit);
    }

    /**
     * "Three days later", "a week earlier" tell the reader the story has moved on from the date it last
     * named: a following "the next day" or "that night" counts from the moved date, as an editor reads
     * it ("The storm hit on March 3. Three days later the army came, and the next day …" is 7 March).
     * Days and weeks move a date named down to the day, months a date named to the month; nothing
     * moves without such a date (the publication date is not the story's time).
     */
    private static void moveReference(Resolution r, int n, String unit) {
        LocalDate named = r.reference.namedDate();
        if (named != null && (unit.startsWith("day") || unit.startsWith("week") || unit.startsWith("fortnight"))) {
            int days = n * (unit.startsWith("day") ? 1 : unit.startsWith("week") ? 7 : 14);
            r.reference.remember(TimeValues.day(named.plusDays(days)), r.start);
        } else if (unit.startsWith("month")) {
            Value v = r.reference.shifted(n, unit);
            if (v != null) {
                r.reference.remember(v.value(), r.start);
            }
        }
    }

    /**
     * "years ago", "decades ago" without a count: some time in the past, TimeML's PAST_REF (as "several
     * years ago" is). A count before it ("two years ago") starts earlier and is read by {@link #ago}.
     */
    static Value bareAgo(MatchResult m, Resolution r) {
        if (m.group(1) == null) {
            // "hours later", "days earlier": some hours or days, a duration as "three days later" is (PTXH, PXD)
            return TimeValues.of(TimeLexicon.duration(-1, m.group(2)), Granularity.DURATION);
        }
        return TimeValues.of("PAST_REF", Granularity.DAY);
    }
}
