package dev.precis.nlp.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tense of a reporting period named without its year ("the fourth quarter", "the second half"):
 * {@link Tense#around} and, when that finds no future, a verb of forecasting in the present before the
 * period in its clause ("analysts expect a stronger fourth quarter", "the bank sees growth picking up in
 * the third quarter"), which looks forward though it carries no modal. Earnings news forecasts periods
 * this way far more than it forecasts days, so the cue is read for periods only. Thread-safe (stateless).
 */
final class PeriodTense {

    private PeriodTense() {
    }

    /**
     * A verb of forecasting in the present (or its noun after "for"), not after "had", "was" … (a past
     * expectation: "had expected a stronger fourth quarter").
     */
    private static final Pattern FORECAST = Pattern.compile("\\b(?<!\\b(?:had|was|were|been|'d)\\s)"
            + "(?:expects?|expecting|forecasts?|forecasting|predicts?|predicting|projects|projecting|anticipates?"
            + "|anticipating|sees|seeing|guides|targets|targeting)\\b"
            + "|\\b(?:outlook|guidance|forecasts?|projections?)\\s+for\\b", Pattern.CASE_INSENSITIVE);
    /** A past form between the forecast verb and the period makes the period past ("expects … after sales fell in …"). */
    private static final Pattern PAST_BETWEEN = Pattern.compile("\\b(?:was|were|had|did|fell|rose|grew|said|reported"
            + "|posted|ended|closed|lost|made|earned|\\p{L}{3,}(?<![eE])ed)\\b", Pattern.CASE_INSENSITIVE);
    /** How far back in the sentence the forecast verb may stand. */
    private static final int WINDOW = 90;

    /** The tense of the current expression of {@code r}, forecast verbs counting as future. */
    static Tense of(Resolution r) {
        Tense tense = r.tense();
        if (tense == Tense.FUTURE) {
            return tense;
        }
        int from = Math.max(r.sentenceStart, r.start - WINDOW);
        CharSequence before = r.text.subSequence(from, r.start);
        for (int i = before.length() - 1; i >= 0; i--) {
            char c = before.charAt(i);
            if (c == ';' || c == ':') {
                before = before.subSequence(i + 1, before.length());
                break;
            }
        }
        Matcher m = FORECAST.matcher(before);
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        if (last < 0 || PAST_BETWEEN.matcher(before.subSequence(last, before.length())).find()) {
            return tense;
        }
        return Tense.FUTURE;
    }
}
