package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of {@link RuleFilters} change no match: each rule's guarded pattern finds what the
 * pattern without its guard finds, and every such match holds one of the rule's words.
 */
class RuleFiltersTest {

    /** Expressions of every rule, in several spellings and cases, and words and marks around them. */
    private static final String[] PIECES = {
        "April 24 and 25", "24 and 25 April", "Sept. 3 or 4", "2004-05-06", "2004/05/06", "5/6/2004", "12/31/99",
        "March 3-5", "March 3 to April 2, 2004", "3-5 March", "10 to 12 of June 2003", "Monday, March 3, 2005",
        "last Oct. 23", "the 3rd of March", "Friday 4 June", "from May to July 2005", "between Jan. and March",
        "early March 2005", "the end of May, 2004", "March of next year", "last March", "later in May", "each June",
        "2012/13", "fiscal 2012-13", "FY2012-13", "financial year 2011/12", "the mid-1990s", "the 2020s", "1998",
        "FY2004", "the year 1999", "calendar 2003", "mid-2004", "late 1800s", "last summer", "summer of 2004",
        "every spring", "the third quarter of 2004", "the fiscal fourth quarter a year ago", "its latest quarter",
        "the 1988 fourth quarter", "last year's third quarter", "the 1988 period", "Q3 2004", "q4",
        "on Monday night", "every Tuesday", "the previous Friday", "Sundays", "yesterday morning", "late last night",
        "this evening", "the day after tomorrow", "currently", "at present", "in the near future", "recently",
        "these days", "soon", "now", "the short term", "last week", "the coming month", "that same year",
        "the following day", "the preceding day", "later that day", "in the day", "the same day",
        "the end of the month", "the middle of this week", "earlier this week", "later in the year", "late next month",
        "the year-earlier", "year-end", "the full year", "year's end", "the fiscal year", "a year-earlier",
        "the day before,", "the week after and", "three weeks ago", "two years later", "a year before.",
        "about 2,000 years ago", "decades ago", "Years Ago", "a few days from now", "in two weeks' time", "in 3 months time",
        "for three and a half years", "2 1/2 years", "5½ hours", "a 10-day", "five trading days", "the next 12 months",
        "twenty-four hours", "a couple of decades", "half a century", "the past few months", "recent years",
        "for weeks", "many centuries", "the weeks ahead", "the next few days ahead", "nineteen ninety-four",
        "the year two thousand", "two thousand and one", "twenty twenty-two", "March, nineteen ninety",
        "the first half of 2004", "the second half of next year", "the last two quarters of this year",
        "the weekend", "this past weekend", "each year", "every two weeks", "every other month", "daily",
        "annually", "Weekly", "the nineties", "the early sixties", "the nineteen-eighties", "the '90s",
        "the mid-’80s", "‘70s", "the latest period", "the comparable period last year", "the most recent period",
        "10 a.m.", "10am", "3:30 p.m. Wednesday", "4.15pm EST", "noon on Nov. 6", "midnight Friday", "midday today",
        "Wednesday at 10 p.m.", "today at noon", "Jan. 5 at 9 a.m.", "mid-afternoon yesterday", "night tomorrow",
        "at 9:15 GMT", "14:30", "from 8:00", "23:59 hrs", "at 0930 GMT", "1400 local time on Sunday", "(1730 GMT)",
        "half an hour", "half a year", "year-long", "day-long", "Christmas Eve", "Easter Monday", "Easter week",
        "Eid al-Fitr", "New Year's Day 2005", "Boxing Day", "the 20th century", "21st-century", "MARCH 3", "MONDAY",
        "THE YEAR", "Three Weeks Ago", "Ten Days", "HOUR", "Tue", "may", "March", "the", "market", "and", "or", "&",
        "at", "on", "said", "will", "next", "last", "this", "that", "before", "after", "percent", "people", "12",
        "3.5", "£4", "$10", "100", "1,000", "ago", "time", "overnight", "Overnight,", "each morning", "within hours",
        "every other night", "March eighth", "the twenty-first of May, 2004", "Sunday, March the first",
        "May second-quarter", "JUNE tenth", "a week or so ago",
        "the April-June quarter", "the July–September period of 2012", "Oct./Dec. quarter", "February-April quarter",
        "since the 4th", "Until The 21st of next month", "by the 2nd and", "entered its fifth day", "In Its tenth day",
        "into their 3rd straight day on Monday", "entering their 12th consecutive day", "Valentine's Day", "Good Friday",
        "Maundy Thursday", "Holy Thursday", "Palm Sunday", "Ash Wednesday", "Election Day", "Thanksgiving Day",
        "Halloween", "New Year’s Eve", "Christmas week", "quarterly", "hourly", "Yearly", "MONTHLY", "on weekends",
        "every half hour", "of the decade", "in weeks", "the 3rd of march", "last monday", "Last Monday",
        "EARLY March 2005", "This Friday at 10 a.m.", "Each March", "THE July-September quarter", "christmas eve",
        "Mid-December", "Thursday, the Twenty-First of March",
    };
    /** Former spellings of rules rewritten to test a literal before their look-behind: {rule, former, current start}. */
    private static final String[][] FORMER = {
        {"ordinalDay", "(?<=\\b(?:on|by|until|till|since|from|before|after)\\s)the",
            "\\bthe(?<=\\b(?:on|by|until|till|since|from|before|after)\\sthe)"},
        {"nthDay", "(?<=\\b(?:entered|enters|entering|enter|into|in)\\s)(?:its|their)",
            "\\b(?:its|their)(?<=\\b(?:entered|enters|entering|enter|into|in)\\s(?:its|their))"},
    };
    private static final String[] GLUE = {" ", "", ", ", "\n", "-", "/", ".", " (", ") ", ":"};

