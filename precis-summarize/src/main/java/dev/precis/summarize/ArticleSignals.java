package dev.precis.summarize;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an article as a whole says about where its news is, for {@link SentenceFeatures}.
 *
 * <p><b>Does it open with the news?</b> A hard-news lede states who did what and when in one plain
 * sentence: it names someone, it holds a time or a number, it is a statement in the third person (not
 * a question, not a quotation, not "I" or "you" addressing the reader), it is of a full sentence's
 * length, and it shares the article's most frequent words. A feature-style opening sets a scene ("It
 * was a cold night.", "Imagine…", a quotation) and leaves the news for later. {@link #ledeNews} is the
 * share of those five checks the lede passes; the summary model weighs the lead prior by it, so it
 * departs from the lead mostly where the opening is not news. The checks are grammar and layout, not
 * lists of any source's phrases.
 *
 * <p><b>What the article keeps coming back to.</b> The share of the article's most frequent content
 * words and of its most frequent names (capitalised words that do not open a sentence) a sentence
 * mentions: a summary sentence names the story's main actors and topic.
 *
 * <p>Written by hand: a few scans of text the profile has already split, well inside the summarizer's
 * one-millisecond budget per article; a tagger or parser would cost more than the whole summary.
 */
final class ArticleSignals {

    /** How many of the article's most frequent content words and names count as its topic. */
    static final int TOP_WORDS = 10;
    static final int TOP_NAMES = 5;

    private static final Pattern TIME = Pattern.compile(
            "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
            + "|August|September|October|November|December|today|yesterday|tonight|overnight|earlier|"
            + "(last|this|next) (week|month|year|night|weekend|morning|evening))\\b");
    private static final Pattern SECOND_PERSON = Pattern.compile("\\b([Yy]ou|[Yy]our|[Yy]ou're|[Yy]ou've)\\b");

    private ArticleSignals() {
    }

    /** The index of the first sentence that is not junk, or -1. */
    static int lede(SentenceProfile p, int n) {
        for (int i = 0; i < n; i++) {
            if (!p.junk[i]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The share, in [0, 1], of five hard-news checks the lede passes (see the class comment);
     * {@code probabilityRank} is each sentence's rank by the in-article frequency of its words.
     */
    static double ledeNews(SentenceProfile p, int n, double[] probabilityRank) {
        int lede = lede(p, n);
        if (lede < 0) {
            return 0;
        }
        String s = p.sentences.get(lede).text(p.text);
        SentenceShape.Traits t = p.traits[lede];
        int passed = 0;
        if (!t.question() && !t.opensWithQuote() && !t.firstPerson() && !SECOND_PERSON.matcher(s).find()) {
            passed++;
        }
        if (t.number() || TIME.matcher(s).find()) {
            passed++;
        }
        if (p.names[lede].length > 0) {
            passed++;
        }
        if (p.words[lede] >= 15 && p.words[lede] <= 50) {
            passed++;
        }
        if (probabilityRank[lede] >= 0.5) {
            passed++;
        }
        return passed / 5.0;
    }

    /** Per sentence, the share of the article's {@value #TOP_WORDS} most frequent content words it holds. */
    static double[] topWords(SentenceProfile p, int n) {
        int[] frequency = new int[p.vocabulary];
        for (int i = 0; i < p.size(); i++) {
            if (p.junk[i]) {
                continue;
            }
            for (int k = 0; k < p.termIds[i].length; k++) {
                frequency[p.termIds[i][k]] += p.termCounts[i][k];
            }
        }
        return coverage(p.termIds, frequency, TOP_WORDS, 1, n);
    }

    /**
     * Per sentence, the share of the article's {@value #TOP_NAMES} most frequent names (mentioned at
     * least twice) it holds.
     */
    static double[] topNames(SentenceProfile p, int n) {
        int[] frequency = new int[p.nameVocabulary];
        for (int i = 0; i < p.size(); i++) {
            if (!p.junk[i]) {
                for (int id : p.names[i]) {
                    frequency[id]++;
                }
            }
        }
        return coverage(p.names, frequency, TOP_NAMES, 2, n);
    }

    /** The share of the {@code top} most frequent ids (of at least {@code least} occurrences) in each row. */
    private static double[] coverage(int[][] ids, int[] frequency, int top, int least, int n) {
        Integer[] order = new Integer[frequency.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> frequency[b] != frequency[a] ? Integer.compare(frequency[b], frequency[a])
                : Integer.compare(a, b));
        boolean[] topical = new boolean[frequency.length];
        int count = 0;
        for (int r = 0; r < Math.min(top, order.length) && frequency[order[r]] >= least; r++) {
            topical[order[r]] = true;
            count++;
        }
        double[] out = new double[n];
        if (count == 0) {
            return out;
        }
        for (int i = 0; i < n; i++) {
            int hits = 0;
            for (int id : ids[i]) {
                if (topical[id]) {
                    hits++;
                }
            }
            out[i] = hits / (double) count;
        }
        return out;
    }

    /**
     * The distinct names of {@code s}: capitalised words that do not open the sentence (or follow a
     * colon, a bracket or an opening quotation mark) and are not stop words, lower-cased, as ids in
     * {@code ids}. A name that opens a sentence is added by {@link #withOpeningNames} once the whole
     * article has been read.
     */
    static int[] names(String s, Map<String, Integer> ids) {
        int[] found = new int[8];
        int used = 0;
        int i = 0;
        boolean opening = true;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) {
                // a quotation opens where the mark is followed by a letter (…: “Libraries…), not where
                // it closes before its speaker (…,” Kovacs said)
                boolean quoteOpens = (c == '"' || c == '“') && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
                if (c == ':' || c == '(' || quoteOpens) {
                    opening = true;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '-')) {
                i++;
            }
            if (!opening && Character.isUpperCase(c) && i - start > 1) {
                String word = s.substring(start, i).toLowerCase(Locale.ROOT);
                if (!Terms.STOP_WORDS.contains(word)) {
                    Integer id = ids.computeIfAbsent(word, w -> ids.size());
                    boolean seen = false;
                    for (int k = 0; k < used; k++) {
                        seen |= found[k] == id;
                    }
                    if (!seen) {
                        if (used == found.length) {
                            found = Arrays.copyOf(found, used * 2);
                        }
                        found[used++] = id;
                    }
                }
            }
            opening = false;
        }
        return Arrays.copyOf(found, used);
    }

    /**
     * The word that opens {@code s}, lower-cased, when it is capitalised and not a stop word; else
     * null. It is a name only if the article also capitalises it where no sentence opens ({@link
     * #withOpeningNames}): "Kovacs said…" names Kovacs, "Residents said…" names nobody.
     */
    static String openingWord(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetter(s.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '-')) {
            i++;
        }
        if (i - start < 2 || !Character.isUpperCase(s.charAt(start))) {
            return null;
        }
        String word = s.substring(start, i).toLowerCase(Locale.ROOT);
        return Terms.STOP_WORDS.contains(word) ? null : word;
    }

    /** {@code names} with the id of {@code opening} added when the article knows it as a name. */
    static int[] withOpeningNames(int[] names, String opening, Map<String, Integer> ids) {
        Integer id = opening == null ? null : ids.get(opening);
        if (id == null) {
            return names;
        }
        for (int k : names) {
            if (k == id) {
                return names;
            }
        }
        int[] out = Arrays.copyOf(names, names.length + 1);
        out[names.length] = id;
        return out;
    }

    /** A fresh name dictionary for one article. */
    static Map<String, Integer> nameIds() {
        return new HashMap<>();
    }
}
