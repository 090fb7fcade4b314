package dev.precis.summarize;

import dev.precis.model.TextRange;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a lede can lose at its start without changing what it says: the dateline and source tag that
 * wire copy puts before the news ("LONDON, England (Reuters) -- ", "Tokyo (CNN)", "(AP) -", "PARIS,
 * France -- ", "NEW YORK, March 3 (Reuters) - "), and dashes a splitter left in front; and what any
 * sentence can lose at its start: a discourse connective that only ties it to the sentence before
 * ("But ", "However, ", "In addition, "), which a summary does not show next to it. A summary sentence
 * stays one contiguous range of the article, so only an edge can go, and the API's character ranges
 * still point at exactly what the reader sees. Nothing inside a sentence is cut (a bracketed aside or
 * an appositive between dashes would need a sentence shown in pieces), and an attribution at the end
 * ("…, officials said.") is never cut: without it a claim would read as a fact. Stateless.
 *
 * <p>Written by hand because the shape is a convention of news agencies rather than of language: a
 * place of capitalised words (with an optional date), then an agency in brackets or, after a place in
 * capitals, a dash. What stops it from eating a real subject: the bracket must hold capitalised words
 * that are not the initials of the words before it ("Kick It Out (KIO) Chairman …" is an acronym being
 * defined), and after a place with neither a date nor a dash the bracket must be glued to the next
 * word ("Tokyo (CNN)Police"), so "Sen. Jo Smith (I-Vermont) Tuesday …" keeps its subject.
 */
final class SentenceTrim {

    /** A capitalised word of a place ("New", "Delhi", "St.", "Winston-Salem", "O'Hare"). */
    private static final String PLACE_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
    private static final String DATE = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}"
            + "(?:,\\s*\\d{4})?";

    /** An optional place (and date), then an agency or publication in brackets, then an optional dash. */
    private static final Pattern TAGGED = Pattern.compile(
            "\\s*(?:(?<place>" + PLACE_WORD + "(?:,?\\s+" + PLACE_WORD + "){0,5}?)(?<date>,?\\s+" + DATE + ")?\\s*)?"
            + "\\((?<tag>\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&'’-]*){0,3})\\)"
            + "(?<sep>\\s*(?:--|[—–-])\\s*|\\s*)(?=[\\p{Lu}\\p{N}\"“‘'])");

    /** A place in capitals (then its region and date), then a dash or a colon: "PARIS, France -- ". */
    private static final Pattern CAPITALS = Pattern.compile(
            "\\s*\\p{Lu}{2}[\\p{Lu}.'’-]*(?:\\s+\\p{Lu}[\\p{Lu}.'’-]*){0,3}(?:,\\s*" + PLACE_WORD + "(?:\\s+" + PLACE_WORD
            + "){0,3})?(?:,?\\s+" + DATE + ")?\\s*(?:--|[—–]|\\s-|:)\\s*(?=[\\p{Lu}\\p{N}\"“‘'])");

    /** Dashes or bullets a splitter left at a sentence's start ("-- The community …"). */
    private static final Pattern LEADING_DASHES = Pattern.compile("\\s*(?:[-–—•]+\\s+)+(?=[\\p{L}\\p{N}\"“‘'])");

    /**
     * A connective at a sentence's start, then a capitalised word, so what is shown still opens as a
     * sentence does. Only "But" and "And" may go without a comma: "So", "Still", "Now" or "Yet" without
     * one often belong to what follows ("So far", "Still Waters", "Yet another").
     */
    private static final Pattern CONNECTIVE = Pattern.compile(
            "(?:(?:But|And)\\s*,?|(?:However|Meanwhile|Moreover|Furthermore|Additionally|Nevertheless|Nonetheless"
            + "|Separately|Besides|Instead|Indeed|Also|Still|Yet|So|Now|In addition|In fact|Even so|Of course),)"
            + "\\s+(?=\\p{Lu})");

    /** Fewer words than this after a cut and the sentence is left whole. */
    private static final int MIN_WORDS = 4;

    private SentenceTrim() {
    }

    /**
     * The part of {@code sentence} a summary shows. A dateline is cut only from a lede
     * ({@code lede}: the article's first sentence of news, or a fragment before it); leading dashes
     * from any sentence, and then a connective at its start.
     */
    static TextRange trim(String text, TextRange sentence, boolean lede) {
        return trim(text, sentence, lede, true);
    }

    /**
     * As {@link #trim(String, TextRange, boolean)}, the connective cut only when {@code connectives}: the
     * lead baseline as earlier sessions measured it keeps its connectives.
     */
    static TextRange trim(String text, TextRange sentence, boolean lede, boolean connectives) {
        int start = sentence.start();
        int end = sentence.end();
        if (lede && start < end && mayHoldDateline(text, start, end)) {
            start = afterDateline(text, start, end);
        }
        if (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            Matcher m = LEADING_DASHES.matcher(text).region(start, end);
            if (m.lookingAt()) {
                start = m.end();
            }
        }
        if (connectives && start < end && Character.isUpperCase(text.charAt(start))) {
            Matcher m = CONNECTIVE.matcher(text).region(start, end);
            // checked on its own, so a connective too close to the end does not undo a dateline's cut
            if (m.lookingAt() && SentenceShape.letterRuns(text.substring(m.end(), end)) >= MIN_WORDS) {
                start = m.end();
            }
        }
        if (start == sentence.start() || SentenceShape.letterRuns(text.substring(start, end)) < MIN_WORDS) {
            return sentence;
        }
        return new TextRange(start, end);
    }

    /** Cheap test before the patterns: a bracket, a dash or a colon early in the sentence. */
    private static boolean mayHoldDateline(String text, int start, int end) {
        int limit = Math.min(end, start + 90);
        for (int i = start; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '-' || c == '—' || c == '–' || c == ':') {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code text} opens with a dateline that names a place ("PARIS, France -- ", "LONDON,
     * England (Reuters) -- ", "NEW DELHI: "): the mark of a report filed from somewhere. A bare source tag
     * ("(CNN) -- ", "(InStyle) -- ") names no place and does not count.
     */
    static boolean opensWithPlaceDateline(String text) {
        int end = Math.min(text.length(), 200);
        Matcher tagged = TAGGED.matcher(text).region(0, end);
        if (tagged.lookingAt() && isSourceTag(tagged)) {
            return tagged.group("place") != null;
        }
        return CAPITALS.matcher(text).region(0, end).lookingAt();
    }

    private static int afterDateline(String text, int start, int end) {
        Matcher tagged = TAGGED.matcher(text).region(start, end);
        if (tagged.lookingAt() && isSourceTag(tagged)) {
            return tagged.end();
        }
        Matcher capitals = CAPITALS.matcher(text).region(start, end);
        if (capitals.lookingAt()) {
            return capitals.end();
        }
        return start;
    }

    private static boolean isSourceTag(Matcher m) {
        String tag = m.group("tag");
        int letters = 0;
        for (int i = 0; i < tag.length(); i++) {
            if (Character.isLetter(tag.charAt(i))) {
                letters++;
            }
        }
        if (letters < 2) {
            return false;
        }
        String place = m.group("place");
        if (place == null) {
            return true;
        }
        if (isInitials(tag, place)) {
            return false;
        }
        String sep = m.group("sep");
        boolean dash = !sep.isBlank();
        boolean glued = sep.isEmpty();
        return dash || glued || m.group("date") != null;
    }

    /** True when {@code tag} is the initials of the last words of {@code place} ("KIO" of "Kick It Out"). */
    private static boolean isInitials(String tag, String place) {
        String[] words = place.split("[\\s,]+");
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty()) {
                initials.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        String letters = tag.replaceAll("[^\\p{L}]", "").toUpperCase(Locale.ROOT);
        return letters.length() >= 2 && initials.toString().endsWith(letters);
    }
}
