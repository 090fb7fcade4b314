package dev.precis.nlp.time;

import dev.precis.model.Sentence;
import dev.precis.model.TextRange;
import dev.precis.model.TimeExpression;
import dev.precis.nlp.TimeResolver;
import dev.precis.nlp.sentence.PlainLayout;
import dev.precis.nlp.time.Resolution.Value;
import dev.precis.nlp.time.TimeRules.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds English time expressions with hand-written rules and resolves them against the publication
 * date, using the tense of the surrounding clause to decide the direction of underspecified ones
 * ("said on Monday" → the Monday before, "will meet on Monday" → the Monday after). A wire story's
 * dateline date ("BEIJING, March 3 (Xinhua) --") takes the publication date's place when it is within
 * two days of it, or when there is none and the dateline gives its year ({@link Dateline}).
 *
 * <p>Why rules and not a library: resolution relative to a publication date with tense is the
 * product's core, and the available Java libraries (natty, prettytime, SUTime) resolve weekdays
 * against "now" without tense, are unmaintained or GPL. A rule set in the style of HeidelTime is
 * transparent, fast (every pattern is linear-time) and easy to extend.
 *
 * <p>Values are ISO 8601 at the expression's own granularity ({@code 2022-01-28}, {@code 2024-07},
 * {@code 1997}, {@code 2024-12-05/2024-12-06}, {@code P6M}, clock times {@code 2024-03-13T22:00}) with
 * TimeML's extensions: weeks and weekends ({@code 2024-W11}, {@code 2024-W11-WE}), parts of day
 * ({@code 2024-03-13TAF}), quarters, halves and seasons ({@code 2024-Q3}, {@code 2024-H2},
 * {@code 2024-SU}), recurring days ({@code XXXX-WXX-4}) and {@code PRESENT_REF}, {@code PAST_REF},
 * {@code FUTURE_REF} (granularity DAY). Invalid dates ("February 30") are dropped,
 * never thrown. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<TimeExpression> times = new RuleTimeResolver().resolve(text, sentences, LocalDate.of(2022, 1, 31));
 * }</pre>
 */
public final class RuleTimeResolver implements TimeResolver {

    private static final int CONTEXT = 120;
    private static final Pattern LEADING_PREPOSITION = Pattern.compile(
            "(?:on|in|for|over|during|within|since|until|till|through|throughout|from|by)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern MID_WORD = Pattern.compile("(?:mid|early|late)-", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_DETERMINER = Pattern.compile("(?:(its|their|his|her|our)|an?|the)\\s+",
            Pattern.CASE_INSENSITIVE);
    private record Candidate(int start, int end, Rule rule, MatchResult match) {
    }

    @Override
    public List<TimeExpression> resolve(String text, List<Sentence> sentences, LocalDate published) {
        // a wire story counts its days from its dateline, which may be a day off the feed's date
        LocalDate anchor = Dateline.anchor(text, published);
        // hard-wrapped text: a splitter that ended a sentence at a wrapping line break cut the clause whose tense places a date
        sentences = PlainLayout.joinWrapped(text, sentences);
        List<Candidate> candidates = new ArrayList<>();
        List<int[]> triggers = Triggers.find(text);
        Map<Integer, List<int[]>> windowsByNeeds = new HashMap<>();
        TextWords words = new TextWords(text);
        for (Rule rule : TimeRules.RULES) {
            List<int[]> windows = windowsByNeeds.computeIfAbsent(rule.needs(),
                    needs -> Triggers.windows(triggers, needs, text.length()));
            Matcher m = null;
            for (int[] window : windows) {
                if (rule.words() != null && !words.anyWithin(rule.words(), window[0], window[1])) {
                    continue;
                }
                if (m == null) {
                    m = rule.pattern().matcher(text);
                    m.useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(window[0], window[1]);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        candidates.add(new Candidate(m.start(), m.end(), rule, m.toMatchResult()));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::start)
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed()));
        Resolution resolution = new Resolution(anchor);
        resolution.text = text;
        List<TimeExpression> out = new ArrayList<>();
        int acceptedEnd = 0;
        int sentenceIndex = 0;
        for (Candidate c : candidates) {
            if (c.start() < acceptedEnd) {
                continue;
            }
            while (sentenceIndex < sentences.size() && sentences.get(sentenceIndex).range().end() <= c.start()) {
                sentenceIndex++;
            }
            int sentenceStart;
            int sentenceEnd;
            if (sentenceIndex < sentences.size() && sentences.get(sentenceIndex).range().start() <= c.start()) {
                sentenceStart = sentences.get(sentenceIndex).range().start();
                // an expression that runs over a sentence end ("at 8 p.m. EST on Tuesday", split after "p.m.")
                // is read in the sentence where it ends as well: the split was wrong, and a clause cut short
                // looks like a headline to the tense reading
                int last = sentenceIndex;
                while (last + 1 < sentences.size() && sentences.get(last + 1).range().start() < c.end()) {
                    last++;
                }
                sentenceEnd = Math.max(c.end(), sentences.get(last).range().end());
            } else {
                sentenceStart = lineStart(text, c.start());
                sentenceEnd = lineEnd(text, c.end());
            }
            resolution.at(c.start(), c.end(), sentenceStart, Math.min(text.length(), sentenceEnd));
            Value v = c.rule().handler().apply(c.match(), resolution);
            if (v == null) {
                continue;
            }
            out.add(new TimeExpression(new TextRange(afterPreposition(text, c.start(), c.end()), c.end()), v.value(),
                    v.granularity()));
            resolution.rememberReference(v.value());
            acceptedEnd = c.end();
        }
        return out;
    }

    /**
     * Where an expression starts once a leading preposition is left out: the rules match "on Friday",
     * "for three years", "in recent years" (the preposition tells them the tense or the reading), but
     * TimeML's TIMEX3 never holds it ("on" is a signal) and neither does a reader's date.
     */
    static int afterPreposition(String text, int start, int end) {
        Matcher m = LEADING_PREPOSITION.matcher(text).region(start, end);
        if (m.lookingAt() && m.end() < end) {
            return m.end();
        }
        // a possessive ("its fourth quarter"), or the article of a noun the expression modifies ("a
        // third-quarter loss", "the 30-day period", "the year-ago quarter"), belongs to the noun phrase
        m = LEADING_DETERMINER.matcher(text).region(start, end);
        if (!m.lookingAt() || m.end() >= end) {
            return start;
        }
        String last = text.substring(Math.max(m.end(), text.lastIndexOf(' ', end - 1) + 1), end);
        boolean modifier = last.indexOf('-') > 0 && !MID_WORD.matcher(last).lookingAt()
                && text.substring(start, end).indexOf(" of ") < 0; // not "the mid-1990s", "the winter of nineteen ninety-four"
        return m.group(1) != null || modifier ? m.end() : start;
    }

    private static int lineStart(String text, int from) {
        int limit = Math.max(0, from - CONTEXT);
        int i = from;
        while (i > limit && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    private static int lineEnd(String text, int from) {
        int limit = Math.min(text.length(), from + CONTEXT);
        int i = from;
        while (i < limit && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }
}
