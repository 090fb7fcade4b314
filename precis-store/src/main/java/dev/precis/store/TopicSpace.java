package dev.precis.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * In-memory similarity space over every article's features: document frequencies, postings for finding
 * candidates, and story centroids. It decides, for a new article, which story it joins and which
 * earlier articles are related. Hand-written (TF-IDF cosine over key names and content words) because
 * incremental story clustering is the product's core.
 *
 * <p>Similarity = keyWeight x cosine of key names + (1 - keyWeight) x cosine of content words, both
 * TF-IDF weighted; a story's score mixes its centroid and its closest member ({@link StoryParams}, tuned
 * with {@code precis eval stories}). Time ranks, it does not bar: when both have dates, a story's score is
 * weighed down by the days between it and the article ({@link StoryParams#timeFactor}), which decides which
 * candidate is best and whether a weak match is the clear choice, but the full join bar judges the score
 * without it ({@link StoryParams#timeBar()} 0), so an article that clears the bar joins its story however far
 * apart in time (a running issue followed over years stays one story). An article that joins one story and also scores at least
 * {@link StoryParams#mergeThreshold()} with another names that story in its plan; the library merges the
 * two at consolidation ({@link #merge}, single-link evidence between stories). Related articles add a
 * small bonus for closeness in time. Words are interned ({@link Vocabulary}) and vectors are sorted
 * primitive arrays ({@link SparseVector}); only the candidates that share a rare word or a key name with
 * the new article are compared. Not thread-safe: the library calls it under its write lock.
 */
final class TopicSpace {

    static final double RELATED_THRESHOLD = 0.18;
    static final int RELATED_LIMIT = 6;
    private static final int CANDIDATES = 80;
    private static final int TERM_PROBES = 20;

    /** One article: log-tf vectors ({@code 1 + ln count}) and norms under the idf of {@code epoch}. */
    private static final class Entry {
        final SparseVector terms;
        final SparseVector keys;
        /** Unit-length meaning vector, or null. */
        final float[] meaning;
        final Long day;
        long story;
        int epoch = -1;
        double termNorm;
        double keyNorm;

        Entry(SparseVector terms, SparseVector keys, float[] meaning, Long day, long story) {
            this.terms = terms;
            this.keys = keys;
            this.meaning = meaning;
            this.day = day;
            this.story = story;
        }
    }

    /** A story's centroid: summed log-tf per word; norms under the current idf are cached per epoch. */
    private static final class Story {
        SparseVector terms = SparseVector.empty();
        SparseVector keys = SparseVector.empty();
        /** Sum of its members' meaning vectors (null until one has a vector), and how many have one. */
        float[] meaning;
        int meanings;
        int members;
        Long first;
        Long last;
        int epoch = -1;
        double termNorm;
        double keyNorm;
        double termNormSq;
        double keyNormSq;

        /** Adds a member's meaning vector (null: none) to the story's sum. */
        void addMeaning(float[] v) {
            if (v != null && (meaning == null || meaning.length == v.length)) {
                if (meaning == null) {
                    meaning = new float[v.length];
                }
                for (int i = 0; i < v.length; i++) {
                    meaning[i] += v[i];
                }
                meanings++;
            }
        }

        /** Adds another story's sum of meaning vectors. */
        void addMeanings(Story other) {
            if (other.meaning != null && (meaning == null || meaning.length == other.meaning.length)) {
                if (meaning == null) {
                    meaning = new float[other.meaning.length];
                }
                for (int i = 0; i < meaning.length; i++) {
                    meaning[i] += other.meaning[i];
                }
                meanings += other.meanings;
            }
        }

        /** Widens the story's date span to {@code day} (null: unknown, ignored). */
        void span(Long day) {
            if (day != null) {
                first = first == null || day < first ? day : first;
                last = last == null || day > last ? day : last;
            }
        }
    }

    /**
     * What a new article should do: join {@code storyId} (0 = start a new story) and link to related; when
     * it also scores at least {@link StoryParams#mergeThreshold()} with another story, {@code mergeWith}
     * names that story (0 = none), which the library later merges with the one it joined.
     */
    record Plan(long storyId, double storyScore, List<Related> related, long mergeWith) {

        Plan(long storyId, double storyScore, List<Related> related) {
            this(storyId, storyScore, related, 0);
        }
    }

    /** A related earlier article and the similarity score. */
    record Related(long articleId, double score) {
    }

    private final StoryParams params;
    private final Vocabulary termWords;
    private final Vocabulary keyWords;
    private final Map<Long, Entry> articles = new HashMap<>();
    private final Map<Long, Story> stories = new HashMap<>();
    /** Every article's meaning vector summed: the library's mean, which comparisons centre on. */
    private final MeaningSpace meanings;
    /** Stories merged away (or emptied by a move) to the story that took their articles. */
    private final Map<Long, Long> redirects = new HashMap<>();
    /** Stories that gained members (joins, merges, moves) since {@link #settle()}: the ones a split may concern. */
    private final Set<Long> changed = new HashSet<>();
    /**
     * The features last given to {@link #plan(ArticleFeatures, Long)}, with their lower-cased key names and
     * the queries made of them, whose word ids {@link #add} reuses when it records those same features.
     */
    private record Planned(ArticleFeatures features, Map<String, Integer> keys, TopicQuery terms, TopicQuery keyQuery) {
    }

    private Planned planned;
    /** Tables the planned article's queries are {@link TopicQuery#bind bound} to, one per vocabulary (all zero between plans). */
    private int[] termTable = new int[0];
    private int[] keyTable = new int[0];

    TopicSpace() {
        this(StoryParams.DEFAULT);
    }

    TopicSpace(StoryParams params) {
        this.params = params;
        this.termWords = new Vocabulary(false, params.idfOffset());
        this.keyWords = new Vocabulary(true, params.idfOffset());
        this.meanings = new MeaningSpace(params.meaningWeight());
    }

    StoryParams params() {
        return params;
    }

    int size() {
        return articles.size();
    }

    Plan plan(ArticleFeatures f, Long epochDay) {
        int n = articles.size();
        Map<String, Integer> keys = lower(f.keys());
        TopicQuery vt = TopicQuery.of(f.terms(), termWords, n);
        TopicQuery vk = TopicQuery.of(keys, keyWords, n);
        planned = new Planned(f, keys, vt, vk);
        return plan(vt, vk, f.meaningVector(), epochDay, -1);
    }

    /**
     * For an article alone in its story: the story it would join now that more articles are known
     * (idf weights from a small library are unreliable), or a plan with story 0.
     */
    Plan replan(long id) {
        Entry e = articles.get(id);
        Story own = e == null ? null : stories.get(e.story);
        if (own == null || own.members != 1) {
            return new Plan(0, 0, List.of());
        }
        int n = articles.size();
        return plan(TopicQuery.of(e.terms, termWords, n), TopicQuery.of(e.keys, keyWords, n), e.meaning, e.day, id);
    }

    /** Moves a lone article into another story. */
    void move(long id, long toStory) {
        Entry e = articles.get(id);
        stories.remove(e.story);
        redirects.put(e.story, toStory);
        e.story = toStory;
        changed.add(toStory);
        Story s = stories.computeIfAbsent(toStory, x -> new Story());
        s.members++;
        s.epoch = -1;
        s.span(e.day);
        s.terms.add(e.terms, false, null);
        s.keys.add(e.keys, false, null);
        s.addMeaning(e.meaning);
    }

    /**
     * Merges story {@code from} into {@code to}: its articles, centroid and dates; returns the ids of the
     * articles moved. Walks every article (merges are rare: at most one per article that bridges two stories).
     */
    List<Long> merge(long from, long to) {
        Story f = stories.get(from);
        Story t = stories.get(to);
        List<Long> moved = new ArrayList<>();
        if (f == null || t == null || from == to) {
            return moved;
        }
        stories.remove(from);
        redirects.put(from, to);
        articles.forEach((id, e) -> {
            if (e.story == from) {
                e.story = to;
                moved.add(id);
            }
        });
        moved.sort(null);
        t.members += f.members;
        t.span(f.first);
        t.span(f.last);
        t.terms.add(f.terms, false, null);
        t.keys.add(f.keys, false, null);
        t.addMeanings(f);
        t.epoch = -1;
        changed.remove(from);
        changed.add(to);
        return moved;
    }

    /**
     * For a merge of two stories (either possibly merged away since): {keep, drop}, the larger story kept
     * (on a tie the older, lower id), so that the id readers know best stays; null when there is nothing to
     * merge, or when the two do not hang together well enough ({@link StorySplitter#holdTogether}).
     */
    long[] mergeOrder(long x, long y) {
        long a = resolve(x);
        long b = resolve(y);
        if (a == b || !stories.containsKey(a) || !stories.containsKey(b)) {
            return null;
        }
        if (!StorySplitter.holdTogether(this, a, b)) {
            return null;
        }
        int ma = stories.get(a).members;
        int mb = stories.get(b).members;
        return ma > mb || (ma == mb && a < b) ? new long[] {a, b} : new long[] {b, a};
    }

    /** The story that now holds the articles of {@code storyId} (itself unless it was merged away). */
    long resolve(long storyId) {
        long s = storyId;
        for (Long next = redirects.get(s); next != null && next != s; next = redirects.get(s)) {
            s = next;
        }
        return s;
    }

    long storyOf(long id) {
        Entry e = articles.get(id);
        return e == null ? 0 : e.story;
    }

    /** The articles of a story, in the order they were added (walks every article). */
    List<Long> members(long storyId) {
        List<Long> out = new ArrayList<>();
        articles.forEach((id, e) -> {
            if (e.story == storyId) {
                out.add(id);
            }
        });
        out.sort(null);
        return out;
    }

    /** Forgets which stories changed (after the library's stories are read back: none changed then). */
    void settle() {
        changed.clear();
    }

    /**
     * The stories of at least {@code minMembers} articles that gained members since the last call (or
     * {@link #settle()}), each with its articles in the order they were added; forgets them.
     */
    Map<Long, List<Long>> takeChanged(int minMembers) {
        Map<Long, List<Long>> out = new TreeMap<>();
        for (long s : changed) {
            Story story = stories.get(s);
            if (story != null && story.members >= minMembers) {
                out.put(s, new ArrayList<>());
            }
        }
        changed.clear();
        if (!out.isEmpty()) {
            articles.forEach((id, e) -> {
                List<Long> members = out.get(e.story);
                if (members != null) {
                    members.add(id);
                }
            });
            out.values().forEach(m -> m.sort(null));
        }
        return out;
    }

    /**
     * The article-to-article similarity of every pair of {@code ids} (words, names and meaning, as an
     * article is compared with a story's closest member in {@link #plan}, without the time factor), under
     * the library's current idf; symmetric, 1 on the diagonal.
     */
    double[][] similarities(List<Long> ids) {
        int n = articles.size();
        int epoch = epoch();
        int m = ids.size();
        Entry[] es = new Entry[m];
        TopicQuery[] qt = new TopicQuery[m];
        TopicQuery[] qk = new TopicQuery[m];
        float[][] centred = new float[m][];
        for (int i = 0; i < m; i++) {
            Entry e = articles.get(ids.get(i));
            if (e.epoch != epoch) {
                e.termNorm = weightedNorm(e.terms, termWords, n);
                e.keyNorm = weightedNorm(e.keys, keyWords, n);
                e.epoch = epoch;
            }
            es[i] = e;
            qt[i] = TopicQuery.of(e.terms, termWords, n);
            qk[i] = TopicQuery.of(e.keys, keyWords, n);
            centred[i] = meanings.comparable(e.meaning) ? meanings.centred(e.meaning, 1) : null;
        }
        double[][] sim = new double[m][m];
        for (int i = 0; i < m; i++) {
            sim[i][i] = 1;
            for (int j = i + 1; j < m; j++) {
                double lexical = params.keyWeight() * qk[i].cos(es[j].keys, es[j].keyNorm)
                        + (1 - params.keyWeight()) * qt[i].cos(es[j].terms, es[j].termNorm);
                sim[i][j] = meanings.mix(lexical, centred[i], es[j].meaning, 1);
                sim[j][i] = sim[i][j];
            }
        }
        return sim;
    }

    /**
     * Makes {@code members} (articles of this space, in the order they were added) story {@code storyId}
     * and rebuilds that story's centroid and dates from them: the two halves of a split story. The
     * articles' former story is not rebuilt here (the caller regroups every part). Does not count as a change.
     */
    void regroup(long storyId, List<Long> members) {
        Story s = new Story();
        for (long id : members) {
            Entry e = articles.get(id);
            e.story = storyId;
            if (s.members == 0) {
                s.terms = e.terms.share();
                s.keys = e.keys.share();
            } else {
                s.terms.add(e.terms, false, null);
                s.keys.add(e.keys, false, null);
            }
            s.members++;
            s.span(e.day);
            s.addMeaning(e.meaning);
        }
        stories.put(storyId, s);
    }

    private Plan plan(TopicQuery vt, TopicQuery vk, float[] meaning, Long epochDay, long self) {
        termTable = fit(termTable, termWords.size(), vt);
        keyTable = fit(keyTable, keyWords.size(), vk);
        vt.bind(termTable);
        vk.bind(keyTable);
        try {
            return planBound(vt, vk, meaning, epochDay, self);
        } finally {
            vt.unbind();
            vk.unbind();
        }
    }

    /** {@code table}, or a longer one (all zero) when it cannot hold every word of the vocabulary and the query. */
    private static int[] fit(int[] table, int words, TopicQuery q) {
        int need = Math.max(words, q.maxId() + 1);
        return table.length >= need ? table : new int[Math.max(need, table.length * 2)];
    }

    private Plan planBound(TopicQuery vt, TopicQuery vk, float[] meaning, Long epochDay, long self) {
        List<Long> candidates = candidates(vt, vk);
        float[] centred = meanings.comparable(meaning) ? meanings.centred(meaning, 1) : null;
        int n = articles.size();
        int epoch = epoch();
        List<Related> related = new ArrayList<>();
        Map<Long, Double> bestMember = new HashMap<>();
        // each story's closest member's words-and-names similarity, without meaning (the clear choice's floor)
        Map<Long, Double> closestLexical = new HashMap<>();
        for (long id : candidates) {
            Entry e = articles.get(id);
            if (id == self) {
                continue;
            }
            if (e.epoch != epoch) {
                e.termNorm = weightedNorm(e.terms, termWords, n);
                e.keyNorm = weightedNorm(e.keys, keyWords, n);
                e.epoch = epoch;
            }
            double lexical = params.keyWeight() * vk.cos(e.keys, e.keyNorm) + (1 - params.keyWeight()) * vt.cos(e.terms, e.termNorm);
            double sim = meanings.mix(lexical, centred, e.meaning, 1);
            Double prev = bestMember.get(e.story);
            if (prev == null || sim > prev) {
                bestMember.put(e.story, sim);
                closestLexical.put(e.story, lexical);
            }
            double withTime = sim * timeFactor(epochDay, e.day);
            if (withTime >= RELATED_THRESHOLD) {
                related.add(new Related(id, withTime));
            }
        }
        related.sort(Comparator.comparingDouble(Related::score).reversed());
        long bestStory = 0;
        double bestScore = 0;
        long second = 0;
        double secondScore = 0;
        // the best story's score before its time factor (the same as after while time is off)
        double bestRaw = 0;
        for (Map.Entry<Long, Double> m : bestMember.entrySet()) {
            Story s = stories.get(m.getKey());
            if (s.epoch != epoch) {
                s.termNorm = weightedNorm(s.terms, termWords, n);
                s.keyNorm = weightedNorm(s.keys, keyWords, n);
                s.termNormSq = s.termNorm * s.termNorm;
                s.keyNormSq = s.keyNorm * s.keyNorm;
                s.epoch = epoch;
            }
            double centroid = meanings.mix(params.keyWeight() * vk.cos(s.keys, s.keyNorm) + (1 - params.keyWeight()) * vt.cos(s.terms, s.termNorm),
                    centred, s.meaning, s.meanings);
            double raw = params.centroidWeight() * centroid + (1 - params.centroidWeight()) * m.getValue();
            double score = raw * params.timeFactor(epochDay, s.first, s.last);
            if (score > bestScore || (score == bestScore && m.getKey() < bestStory)) {
                second = bestStory;
                secondScore = bestScore;
                bestScore = score;
                bestRaw = raw;
                bestStory = m.getKey();
            } else if (score > secondScore || (score == secondScore && m.getKey() < second)) {
                second = m.getKey();
                secondScore = score;
            }
        }
        // a tiny library's scores run low (its smoothed idf keeps common words in play, see Vocabulary#idf),
        // so the bar starts lower for the first handful of articles and is the tuned threshold from a few dozen
        double scale = 1 - 0.3 * 5.0 / (n + 5.0);
        double threshold = centred != null ? params.meaningThreshold() : params.threshold();
        // a story that stands clearly apart from every other candidate is taken at a lower bar: an event
        // reported by several outlets in other words scores low with each report, but no other story comes
        // close, while an article torn between stories of one running issue keeps the full bar (the
        // ambiguity test of nearest-neighbour matching: accept a weak match only when it is unambiguous)
        // ... and only when the dates do not speak against it: "nothing else comes close" says little about
        // an article weeks away from the story, an earlier event of the same running issue
        // ... nor when the words and names alone do not back it: two articles that read alike to the encoder
        // (one outlet's template, one market-report formula) while sharing few words are no clear choice
        // ... and the full bar judges the score with the best story's time factor or without it (timeBar): at 0
        // time only ranks the candidates and backs the clear-choice join (a rival far away in time is no rival),
        // so a report that clears the full bar joins its running issue however far apart (the seeds, two years)
        double barScore = params.timeBar() >= 1 || bestRaw <= 0 ? bestScore : bestRaw * Math.pow(bestScore / bestRaw, params.timeBar());
        Story best = bestStory == 0 ? null : stories.get(bestStory);
        boolean clear = bestScore >= threshold * params.clearShare() * scale && bestScore - secondScore >= params.clearMargin()
                && (params.clearDays() <= 0 || best == null || StoryParams.gap(epochDay, best.first, best.last) <= params.clearDays())
                && (best == null || closestLexical.getOrDefault(bestStory, 0.0) >= params.clearLexical());
        if (barScore < threshold * scale && !clear) {
            bestStory = 0;
        }
        boolean merge = bestStory != 0 && second != 0 && params.mergeThreshold() > 0 && secondScore >= params.mergeThreshold() * scale;
        return new Plan(bestStory, barScore, List.copyOf(related.subList(0, Math.min(RELATED_LIMIT, related.size()))),
                merge ? second : 0);
    }

    /**
     * The articles sharing the most key names (2 points each) and telling words (the query's
     * {@value #TERM_PROBES} heaviest, 1 point each) with the query; words held by more than a quarter of
     * the library are skipped, and a word in more than {@link Vocabulary#RECENT_POSTINGS} articles
     * proposes only the latest of them (which bounds the cost per article). Ties keep the order of a hash map of ids (as always: it decides which of
     * equally good candidates make the cut).
     */
    private List<Long> candidates(TopicQuery vt, TopicQuery vk) {
        Map<Long, Integer> hits = new HashMap<>();
        int cap = Math.max(200, articles.size() / 4);
        for (int i = 0; i < vk.size(); i++) {
            count(keyWords, vk.id(i), hits, cap, 2);
        }
        for (int i : vt.heaviest(TERM_PROBES)) {
            count(termWords, vt.id(i), hits, cap, 1);
        }
        return hits.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed())
                .limit(CANDIDATES).map(Map.Entry::getKey).toList();
    }

    /** Records a committed article. */
    void add(long id, ArticleFeatures f, Long epochDay, long storyId) {
        // the words were looked up when these same features were planned: their ids are reused (a word
        // unknown then is interned now, in the same order as always, so every word gets the id it always got)
        Planned p = planned != null && planned.features() == f ? planned : null;
        planned = null;
        Map<String, Integer> keys = p != null ? p.keys() : lower(f.keys());
        f.keys().keySet().forEach(k -> keyWords.surfaceIfAbsent(keyWords.intern(k.toLowerCase(Locale.ROOT)), k));
        SparseVector[] t = vectors(f.terms(), p == null ? null : p.terms(), termWords, id);
        SparseVector[] k = vectors(keys, p == null ? null : p.keyQuery(), keyWords, id);
        float[] meaning = meanings.add(f.meaningVector());
        articles.put(id, new Entry(t[0], k[0], meaning, epochDay, storyId));
        changed.add(storyId);
        Story s = stories.computeIfAbsent(storyId, x -> new Story());
        s.members++;
        s.span(epochDay);
        s.addMeaning(meaning);
        if (s.members == 1 && s.terms.size() == 0 && s.keys.size() == 0) {
            // a story of one article: its centroid is the article's own vector (1 + ln count, the same
            // values the sum below gives), shared until a second member comes; most stories stay at one
            s.terms = t[0].share();
            s.keys = k[0].share();
            s.epoch = -1;
            return;
        }
        boolean keepNorms = s.epoch == epoch();
        int n = articles.size();
        double termGrowth = s.terms.add(t[1], true, keepNorms ? w -> termWords.idf(w, n) : null);
        double keyGrowth = s.keys.add(k[1], true, keepNorms ? w -> keyWords.idf(w, n) : null);
        if (keepNorms) {
            s.termNormSq += termGrowth;
            s.keyNormSq += keyGrowth;
            s.termNorm = Math.sqrt(Math.max(0, s.termNormSq));
            s.keyNorm = Math.sqrt(Math.max(0, s.keyNormSq));
        } else {
            s.epoch = -1;
        }
    }

    /**
     * Interns the words, adds the article to their postings and returns its vectors: {@code 1 + ln count}
     * (the article's own) and {@code ln count} (what a story centroid adds after its 1, see
     * {@link SparseVector#add}).
     */
    private static SparseVector[] vectors(Map<String, Integer> counts, TopicQuery looked, Vocabulary words, long articleId) {
        int[] ids = new int[counts.size()];
        double[] logTf = new double[ids.length];
        double[] logs = new double[ids.length];
        int i = 0;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            // a query made of these same counts lists their words in this order (see TopicQuery.of)
            int known = looked == null ? -1 : looked.id(i);
            ids[i] = known >= 0 ? known : words.intern(c.getKey());
            words.addPosting(ids[i], articleId);
            logs[i] = Math.log(c.getValue());
            logTf[i] = 1 + logs[i];
            i++;
        }
        return SparseVector.both(ids, logTf, logs, i);
    }

    /** The story's most telling key names, as first written. */
    List<String> keyNames(long storyId, int n) {
        Story s = stories.get(storyId);
        if (s == null) {
            return List.of();
        }
        int articleCount = articles.size();
        List<Integer> order = new ArrayList<>(s.keys.size());
        double[] weight = new double[s.keys.size()];
        for (int i = 0; i < weight.length; i++) {
            weight[i] = s.keys.valueAt(i) * keyWords.idf(s.keys.idAt(i), articleCount);
            order.add(i);
        }
        return order.stream()
                .sorted(Comparator.<Integer>comparingDouble(i -> -weight[i]).thenComparing(i -> keyWords.name(s.keys.idAt(i))))
                .limit(n).map(i -> keyWords.surface(s.keys.idAt(i))).toList();
    }

    private static void count(Vocabulary words, int word, Map<Long, Integer> hits, int cap, int w) {
        int df = words.df(word);
        if (df == 0 || df > cap) {
            return;
        }
        words.recentPostings(word, article -> hits.merge(article, w, Integer::sum));
    }

    private static double timeFactor(Long a, Long b) {
        if (a == null || b == null) {
            return 0.9;
        }
        return 0.8 + 0.2 * Math.exp(-Math.abs(a - b) / 60.0);
    }

    /**
     * Idf weights change as the library grows; cached norms are recomputed when the article count has
     * grown by 15% since they were computed (the error this leaves is far below the thresholds' margin).
     */
    private int epoch() {
        return (int) (Math.log(articles.size() + 20.0) / Math.log(1.15));
    }

    private static double weightedNorm(SparseVector raw, Vocabulary words, int articleCount) {
        double s = 0;
        for (int i = 0; i < raw.size(); i++) {
            double w = raw.valueAt(i) * words.idf(raw.idAt(i), articleCount);
            s += w * w;
        }
        return Math.sqrt(s);
    }

    private static Map<String, Integer> lower(Map<String, Integer> keys) {
        Map<String, Integer> out = new HashMap<>();
        keys.forEach((k, c) -> out.merge(k.toLowerCase(Locale.ROOT), c, Integer::sum));
        return out;
    }
}
