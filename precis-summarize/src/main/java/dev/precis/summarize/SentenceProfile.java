package dev.precis.summarize;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Sentence;
import dev.precis.model.StandAloneSentences;
import dev.precis.model.TextRange;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-article view the summarizers score: each sentence as a sparse TF-IDF vector (term ids
 * local to the article, sorted so that similarities are merge joins), its word count and its shape
 * (caption, byline, fragment, dangling opener, half a quotation). Built once per article; not shared
 * between threads.
 */
final class SentenceProfile {

    final String text;
    final List<Sentence> sentences;
    /** Each sentence's distinct term ids, ascending. */
    final int[][] termIds;
    /** How often each of those terms occurs in the sentence. */
    final int[][] termCounts;
    /** TF-IDF weight of each of those terms, with IDF over the article's sentences. */
    final double[][] termWeights;
    final double[] norms;
    final int[] words;
    /**
     * What a summary shows of each sentence: the sentence less a lede's dateline and source tag
     * ({@link SentenceTrim}), and its words; the features are those of the whole sentence.
     */
    final TextRange[] shown;
    final int[] shownWords;
    final boolean[] junk;
    final boolean[] danglingOpener;
    /** A demonstrative inside the sentence points back to what it does not name ({@link Demonstratives}). */
    final boolean[] demonstrative;
    final boolean[] partialQuote;
    /** Place among the sentences that are not junk (bylines and stamps ahead of the lead do not count). */
    final int[] contentPosition;
    /** Place within its paragraph (0 = opens it); meaningful only when {@link #hasParagraphs}. */
    final int[] paragraphPosition;
    /**
     * Index of the sentence's paragraph, counted over paragraphs holding a non-junk sentence;
     * meaningful only when {@link #hasParagraphs}.
     */
    final int[] paragraphIndex;
    final SentenceShape.Traits[] traits;
    final int contentSentences;
    /** Whether the text has paragraph breaks at all (scraped corpora often have none). */
    final boolean hasParagraphs;
    final int[] documentFrequency;
    final int vocabulary;
    final Map<String, Integer> ids = new HashMap<>();

    private int[] buffer = new int[64];
    private int used;

    SentenceProfile(AnalyzedArticle article) {
        this.text = article.article().text();
        this.sentences = article.sentences();
        int n = sentences.size();
        termIds = new int[n][];
        termCounts = new int[n][];
        termWeights = new double[n][];
        norms = new double[n];
        words = new int[n];
        junk = new boolean[n];
        danglingOpener = new boolean[n];
        demonstrative = new boolean[n];
        partialQuote = new boolean[n];
        traits = new SentenceShape.Traits[n];
        shown = new TextRange[n];
        shownWords = new int[n];
        boolean beforeNews = true;
        for (int i = 0; i < n; i++) {
            Sentence s = sentences.get(i);
            used = 0;
            Terms.forEach(text, s.range().start(), s.range().end(), term -> collect(term));
            int[] sorted = Arrays.copyOf(buffer, used);
            Arrays.sort(sorted);
            int distinct = 0;
            for (int k = 0; k < sorted.length; k++) {
                if (k == 0 || sorted[k] != sorted[k - 1]) {
                    distinct++;
                }
            }
            termIds[i] = new int[distinct];
            termCounts[i] = new int[distinct];
            for (int k = 0, d = -1; k < sorted.length; k++) {
                if (k == 0 || sorted[k] != sorted[k - 1]) {
                    termIds[i][++d] = sorted[k];
                }
                termCounts[i][d]++;
            }
            String sentence = s.text(text);
            words[i] = SentenceShape.wordCount(sentence);
            junk[i] = PageFurniture.isJunk(sentence, SentenceShape.letterRuns(sentence)) || PageFurniture.runsIntoNext(text, s.range().end(), sentence);
            shown[i] = SentenceTrim.trim(text, s.range(), beforeNews);
            beforeNews &= junk[i];
            String visible = shown[i] == s.range() ? sentence : shown[i].slice(text);
            shownWords[i] = visible == sentence ? words[i] : SentenceShape.wordCount(visible);
            danglingOpener[i] = StandAloneSentences.opensWithDanglingReference(sentence);
            demonstrative[i] = Demonstratives.pointsBack(sentence);
            partialQuote[i] = SentenceShape.isPartialQuote(sentence);
            traits[i] = SentenceShape.traits(sentence);
        }
        contentPosition = new int[n];
        paragraphPosition = new int[n];
        paragraphIndex = new int[n];
        hasParagraphs = article.article().paragraphs().size() > 1;
        contentSentences = placeSentences(article.article().paragraphs());
        vocabulary = ids.size();
        documentFrequency = new int[vocabulary];
        for (int[] sentenceTerms : termIds) {
            for (int id : sentenceTerms) {
                documentFrequency[id]++;
            }
        }
        double[] idf = new double[vocabulary];
        for (int t = 0; t < vocabulary; t++) {
            idf[t] = Math.log((1.0 + n) / documentFrequency[t]);
        }
        for (int i = 0; i < n; i++) {
            termWeights[i] = new double[termIds[i].length];
            double sum = 0;
            for (int k = 0; k < termIds[i].length; k++) {
                double w = termCounts[i][k] * idf[termIds[i][k]];
                termWeights[i][k] = w;
                sum += w * w;
            }
            norms[i] = Math.sqrt(sum);
        }
    }

