package dev.precis.nlp.time;

import dev.precis.model.Granularity;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The state of resolving one text: the anchor (publication date, may be null), the tense of the
 * expression being resolved and what the text last talked about (a fiscal quarter, so that "a year
 * earlier" in an earnings report means the same quarter a year before) and the last date it named
 * ({@link ReferenceTime}); {@link Placement} and {@link Shifts} turn it into values. Not thread-safe: one instance per {@code resolve} call.
 */
final class Resolution {

    /** A resolved value; {@code value} null when the expression cannot be placed on the calendar. */
    record Value(String value, Granularity granularity) {
    }

    /** A reporting period longer than a quarter named in a sentence of an earnings text. */
    private static final Pattern LONGER_PERIOD = Pattern.compile(
            "\\b(?:(?:first\\s+)?(?:six|nine|6|9)\\s+months|(?:first|second)\\s+half|(?:full|fiscal)\\s+year)\\b",
            Pattern.CASE_INSENSITIVE);

    final LocalDate anchor;
    String text = "";
    int start;
    private int end;
    int sentenceStart;
    private int sentenceEnd;
    /** The current expression's tense, null until a rule asks for it. */
    private Tense tense = Tense.UNKNOWN;
    private int quarterYear;
    private int quarter;
    /** The last date the text named. */
    final ReferenceTime reference = new ReferenceTime();
    /** Whether the text writes its dates day first ({@link DateOrder}); null until a numeric date asks. */
    private Boolean dayFirst;

    Resolution(LocalDate anchor) {
        this.anchor = anchor;
    }

    /** Moves to the expression at {@code [start, end)} in the sentence {@code [sentenceStart, sentenceEnd)}. */
    void at(int start, int end, int sentenceStart, int sentenceEnd) {
        this.start = start;
        this.end = end;
        this.sentenceStart = sentenceStart;
        this.sentenceEnd = sentenceEnd;
        this.tense = null;
    }

    /** The tense around the current expression, read only when a rule needs it (most explicit dates do not). */
    Tense tense() {
        if (tense == null) {
            tense = Tense.around(text, start, end, sentenceStart, sentenceEnd);
        }
        return tense;
    }

    /** Whether an ambiguous numeric date ("03/01/2020") is day first in this text. */
    boolean dayFirst() {
        if (dayFirst == null) {
            dayFirst = DateOrder.dayFirst(text);
        }
        return dayFirst;
    }

    /** Makes a resolved calendar value ({@code 1995}, {@code 1995-05}, {@code 1995-05-22…}) the reference time. */
    void rememberReference(String value) {
        reference.remember(value, start);
    }

    /** The end of the current expression's sentence. */
    int sentenceEnd() {
        return sentenceEnd;
    }

    /** Whether the reference time was named earlier in the current expression's sentence. */
    boolean referenceInSentence() {
        return reference.namedBetween(sentenceStart, start);
    }

    /**
     * Makes a quarter the one the text reports on, unless it has not begun by the anchor (a forecast
     * for "the third quarter of 2025" does not change which quarter "a year earlier" compares with) or
     * is older than the one it reports on (a report on the third quarter that looks back on "a flat
     * second quarter" still compares its third quarter with the year before).
     */
    void rememberQuarter(int year, int q) {
        if (anchor != null && q >= 1 && q <= 4 && LocalDate.of(year, 3 * q - 2, 1).isAfter(anchor)) {
            return;
        }
        if (quarter > 0 && (year * 4 + q < quarterYear * 4 + quarter
                || anchor != null && q >= 1 && q <= 4 && !LocalDate.of(year, 3 * q, 1).plusMonths(1).isBefore(anchor))) {
            return;
        }
        quarterYear = year;
        quarter = q;
    }

    boolean hasQuarter() {
        return quarter > 0;
    }

    int quarterYear() {
        return quarterYear;
    }

    int quarterNumber() {
        return quarter;
    }

    /** The word starting after {@code end}, lower-cased ("" at the end of the text or before punctuation). */
    String nextWord(int end) {
        int i = end;
        while (i < text.length() && i < end + 3 && text.charAt(i) == ' ') {
            i++;
        }
        int from = i;
        while (i < text.length() && i < from + 20 && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(from, i).toLowerCase(Locale.ROOT);
    }

    /** Up to {@code max} characters of the text from {@code end}, lower-cased. */
    String textAfter(int end, int max) {
        return end >= text.length() ? "" : text.substring(end, Math.min(text.length(), end + max)).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the word at {@code wordStart} is capitalised inside its sentence in running text (not a
     * title-case headline): a name's part then ("China Daily", "USA Today"), see {@link TitleWords}.
     */
    boolean capitalisedInside(int wordStart) {
        return TitleWords.capitalisedInside(text, wordStart, sentenceStart)
                && !TitleWords.headline(text, sentenceStart, sentenceEnd);
    }

    /** The word before the current expression, lower-cased ("" at the start of the text). */
    String previousWord() {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return text.substring(i + 1, end).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the text reports on a quarter and the current expression's sentence does not name a
     * longer period before it: then "a year earlier", "the 1988 period" mean that quarter.
     */
    boolean comparesQuarters() {
        return hasQuarter() && !LONGER_PERIOD.matcher(text).region(sentenceStart, start).find();
    }
}
