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
 * {@link StoryPlanner#MERGE_SCORE} with another names that story in its plan; the library merges the
 * two at consolidation ({@link #merge}, single-link evidence between stories). Related articles add a
 * small bonus for closeness in time. Words are interned ({@link Vocabulary}) and vectors are sorted
 * primitive arrays ({@link SparseVector}); only the candidates that share a rare word or a key name with
 * the new article are compared. This class keeps the space and changes it (adds, moves, merges,
 * regroups); {@link StoryPlanner} compares an article with it; {@link TopicArticle} and {@link TopicStory}
 * are its articles and stories. Not thread-safe: the library calls it under its write lock.
 */
final class TopicSpace {

    /**
     * What a new article should do: join {@code storyId} (0 = start a new story) and link to related; when
     * it also scores at least {@link StoryPlanner#MERGE_SCORE} with another story, {@code mergeWith}
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
    private final Map<Long, TopicArticle> articles = new HashMap<>();
    private final Map<Long, TopicStory> stories = new HashMap<>();
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
    private record Planned(ArticleFeatures features, Map<String, Integer> keys, TopicQuery terms, TopicQuery keyQuery,
                           StoryLanguage language, Map<String, Integer> words) {
    }

    private Planned planned;
    /** Headlines' words, for the knobs that read them ({@link StoryParams#usesHeadlines()}; empty while all are off). */
    private final StoryHeadlines headlines = new StoryHeadlines();
    /** Compares articles with the space's articles and stories. */
    private final StoryPlanner planner;

    TopicSpace() {
        this(StoryParams.DEFAULT);
    }

    TopicSpace(StoryParams params) {
        this.params = params;
        this.termWords = new Vocabulary(false, params.idfOffset(), params.idfYoung(), params.idfPrior(), params.idfPriorShare());
        this.keyWords = new Vocabulary(true, params.idfOffset(), StoryParams.YOUNG_LIBRARY, params.keyPrior(), params.idfPriorShare());
        this.meanings = new MeaningSpace(params.meaningWeight());
        this.planner = new StoryPlanner(params, termWords, keyWords, meanings, articles, stories, headlines);
    }

    StoryParams params() {
        return params;
    }

    int size() {
        return articles.size();
    }

    Plan plan(ArticleFeatures f, Long epochDay) {
        return plan(f, epochDay, null);
    }

    /** The plan of a new article with this headline (null: none; read only by the knobs that use headlines). */
    Plan plan(ArticleFeatures f, Long epochDay, String title) {
        int n = articles.size();
        Map<String, Integer> keys = lower(f.keys());
        StoryLanguage language = language(f);
        Map<String, Integer> words = language.contentWords(f.terms());
        TopicQuery vt = TopicQuery.of(words, termWords, n);
        TopicQuery vk = TopicQuery.of(keys, keyWords, n);
        planned = new Planned(f, keys, vt, vk, language, words);
        Set<String> titleWords = params.usesHeadlines() ? language.contentWords(ArticleFeatures.titleWords(title)) : null;
        return planner.plan(vt, vk, f.meaningVector(), epochDay, -1, titleWords, language.english());
    }

    /**
     * For an article alone in its story: the story it would join now that more articles are known
     * (idf weights from a small library are unreliable), or a plan with story 0.
     */
    Plan replan(long id) {
        TopicArticle e = articles.get(id);
        TopicStory own = e == null ? null : stories.get(e.story);
        if (own == null || own.members != 1) {
            return new Plan(0, 0, List.of());
        }
        int n = articles.size();
        return planner.plan(TopicQuery.of(e.terms, termWords, n), TopicQuery.of(e.keys, keyWords, n), e.meaning, e.day, id,
                headlines.of(id), e.language.english());
    }

    /**
     * Keeps each article's centred meaning vector between comparisons ({@code on}: story consolidation, which adds no
     * article, so the library's mean stays) or forgets them ({@link MeaningSpace#holdCentred}); no score changes.
     */
    void holdCentred(boolean on) {
        meanings.holdCentred(on);
    }

    /** Moves a lone article into another story. */
    void move(long id, long toStory) {
        TopicArticle e = articles.get(id);
        stories.remove(e.story);
        redirects.put(e.story, toStory);
        e.story = toStory;
        changed.add(toStory);
        TopicStory s = stories.computeIfAbsent(toStory, x -> new TopicStory());
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
        TopicStory f = stories.get(from);
        TopicStory t = stories.get(to);
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
        TopicArticle e = articles.get(id);
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
            TopicStory story = stories.get(s);
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
        return planner.similarities(ids);
    }

    /** The key-name cosine of every pair of {@code ids} under the library's current idf ({@link StoryParams#memberKeys()}). */
    double[][] keyCosines(List<Long> ids) {
        return planner.keyCosines(ids);
    }

    /** The sum of {@link #similarities} over the pairs of one article of {@code x} and one of {@code y}. */
    double crossSum(List<Long> x, List<Long> y) {
        return planner.crossSum(x, y);
    }

    /** Records an article's headline, read when a knob that uses headlines is on ({@link StoryParams#usesHeadlines()}). */
    void headline(long id, String title) {
        if (params.usesHeadlines()) {
            TopicArticle e = articles.get(id);
            headlines.put(id, title, e == null ? StoryLanguage.ENGLISH : e.language);
        }
    }

    /**
     * Makes {@code members} (articles of this space, in the order they were added) story {@code storyId}
     * and rebuilds that story's centroid and dates from them: the two halves of a split story. The
     * articles' former story is not rebuilt here (the caller regroups every part). Does not count as a change.
     */
    void regroup(long storyId, List<Long> members) {
        TopicStory s = new TopicStory();
        for (long id : members) {
            TopicArticle e = articles.get(id);
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

    /** Records a committed article. */
    void add(long id, ArticleFeatures f, Long epochDay, long storyId) {
        // the words were looked up when these same features were planned: their ids are reused (a word
        // unknown then is interned now, in the same order as always, so every word gets the id it always got)
        Planned p = planned != null && planned.features() == f ? planned : null;
        planned = null;
        Map<String, Integer> keys = p != null ? p.keys() : lower(f.keys());
        StoryLanguage language = p != null ? p.language() : language(f);
        f.keys().keySet().forEach(k -> keyWords.surfaceIfAbsent(keyWords.intern(k.toLowerCase(Locale.ROOT)), k));
        SparseVector[] t = termWords.addArticle(p != null ? p.words() : language.contentWords(f.terms()), p == null ? null : p.terms(), id);
        SparseVector[] k = keyWords.addArticle(keys, p == null ? null : p.keyQuery(), id);
        float[] meaning = meanings.add(f.meaningVector());
        articles.put(id, new TopicArticle(t[0], k[0], meaning, epochDay, language, storyId));
        changed.add(storyId);
        TopicStory s = stories.computeIfAbsent(storyId, x -> new TopicStory());
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

    /** The story's most telling key names, as first written. */
    List<String> keyNames(long storyId, int n) {
        TopicStory s = stories.get(storyId);
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

    /** The idf epoch of the space's norms ({@link StoryPlanner#epoch}). */
    private int epoch() {
        return StoryPlanner.epoch(articles.size());
    }

    /** The language its words are read in: English while {@link StoryParams#readsLanguages()} is off. */
    private StoryLanguage language(ArticleFeatures f) {
        return params.readsLanguages() ? StoryLanguage.of(f.terms(), params.readsScripts()) : StoryLanguage.ENGLISH;
    }

    private static Map<String, Integer> lower(Map<String, Integer> keys) {
        Map<String, Integer> out = new HashMap<>();
        keys.forEach((k, c) -> out.merge(k.toLowerCase(Locale.ROOT), c, Integer::sum));
        return out;
    }
}