    /** Fills the positions; returns the number of non-junk sentences. */
    private int placeSentences(List<TextRange> paragraphs) {
        int content = 0;
        int paragraph = -1;
        int paragraphCount = -1;
        boolean counted = false;
        int inParagraph = 0;
        for (int i = 0; i < sentences.size(); i++) {
            int start = sentences.get(i).range().start();
            int current = Math.max(paragraph, 0);
            while (current < paragraphs.size() - 1 && paragraphs.get(current).end() <= start) {
                current++;
            }
            if (current != paragraph) {
                paragraph = current;
                inParagraph = 0;
                counted = false;
            }
            if (!junk[i] && !counted) {
                paragraphCount++;
                counted = true;
            }
            contentPosition[i] = content;
            paragraphPosition[i] = inParagraph;
            paragraphIndex[i] = Math.max(0, paragraphCount);
            if (!junk[i]) {
                content++;
                inParagraph++;
            }
        }
        return content;
    }

    private void collect(String term) {
        Integer id = ids.get(term);
        if (id == null) {
            id = ids.size();
            ids.put(term, id);
        }
        if (used == buffer.length) {
            buffer = Arrays.copyOf(buffer, used * 2);
        }
        buffer[used++] = id;
    }

    int size() {
        return sentences.size();
    }

    /** TF-IDF weight of the k-th term of sentence i. */
    double weight(int i, int k) {
        return termWeights[i][k];
    }

    /** Cosine similarity of sentences a and b (a merge join of their sorted term ids). */
    double cosine(int a, int b) {
        if (norms[a] == 0 || norms[b] == 0) {
            return 0;
        }
        int[] ia = termIds[a];
        int[] ib = termIds[b];
        double[] wa = termWeights[a];
        double[] wb = termWeights[b];
        double dot = 0;
        int x = 0;
        int y = 0;
        while (x < ia.length && y < ib.length) {
            if (ia[x] == ib[y]) {
                dot += wa[x++] * wb[y++];
            } else if (ia[x] < ib[y]) {
                x++;
            } else {
                y++;
            }
        }
        return dot / (norms[a] * norms[b]);
    }

    /** Cosine similarity of sentence i with an external term vector (term id → weight). */
    double cosine(int i, double[] vector, double vectorNorm) {
        if (norms[i] == 0 || vectorNorm == 0) {
            return 0;
        }
        double dot = 0;
        for (int k = 0; k < termIds[i].length; k++) {
            dot += termWeights[i][k] * vector[termIds[i][k]];
        }
        return dot / (norms[i] * vectorNorm);
    }
}
