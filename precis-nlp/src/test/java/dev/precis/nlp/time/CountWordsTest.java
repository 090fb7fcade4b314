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
 * The count words and the duration rule's opening words, grouped by first letter, match what their
 * former flat lists matched: the same spans and the same groups, for every rule that spells them.
 */
class CountWordsTest {

    /** The former spellings, as the rules held them before the grouping. */
    private static final String FORMER_NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
            + "|sixty|seventy|eighty|ninety|hundred|a\\s+couple\\s+of|couple\\s+of|a\\s+few|several|a|an|few|many"
            + "|some|half\\s+a|a\\s+half)";
    private static final String FORMER_COUNT = "(?:\\d{1,3}(?:,\\d{3})+(?![\\d,])|\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty"
            + "|fifty|sixty|seventy|eighty|ninety)[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine)\\b|"
            + FORMER_NUMBER_WORD + ")";
    private static final String FORMER_DURATION_OPENING = "\\b(?:(?:the|for|about|nearly|almost|over|more\\s+than"
            + "|less\\s+than|up\\s+to|at\\s+least|the\\s+past|the\\s+last|the\\s+next|the\\s+first|the\\s+previous"
            + "|the\\s+coming|the\\s+final|another|a\\s+further)\\s+)?";
    private static final String DURATION_OPENING = "\\b(?:(?:the(?:|\\s+past|\\s+last|\\s+next|\\s+first|\\s+previous"
            + "|\\s+coming|\\s+final)|a(?:bout|lmost|t\\s+least|nother|\\s+further)|for|nearly|over|more\\s+than"
            + "|less\\s+than|up\\s+to)\\s+)?";

    /** Words that open counts and lengths, the words that share their first letters, and units. */
    private static final String[] PIECES = {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "hundred", "a couple of", "couple of", "a few", "several", "a", "an",
        "few", "many", "some", "half a", "a half", "twenty-four", "Thirty Five", "forty-nine", "FIFTY", "An", "A Few",
        "2,000", "1,5", "12", "3.5", "1/2", "½", "and a half", "the", "The Past", "the last", "the next", "the first",
        "the previous", "the coming", "the final", "for", "about", "nearly", "almost", "over", "more than", "less than",
        "up to", "at least", "another", "a further", "year-earlier", "year-ago", "more", "additional", "trading",
        "business", "working", "second", "minute", "hour", "days", "Week", "fortnight", "months", "quarter", "years",
        "decade", "century", "centuries", "long", "old", "ago", "earlier", "later", "from now", "hence", "before",
        "in", "time", "'s time", "or so", "just", "only", "then", "these", "tense", "theatre", "fort", "anne", "also",
        "at", "aft", "sixth", "elevenses", "often", "nineties", "hundreds", "manyfold", "someday", "abouts",
        "several-day", "a half-hour", "an hour", "A Day", "ten-year-old",
    };
    private static final String[] GLUE = {" ", " ", " ", "", ", ", "\n", "-", ".", " (", ") "};

    private static List<String> matches(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            StringBuilder sb = new StringBuilder().append(m.start()).append(':').append(m.end());
            for (int g = 1; g <= m.groupCount(); g++) {
                sb.append('|').append(m.start(g)).append(':').append(m.end(g));
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** The rule's pattern as it was spelled before the grouping. */
    private static Pattern former(TimeRules.Rule rule) {
        String regex = rule.pattern().pattern()
                .replace(DURATION_OPENING, FORMER_DURATION_OPENING)
                .replace(TimeLexicon.COUNT, FORMER_COUNT);
        return Pattern.compile(regex, rule.pattern().flags());
    }

    private static List<TimeRules.Rule> countingRules() {
        List<TimeRules.Rule> rules = TimeRules.RULES.stream()
                .filter(r -> r.pattern().pattern().contains(TimeLexicon.COUNT)).toList();
        assertThat(rules).extracting(TimeRules.Rule::name).contains("ago", "inTime", "duration");
        return rules;
    }

    @Test
    void theRulesStillSpellTheGroupedForms() {
        TimeRules.Rule duration = TimeRules.RULES.stream().filter(r -> r.name().equals("duration")).findFirst()
                .orElseThrow();
        assertThat(duration.pattern().pattern()).contains(DURATION_OPENING);
        for (TimeRules.Rule rule : countingRules()) {
            assertThat(former(rule).pattern()).as(rule.name()).contains(FORMER_COUNT).doesNotContain(TimeLexicon.COUNT);
        }
    }

    @Test
    void everyLengthInASentenceMatchesAsTheFormerSpelling() {
        String[] sentences = {
            "The strike lasted nearly three weeks, about twenty-four hours longer than the last one.",
            "She spent the past fourteen months abroad and the first 2,000 days in office at home.",
            "For a couple of decades the firm traded; a few years ago it sold four-year-old units.",
            "Another two and a half years, a further 3.5 days, up to sixty business days, at least an hour.",
            "The year-earlier 12 weeks, the previous seventy-five minutes, the final ½ hour, several centuries.",
            "Ten years later, in three weeks' time, fifty days hence, eleven days before.",
            "The theatre's fort opened at seven; often the tense hundred days of half a decade felt long.",
        };
        int found = 0;
        for (TimeRules.Rule rule : countingRules()) {
            Pattern former = former(rule);
            for (String sentence : sentences) {
                List<String> expected = matches(former, sentence);
                found += expected.size();
                assertThat(matches(rule.pattern(), sentence)).as(rule.name() + " in: " + sentence).isEqualTo(expected);
            }
        }
        assertThat(found).as("lengths found").isGreaterThan(20);
    }

    @Test
    void randomMixturesInEveryCaseMatchAsTheFormerSpelling() {
        Random random = new Random(20261207L);
        List<TimeRules.Rule> rules = countingRules();
        List<Pattern> formers = rules.stream().map(CountWordsTest::former).toList();
        int found = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1 + random.nextInt(10); i > 0; i--) {
                String piece = PIECES[random.nextInt(PIECES.length)];
                int casing = random.nextInt(5);
                piece = casing == 0 ? piece.toUpperCase(Locale.ROOT) : casing == 1 && !piece.isEmpty()
                        ? Character.toUpperCase(piece.charAt(0)) + piece.substring(1) : piece;
                sb.append(piece).append(GLUE[random.nextInt(GLUE.length)]);
            }
            String text = sb.toString();
            for (int r = 0; r < rules.size(); r++) {
                List<String> expected = matches(formers.get(r), text);
                found += expected.size();
                assertThat(matches(rules.get(r).pattern(), text)).as(rules.get(r).name() + " in: " + text)
                        .isEqualTo(expected);
            }
        }
        assertThat(found).as("matches in the mixtures").isGreaterThan(500);
    }
}
