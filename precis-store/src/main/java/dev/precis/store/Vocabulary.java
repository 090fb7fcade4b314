package dev.precis.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * One vocabulary of {@link TopicSpace}: each distinct word (or key name) gets a small int id, with its
 * document frequency, its postings (the ids of the articles holding it, in the order they were added)
 * and its idf, cached until the article count changes. Arrays indexed by id instead of boxed maps keep a
 * large library's space small. A word keeps only its {@value #RECENT_POSTINGS} most recent postings (a
 * ring): finding candidates for a new article then costs the same in a library of 10,000 articles as in
 * one of a million, and a common word's memory stops growing; its document frequency stays exact. Not
 * thread-safe: the topic space is used under the library's write lock.
 */
final class Vocabulary {

    /**
     * Postings kept per word. {@link TopicSpace} skips words held by more than a quarter of the library,
     * so below 8,192 articles no word it probes has more postings than this and nothing is dropped.
     */
    static final int RECENT_POSTINGS = 2048;

    private final Map<String, Integer> ids = new HashMap<>();
    private String[] names = new String[256];
    private String[] surfaces;
    private int[] df = new int[256];
    private long[][] postings = new long[256][];
    private double[] idf = new double[256];
    /** The article count {@link #idf} was computed for, per id (-1: never). */
    private int[] idfFor = filled(256);
    private int size;
    private final double idfOffset;
    /** The article count at which the young library's offset is half its start ({@link StoryParams#idfYoung()}). */
    private final double young;
    /** Prior articles in which every word is counted at {@link #priorShare} ({@link StoryParams#idfPrior()}; 0 = none). */
    private final double prior;
    private final double priorShare;

    /** @param withSurfaces whether {@link #surface} is kept (the first spelling seen of each name) */
    Vocabulary(boolean withSurfaces) {
        this(withSurfaces, 1.0);
    }

    /**
     * @param withSurfaces whether {@link #surface} is kept (the first spelling seen of each name)
     * @param idfOffset added to every idf (see {@link StoryParams#idfOffset()})
     */
    Vocabulary(boolean withSurfaces, double idfOffset) {
        this(withSurfaces, idfOffset, StoryParams.YOUNG_LIBRARY, 0, 0);
    }

    /**
     * @param withSurfaces whether {@link #surface} is kept (the first spelling seen of each name)
     * @param idfOffset added to every idf (see {@link StoryParams#idfOffset()})
     * @param young the article count at which the young library's extra offset has halved ({@link StoryParams#idfYoung()})
     * @param prior prior articles counted with the library's ({@link StoryParams#idfPrior()}; 0 = none)
     * @param priorShare the share of the prior articles that hold each word ({@link StoryParams#idfPriorShare()})
     */
    Vocabulary(boolean withSurfaces, double idfOffset, double young, double prior, double priorShare) {
        surfaces = withSurfaces ? new String[256] : null;
        this.idfOffset = idfOffset;
        this.young = young;
        this.prior = prior;
        this.priorShare = priorShare;
    }

    /** The word's id, or -1 when no article holds it. */
    int id(String word) {
        Integer id = ids.get(word);
        return id == null ? -1 : id;
    }

    /** The word's id, giving it a new one when it is unknown. */
    int intern(String word) {
        Integer id = ids.get(word);
        if (id != null) {
            return id;
        }
        if (size == names.length) {
            int n = size * 2;
            names = Arrays.copyOf(names, n);
            df = Arrays.copyOf(df, n);
            postings = Arrays.copyOf(postings, n);
            idf = Arrays.copyOf(idf, n);
            int[] f = filled(n);
            System.arraycopy(idfFor, 0, f, 0, size);
            idfFor = f;
            if (surfaces != null) {
                surfaces = Arrays.copyOf(surfaces, n);
            }
        }
        names[size] = word;
        ids.put(word, size);
        return size++;
    }

    /** How many words have an id (ids run from 0 to {@code size() - 1}). */
    int size() {
        return size;
    }

    String name(int id) {
        return names[id];
    }

