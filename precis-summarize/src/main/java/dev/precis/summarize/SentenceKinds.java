package dev.precis.summarize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Three kinds of sentence that a weight vector leaning on centrality promotes over a news lead although
 * they do not tell the news (features {@code background}, {@code quoteOnly} and {@code
 * unresolvedPronoun} of {@link SentenceFeatures}; weight 0 unless a model file sets one):
 * <ul>
 * <li><b>background</b>: a general statement in the present tense with nothing that dates or places it:
 *     no figure, no name after the first word (at most one capitalised word in all), no time word, no
 *     past-tense verb of the common kinds ("Each state has the right to neutrality.", "Wildfires are
 *     common in the dry season.");</li>
 * <li><b>quoteOnly</b>: a sentence that is a quotation and its credit: at least half its characters
 *     inside quotation marks and at most {@value #CREDIT_WORDS} words outside them ("'We will not give
 *     up,' he said.");</li>
 * <li><b>unresolvedPronoun</b>: a third-person pronoun outside quotation marks before any name in the
 *     sentence, where the pronoun is not the sentence's first word (that case is {@code dangling}):
 *     "After the vote, he left the hall." leaves the reader asking who.</li>
 * </ul>
 * Hand-written word rules, since no tagger runs on the summary's fast path. Stateless.
 */
final class SentenceKinds {

    /** Words outside the quotation marks a quote-only sentence may have: a credit ("the minister told reporters"). */
    static final int CREDIT_WORDS = 6;

    private static final Pattern PRESENT = Pattern.compile(
            "\\b(is|are|has|have|can|cannot|may|must|does|do|means|remains|remain|includes|include|allows|requires)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PAST_OR_TIME = Pattern.compile(
            "\\b(was|were|had|did|said|told|added|announced|yesterday|today|tonight|tomorrow|last|ago|now|recently"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july"
            + "|august|september|october|november|december|week|weekend|month|year|years)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "they", "them",
            "their", "theirs");

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

    private SentenceKinds() {
    }

    /** A general present-tense statement with no figure, name or time in it. */
    static boolean background(String s) {
        String outside = outsideQuotes(s);
        if (outside.chars().anyMatch(Character::isDigit) || !PRESENT.matcher(outside).find()
                || PAST_OR_TIME.matcher(outside).find() || s.strip().endsWith("?")) {
            return false;
        }
        Matcher m = WORD.matcher(outside);
        int words = 0;
        int capitals = 0;
        while (m.find()) {
            String w = m.group();
            if (words > 0 && Character.isUpperCase(w.charAt(0)) && !w.equals("I")) {
                capitals++;
            }
            words++;
        }
        return words >= 5 && capitals <= 1;
    }

    /** Mostly a quotation: half the characters or more inside quotation marks, few words outside. */
    static boolean quoteOnly(String s, double quoteShare) {
        if (quoteShare < 0.5) {
            return false;
        }
        Matcher m = WORD.matcher(outsideQuotes(s));
        int words = 0;
        while (m.find()) {
            words++;
        }
        return words <= CREDIT_WORDS;
    }

    /** A third-person pronoun outside quotation marks, after the first word and before any name. */
    static boolean unresolvedPronoun(String s) {
        Matcher m = WORD.matcher(outsideQuotes(s));
        boolean first = true;
        while (m.find()) {
            String w = m.group();
            if (first) {
                first = false;
                continue;
            }
            if (Character.isUpperCase(w.charAt(0)) && !w.equals("I")) {
                return false;
            }
            if (PRONOUNS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence with its quoted spans blanked: double marks (straight ones pair up in order; an
     * unclosed one runs to the end), or, in a sentence without double marks, single ones as {@link
     * SentenceShape#singleQuoted} reads them (the Daily Mail's house style).
     */
    static String outsideQuotes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean[] single = SentenceShape.hasDoubleMarks(s) ? null : SentenceShape.singleQuoted(s);
        boolean inside = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                inside = c == '“' || c != '”' && !inside;
                out.append(' ');
                continue;
            }
            out.append(inside || single != null && single[i] ? ' ' : c);
        }
        return out.toString();
    }
}
