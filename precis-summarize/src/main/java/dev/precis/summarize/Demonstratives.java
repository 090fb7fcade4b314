package dev.precis.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A demonstrative inside a sentence that points back to something the sentence does not name: "the
 * team may just have those very qualities", "police questioned these men", "at least 60 million such
 * children", "in this election". Taken without the sentence before it, such a sentence leaves the
 * reader asking "which?", as an opening "He" does ({@link dev.precis.model.StandAloneSentences#opensWithDanglingReference}
 * covers the sentence's first words; this covers the rest).
 *
 * <p>Hand-written word rules (no tagger runs on the summary's fast path): a demonstrative counts only
 * outside quotation marks (a speaker's "this child" points at what the speaker sees), and not where
 * English uses the word without an antecedent: "those who …", "those killed" (a relative clause or a
 * participle defines the group), "such as", "such a" (intensifier), "this year" and other times, "this
 * article" and other references to the page itself, "this is" (a pronoun, not a determiner), or when
 * the noun it determines already occurs earlier in the same sentence. Stateless.
 */
final class Demonstratives {

    /** Words after "these"/"those" that make the phrase generic or defined by what follows. */
    private static final Set<String> GENERIC_AFTER = Set.of(
            "who", "whom", "whose", "which", "that", "of", "in", "on", "at", "with", "without", "from",
            "for", "to", "are", "were", "is", "was", "days", "responsible", "under", "over", "above",
            "below", "aged", "most", "close", "still", "already", "not", "and", "or", "interested",
            "eligible", "able", "unable", "present", "living", "here", "there", "around", "near");

    /** Nouns that "this" points at without an antecedent: times, and the page the sentence is on. */
    private static final Set<String> DEICTIC = Set.of(
            "year", "week", "weekend", "month", "morning", "afternoon", "evening", "night", "season",
            "summer", "winter", "spring", "fall", "autumn", "time", "day", "decade", "century", "term",
            "semester", "past", "coming", "moment", "point", "stage", "page", "article", "story", "report",
            "video", "photo", "picture", "image", "gallery", "piece", "post", "country", "world", "kind",
            "sort", "type", "way", "side");

    /** Words after "this" that show it is a pronoun or part of a phrase, not a determiner of a noun. */
    private static final Set<String> NOT_A_NOUN = Set.of(
            "is", "was", "isn", "wasn", "has", "had", "hasn", "hadn", "will", "would", "could", "can",
            "should", "may", "might", "must", "does", "did", "doesn", "didn", "won", "means", "meant",
            "makes", "made", "comes", "came", "happens", "happened", "seems", "seemed", "one", "and", "or",
            "but", "to", "in", "on", "of", "for", "with", "at", "by", "as", "from", "that", "the", "a",
            "an", "all", "too", "also", "not", "really", "very", "so", "just", "be", "been", "being",
            "are", "were", "matter");

    /** Words after "such" that do not make it point back. */
    private static final Set<String> SUCH_FREE = Set.of("as", "a", "an", "that", "is", "was", "are", "were");

    private Demonstratives() {
    }

    /** True when the sentence holds a demonstrative whose referent it does not name itself. */
    static boolean pointsBack(String s) {
        if (!mentionsOne(s)) {
            return false;
        }
        List<String> words = wordsOutsideQuotes(s);
        for (int k = 0; k + 1 < words.size(); k++) {
            String w = words.get(k);
            if (!w.equals("these") && !w.equals("those") && !w.equals("this") && !w.equals("such")) {
                continue;
            }
            int at = k + 1;
            if (words.get(at).equals("very") || words.get(at).equals("same")) {
                at++;
            }
            if (at >= words.size()) {
                continue;
            }
            String next = words.get(at);
            if (next.isEmpty() || !Character.isLowerCase(next.charAt(0)) && !Character.isDigit(next.charAt(0))
                    || definedAfter(words, at) || namedBefore(words, k, next)) {
                continue;
            }
            boolean points = switch (w) {
                case "these", "those" -> !GENERIC_AFTER.contains(next) && !next.endsWith("ed") && !next.endsWith("ing");
                case "this" -> !DEICTIC.contains(next) && !NOT_A_NOUN.contains(next) && !next.endsWith("ly");
                default -> k > 0 && !words.get(k - 1).equals("as") && !SUCH_FREE.contains(next);
            };
            if (points) {
                return true;
            }
        }
        return false;
    }

    /** A quick test before the word scan: most sentences hold none of the four words. */
    private static boolean mentionsOne(String s) {
        for (int i = 0; i + 4 <= s.length(); i++) {
            char c = s.charAt(i);
            if (c != 't' && c != 'T' && c != 's' && c != 'S') {
                continue; // every word looked for starts with t or s: most positions end here, before any compare
            }
            if (s.regionMatches(true, i, "thes", 0, 4) || s.regionMatches(true, i, "thos", 0, 4)
                    || s.regionMatches(true, i, "this", 0, 4) || s.regionMatches(true, i, "such", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    /** A relative clause or "as" within the next few words defines the phrase ("those FBI agents who …"). */
    private static boolean definedAfter(List<String> words, int from) {
        for (int k = from + 1; k < Math.min(words.size(), from + 5); k++) {
            String w = words.get(k);
            if (w.equals("who") || w.equals("which") || w.equals("whose") || w.equals("whom") || w.equals("as")) {
                return true;
            }
        }
        return false;
    }

    /** The noun, or a word sharing its first five letters, occurs before the demonstrative. */
    private static boolean namedBefore(List<String> words, int before, String noun) {
        String stem = noun.substring(0, Math.min(5, noun.length()));
        for (int k = 0; k < before; k++) {
            if (words.get(k).startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence's words outside double quotation marks, lower-cased but for the first letter of a
     * capitalised word (a name after "those" is not a common noun), apostrophes dropped with what follows
     * them ("isn't" → "isn").
     */
    private static List<String> wordsOutsideQuotes(String s) {
        List<String> out = new ArrayList<>();
        boolean inside = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                inside = c == '“' || c != '”' && !inside;
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
                    i++;
                }
                if (!inside) {
                    String word = s.substring(start, i);
                    boolean capital = Character.isUpperCase(word.charAt(0)) && !out.isEmpty();
                    String lower = word.toLowerCase(Locale.ROOT);
                    out.add(capital ? Character.toUpperCase(lower.charAt(0)) + lower.substring(1) : lower);
                }
                while (i < s.length() && (s.charAt(i) == '\'' || s.charAt(i) == '’') && i + 1 < s.length()
                        && Character.isLetter(s.charAt(i + 1))) {
                    i++;
                    while (i < s.length() && Character.isLetter(s.charAt(i))) {
                        i++;
                    }
                }
            } else {
                i++;
            }
        }
        return out;
    }
}
