package dev.precis.nlp.sentence;

import java.util.Locale;
import java.util.Set;

/**
 * What news English knows about words that end in a full stop without ending a sentence.
 *
 * <p>Two kinds: words that practically never end a sentence (titles before a name, month
 * abbreviations before a day, "No." before a number) and words that often do ("Inc.", "U.S.",
 * "p.m.", "etc."), where the next word decides.
 */
final class Abbreviations {

    /** Abbreviations that are followed by what they modify: never a sentence end before a capital. */
    private static final Set<String> PREFIXES = Set.of(
            "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt",
            "cpl", "sgt", "maj", "adm", "cmdr", "rev", "hon", "pres", "supt", "insp", "det", "st", "ste",
            "mt", "ft", "fr", "sr", "sra", "srta", "mme", "mlle", "atty", "amb", "brig",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "approx", "cf", "vs", "v", "e.g", "i.e", "viz", "ave", "blvd");

    /** Abbreviations that modify a following number ("No. 10", "p. 4", "Fig. 2"). */
    private static final Set<String> NUMBER_PREFIXES = Set.of(
            "no", "nos", "vol", "fig", "figs", "p", "pp", "art", "ch", "sec", "para", "tel", "ext",
            "ca", "op", "ed", "est", "nr", "pt");

    /** Abbreviations that end a sentence as often as not: the next word decides. */
    private static final Set<String> AMBIGUOUS = Set.of(
            "inc", "corp", "co", "ltd", "llc", "plc", "bros", "jr", "etc", "u.s", "u.k",
            "u.n", "e.u", "d.c", "l.a", "n.y", "u.s.a", "b.c", "a.d", "ph.d", "m.d", "esq", "dept",
            "govt", "assn", "intl", "univ", "al", "rd", "eds",
            // South Asian and Singaporean "Pvt. Ltd.", "Pte. Ltd.": the form before "Ltd." is no sentence's end
            "pvt", "pte");

    /**
     * Capitalised words that usually open a sentence rather than continue a name: after an ambiguous
     * abbreviation ("in the U.S. The …") they make it a sentence end.
     */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
            "those", "there", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "from", "with",
            "as", "after", "before", "when", "while", "if", "however", "meanwhile", "still", "also",
            "his", "her", "its", "their", "our", "my", "some", "many", "most", "several", "one", "two",
            "both", "each", "all", "no", "not", "then", "now", "last", "earlier", "later", "other",
            "officials", "analysts", "critics", "police", "experts", "what", "why", "how", "who",
            "where", "since", "although", "though", "because", "by", "under", "during", "despite",
            "according", "instead", "nevertheless", "moreover", "indeed", "such", "yesterday", "today",
            "tomorrow", "shares", "sales", "profits", "it's", "that's", "there's", "he's", "she's");

    private Abbreviations() {
    }

    static boolean isPrefix(String wordWithoutStop) {
        return PREFIXES.contains(wordWithoutStop.toLowerCase(Locale.ROOT));
    }

    static boolean isNumberPrefix(String wordWithoutStop) {
        return NUMBER_PREFIXES.contains(wordWithoutStop.toLowerCase(Locale.ROOT));
    }

    /**
     * "a.m." and "p.m.": after them a capital starts a new sentence ("… at 5 p.m. Trains …"), unless it
     * is a time zone ("8 p.m. EST on Tuesday", {@link #isTimeZone}).
     */
    static boolean isClockSuffix(String wordWithoutStop) {
        String w = wordWithoutStop.toLowerCase(Locale.ROOT);
        return w.equals("a.m") || w.equals("p.m");
    }

    /**
     * Time zones written in capitals after a clock time ("8 p.m. EST", "7 a.m. GMT"): they continue the
     * time, never open a sentence.
     */
    private static final Set<String> TIME_ZONES = Set.of(
            "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "AST", "ADT", "NST", "NDT",
            "GMT", "UTC", "BST", "IST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "JST", "KST", "HKT", "SGT",
            "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "ET", "CT", "MT", "PT");

    /** Whether {@code word} is a time zone in capitals ("EST", "GMT"): see {@link #TIME_ZONES}. */
    static boolean isTimeZone(String word) {
        return TIME_ZONES.contains(word);
    }

    static boolean isAmbiguous(String wordWithoutStop) {
        return AMBIGUOUS.contains(wordWithoutStop.toLowerCase(Locale.ROOT));
    }

    static boolean isSentenceOpener(String word) {
        return SENTENCE_OPENERS.contains(word.toLowerCase(Locale.ROOT));
    }
}