    /** Remembers {@code surface} as the word's spelling unless it already has one. */
    void surfaceIfAbsent(int id, String surface) {
        if (surfaces[id] == null) {
            surfaces[id] = surface;
        }
    }

    /** The first spelling seen of the word, or the word itself. */
    String surface(int id) {
        return surfaces[id] != null ? surfaces[id] : names[id];
    }

    /** Counts one more article holding the word (past {@link #RECENT_POSTINGS}, it replaces the oldest posting). */
    void addPosting(int id, long articleId) {
        long[] p = postings[id];
        int n = df[id];
        if (p == null) {
            p = new long[2];
        } else if (n == p.length && n < RECENT_POSTINGS) {
            p = Arrays.copyOf(p, Math.min(RECENT_POSTINGS, n * 2));
        }
        p[n % p.length] = articleId;
        postings[id] = p;
        df[id] = n + 1;
    }

    /** Number of articles holding the word; 0 for -1. */
    int df(int id) {
        return id < 0 ? 0 : df[id];
    }

    /**
     * The articles holding the word, oldest first: all of them, or the {@link #RECENT_POSTINGS} most
     * recent (none for -1).
     */
    void recentPostings(int id, LongConsumer action) {
        if (id < 0 || df[id] == 0) {
            return;
        }
        long[] p = postings[id];
        int n = df[id];
        int kept = Math.min(n, p.length);
        int oldest = n > p.length ? n % p.length : 0;
        for (int i = 0; i < kept; i++) {
            action.accept(p[(oldest + i) % p.length]);
        }
    }

    /**
     * Smoothed idf among {@code articles} articles: {@code ln((N + 1) / (df + 1)) + offset}, where the
     * offset starts at 1 in a tiny library (whose document frequencies say little: in a library of two,
     * every shared word would weigh nothing) and falls to {@code idfOffset} as it grows
     * ({@code offset = idfOffset + (1 - idfOffset) x Y / (N + Y)}, {@code Y} = {@link StoryParams#idfYoung()}, 20 in
     * the library's grouping). With a prior ({@link StoryParams#idfPrior()} {@code P} > 0, share {@code q}) the counts
     * take {@code P} articles more, {@code qP} of them holding the word: {@code ln((N + P + 1) / (df + qP + 1))}, which
     * damps a rare word's weight against a common one's while the library is small and fades as it grows.
     */
    double idf(int id, int articles) {
        double offset = idfOffset + (1 - idfOffset) * young / (articles + young);
        int d = id < 0 ? 0 : df[id];
        if (id < 0) {
            return Math.log((articles + prior + 1.0) / (d + prior * priorShare + 1.0)) + offset;
        }
        if (idfFor[id] != articles) {
            idf[id] = Math.log((articles + prior + 1.0) / (d + prior * priorShare + 1.0)) + offset;
            idfFor[id] = articles;
        }
        return idf[id];
    }

    /** The length of {@code raw} (log-tf values over this vocabulary's word ids) weighted by {@link #idf}. */
    double weightedNorm(SparseVector raw, int articles) {
        double s = 0;
        for (int i = 0; i < raw.size(); i++) {
            double w = raw.valueAt(i) * idf(raw.idAt(i), articles);
            s += w * w;
        }
        return Math.sqrt(s);
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    /**
     * Interns the words, adds the article to their postings and returns its vectors: {@code 1 + ln count}
     * (the article's own) and {@code ln count} (what a story centroid adds after its 1, see
     * {@link SparseVector#add}).
     */
    SparseVector[] addArticle(Map<String, Integer> counts, TopicQuery looked, long articleId) {
        int[] ids = new int[counts.size()];
        double[] logTf = new double[ids.length];
        double[] logs = new double[ids.length];
        int i = 0;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            // a query made of these same counts lists their words in this order (see TopicQuery.of)
            int known = looked == null ? -1 : looked.id(i);
            ids[i] = known >= 0 ? known : intern(c.getKey());
            addPosting(ids[i], articleId);
            logs[i] = Math.log(c.getValue());
            logTf[i] = 1 + logs[i];
            i++;
        }
        return SparseVector.both(ids, logTf, logs, i);
    }
}
