package dev.precis.summarize;

import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Content words of a sentence as the summarizers compare them: lower-cased, stop words dropped and a
 * light plural/possessive stripped so that "talks" and "talk" meet. Deliberately simple and fast;
 * sentence similarity in news is carried by names and nouns, which this keeps.
 */
final class Terms {

    static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
            "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
            "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even",
            "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
            "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
            "itself", "just", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "no",
            "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
            "ourselves", "out", "over", "own", "said", "same", "says", "say", "she", "should", "so",
            "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
            "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
            "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
            "will", "with", "would", "you", "your", "yours", "yourself", "yourselves", "mr", "mrs", "ms",
            "one", "two", "new", "year", "years", "told", "added", "like", "well", "get", "got", "us",
            "s", "t", "don", "didn", "doesn", "isn", "wasn", "weren", "won", "wouldn", "can't", "it's");

    private Terms() {
    }

    /** Calls {@code sink} with each content term of {@code text[from, to)}, in order. */
    static void forEach(String text, int from, int to, Consumer<String> sink) {
        int i = from;
        while (i < to) {
            while (i < to && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && (Character.isLetterOrDigit(text.charAt(i))
                    || (text.charAt(i) == '\'' || text.charAt(i) == '’') && i + 1 < to
                    && Character.isLetter(text.charAt(i + 1)))) {
                i++;
            }
            if (i > start) {
                String term = normalize(text.substring(start, i));
                if (term != null) {
                    sink.accept(term);
                }
            }
        }
    }

    private static String normalize(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (STOP_WORDS.contains(w) || w.length() < 2) {
            return null;
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
