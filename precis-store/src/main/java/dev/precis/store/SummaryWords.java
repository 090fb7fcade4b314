package dev.precis.store;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The word sets a story summary compares its candidate sentences by ({@link StorySummaries}): the content words as
 * written (the story's vocabulary, for centrality, and one article's own sentences told apart), their stems with the
 * figures (two articles telling one fact in other words), and the overlap of two sets.
 */
final class SummaryWords {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'-]*");

    /**
     * A figure as written ("4.75", "2003", "2-1", "1,500"): two reports of one fact share it where their words differ
     * ("left rates on hold at 4.75%" and "rates are set to remain on hold at 4.75%").
     */
    private static final Pattern FIGURE = Pattern.compile("\\p{Nd}+(?:[.,:/-]\\p{Nd}+)*");

    private SummaryWords() {
    }

    /** The lower-cased words of {@code text} of three letters or more that are not stop words. */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (w.length() >= 3 && !StopWords.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The content words as their English stems (Snowball's, Lucene's copy) and the figures of {@code text}, marked
     * apart from words: what two tellings of one fact share when their wording differs. Only the redundancy test
     * reads it; the story's vocabulary (centrality) counts the words as written.
     */
    static Set<String> alike(Set<String> words, String text) {
        Set<String> out = new HashSet<>();
        EnglishStemmer stemmer = new EnglishStemmer();
        for (String w : words) {
            stemmer.setCurrent(w);
            stemmer.stem();
            out.add(stemmer.getCurrent());
        }
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            out.add("#" + m.group());
        }
        return out;
    }

    /** The Jaccard overlap of two sets: shared over either, 0 when both are empty. */
    static double jaccard(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        Set<String> either = new HashSet<>(a);
        either.addAll(b);
        return either.isEmpty() ? 0 : both.size() / (double) either.size();
    }
}