    private static List<String> matches(Pattern pattern, String text, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
            out.add(m.start() + ":" + m.end());
        }
        return out;
    }

    private static void assertSameMatches(String text, int from, int to) {
        for (TimeRules.Rule rule : TimeRules.RULES) {
            String regex = rule.pattern().pattern();
            String guard = RuleFilters.guard(rule.name());
            assertThat(regex).startsWith(guard);
            Pattern bare = Pattern.compile(regex.substring(guard.length()), rule.pattern().flags());
            List<String> expected = matches(bare, text, from, to);
            assertThat(matches(rule.pattern(), text, from, to)).as(rule.name() + " in: " + text).isEqualTo(expected);
            if (rule.words() == null) {
                continue;
            }
            Matcher m = bare.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
            while (m.find()) {
                String found = m.group().toLowerCase(Locale.ROOT);
                assertThat(List.of(rule.words())).as(rule.name() + ": " + m.group()).anyMatch(found::contains);
                assertThat(new TextWords(text).anyWithin(rule.words(), m.start(), m.end())).as(m.group()).isTrue();
            }
        }
    }

    @Test
    void everyPieceAloneAndInASentence() {
        int guarded = 0;
        for (String piece : PIECES) {
            assertSameMatches(piece, 0, piece.length());
            String sentence = "He said on " + piece + ", and will return " + piece + ".";
            assertSameMatches(sentence, 0, sentence.length());
        }
        for (TimeRules.Rule rule : TimeRules.RULES) {
            guarded += RuleFilters.guard(rule.name()).isEmpty() ? 0 : 1;
        }
        assertThat(guarded).as("rules with a guard").isEqualTo(TimeRules.RULES.size());
    }

    @Test
    void randomMixturesAndRegions() {
        Random random = new Random(20261204);
        for (int round = 0; round < 1000; round++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(8);
            for (int i = 0; i < pieces; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]).append(GLUE[random.nextInt(GLUE.length)]);
            }
            String text = sb.toString();
            int from = random.nextInt(text.length() / 2 + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            assertSameMatches(text, 0, text.length());
            assertSameMatches(text, from, to);
        }
    }

    @Test
    void literalBeforeLookBehindMatchesAsTheFormerSpelling() {
        Random random = new Random(20261207);
        for (String[] former : FORMER) {
            TimeRules.Rule rule = TimeRules.RULES.stream().filter(r -> r.name().equals(former[0])).findFirst().orElseThrow();
            String bare = rule.pattern().pattern().substring(RuleFilters.guard(rule.name()).length());
            assertThat(bare).startsWith(former[2]);
            Pattern before = Pattern.compile(former[1] + bare.substring(former[2].length()), rule.pattern().flags());
            List<String> texts = new ArrayList<>();
            for (String piece : PIECES) {
                texts.add("He said on " + piece + ", and will return " + piece + ".");
            }
            for (int round = 0; round < 1000; round++) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1 + random.nextInt(8); i > 0; i--) {
                    sb.append(PIECES[random.nextInt(PIECES.length)]).append(GLUE[random.nextInt(GLUE.length)]);
                }
                texts.add(sb.toString());
            }
            int found = 0;
            for (String text : texts) {
                List<String> expected = matches(before, text, 0, text.length());
                found += expected.size();
                assertThat(matches(rule.pattern(), text, 0, text.length())).as(rule.name() + " in: " + text).isEqualTo(expected);
            }
            assertThat(found).as(rule.name() + " matches something").isPositive();
        }
    }

    @Test
    void wordsAreFoundWhollyInsideTheWindowWhateverTheirCase() {
        String text = "Shares rose in the Third QUARTER, a quarter-point.";
        TextWords words = new TextWords(text);
        int at = text.indexOf("QUARTER");
        assertThat(words.anyWithin(new String[] {"quarter"}, at, at + 7)).isTrue();
        assertThat(words.anyWithin(new String[] {"quarter"}, at, at + 6)).as("cut at the end").isFalse();
        assertThat(words.anyWithin(new String[] {"quarter"}, at + 1, at + 20)).as("the later one").isTrue();
        assertThat(words.anyWithin(new String[] {"quarter"}, at + 1, at + 12)).isFalse();
        assertThat(words.anyWithin(new String[] {"month", "third"}, 0, text.length())).isTrue();
        assertThat(words.anyWithin(new String[] {"month", "week"}, 0, text.length())).isFalse();
    }
}
