package dev.precis.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comparing side of a {@link TopicSpace}: for an article's queries, the candidate articles that share
 * its rare words or key names, their similarity with it, each candidate story's score (centroid and closest
 * member, {@link StoryParams}) and the story it joins ({@link #plan}); and the pairwise similarity of a
 * story's members ({@link #similarities}). It reads the space's articles, stories and vocabularies and
 * changes none of them but their cached norms. Not thread-safe: the library calls it under its write lock.
 */
final class StoryPlanner {

    static final double RELATED_THRESHOLD = 0.18;
    static final int RELATED_LIMIT = 6;
    private static final int CANDIDATES = 80;
    private static final int TERM_PROBES = 20;
    /**
     * Score with a second story at which an article that joined one story names it for a merge of the two (the
     * article is evidence that they are one event; the library merges them at consolidation if they hold together).
     */
    static final double MERGE_SCORE = 0.3;
    /**
     * The most days between an article and its best story's date span for the clear choice, and between an article
     * and a story for the words join (either date unknown: no limit).
     */
    static final double CLEAR_DAYS = 30;
    /**
     * The content-word cosine (no key names, no meaning vectors) some member of the best story needs with the article
     * for any join, at the full bar or the clear choice's: names and meaning alone (an outlet's name and page
     * furniture, one template's wording) are no story.
     */
    static final double JOIN_WORDS = 0.1;
    /**
     * The key-name cosine with the best story's closest member below which the join bar judges the timed score
     * whatever {@link StoryParams#timeBar()} says: a report far in time from a story joins it at the full bar only on
     * shared names (a running issue's next event months later shares its words, less often its people and places).
     */
    static final double TIME_KEYS = 0.2;
    /**
     * The key-name cosine the article and the story's member of the highest word cosine need for a
     * {@link StoryParams#wordsJoin()} (any shared name): shared rare names as the second signal, with which SemEval's
     * testing split no longer lost what the ungated join lost (docs/quality/stories.md, stories30).
     */
    static final double WORDS_JOIN_KEYS = 0.01;

    private final StoryParams params;
    private final Vocabulary termWords;
    private final Vocabulary keyWords;
    private final MeaningSpace meanings;
    private final Map<Long, TopicArticle> articles;
    private final Map<Long, TopicStory> stories;
    private final StoryHeadlines headlines;
    /** Tables the planned article's queries are {@link TopicQuery#bind bound} to, one per vocabulary (all zero between plans). */
    private int[] termTable = new int[0];
    private int[] keyTable = new int[0];

    StoryPlanner(StoryParams params, Vocabulary termWords, Vocabulary keyWords, MeaningSpace meanings,
                 Map<Long, TopicArticle> articles, Map<Long, TopicStory> stories, StoryHeadlines headlines) {
        this.params = params;
        this.termWords = termWords;
        this.keyWords = keyWords;
        this.meanings = meanings;
        this.articles = articles;
        this.stories = stories;
        this.headlines = headlines;
    }

    /**
     * Idf weights change as the library grows; cached norms are recomputed when the article count has
     * grown by 15% since they were computed (the error this leaves is far below the thresholds' margin).
     */
    static int epoch(int articleCount) {
        return (int) (Math.log(articleCount + 20.0) / Math.log(1.15));
    }

    /**
     * The plan of an article with these queries, meaning vector, day and headline words ({@code self}: its own id
     * when it is in the space, else -1; {@code titleWords}: null when unknown or unused; {@code english}: whether its
     * words are read as English, {@link StoryLanguage}).
     */
    TopicSpace.Plan plan(TopicQuery vt, TopicQuery vk, float[] meaning, Long epochDay, long self, Set<String> titleWords,
                         boolean english) {
        termTable = fit(termTable, termWords.size(), vt);
        keyTable = fit(keyTable, keyWords.size(), vk);
        vt.bind(termTable);
        vk.bind(keyTable);
        try {
            return planBound(vt, vk, meaning, epochDay, self, titleWords, english);
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

    private TopicSpace.Plan planBound(TopicQuery vt, TopicQuery vk, float[] meaning, Long epochDay, long self, Set<String> titleWords,
                                      boolean english) {
        List<Long> candidates = candidates(vt, vk);
        float[] centred = meanings.comparable(meaning) ? meanings.centred(meaning, 1) : null;
        int n = articles.size();
        int epoch = epoch(n);
        List<TopicSpace.Related> related = new ArrayList<>();
        Map<Long, Double> bestMember = new HashMap<>();
        // each story's closest member's words-and-names similarity, without meaning (the clear choice's floor)
        Map<Long, Double> closestLexical = new HashMap<>();
        // each story's closest member's key-name cosine with the article (what lets the bar see past time, TIME_KEYS)
        Map<Long, Double> closestKeys = new HashMap<>();
        // each story's highest content-word cosine with the article over its candidate members (the join's floor)
        Map<Long, Double> maxWords = new HashMap<>();
        // each story's key-name cosine of its member of that highest word cosine (the words join's second signal;
        // kept only while the words join is on)
        boolean wordsJoin = params.wordsJoin() > 0;
        Map<Long, Double> wordsMemberKeys = wordsJoin ? new HashMap<>() : Map.of();
        // each story's closest member (the headline veto's; kept only while the veto is on)
        boolean veto = params.titleVeto() > 0;
        Map<Long, Long> closestMember = veto ? new HashMap<>() : Map.of();
        // whether each story's member of the highest word cosine and the article are both short texts (the short
        // pair's word floor; kept only while short texts are read apart, StoryParams#shortLength) ... and only for a
        // short article: a pair is short only when both texts are, so a longer article's plan has no short pair and
        // skips the flag's work (stories53: the same answers, no map or size comparison per candidate member)
        boolean shortTexts = params.shortText(vt.size());
        // the floor only differs from JOIN_WORDS when shortWords is above it (off in the library's grouping)
        boolean shortFloor = shortTexts && params.shortWords() > JOIN_WORDS;
        Map<Long, Boolean> wordsMemberShort = shortFloor ? new HashMap<>() : Map.of();
        for (long id : candidates) {
            TopicArticle e = articles.get(id);
            if (id == self) {
                continue;
            }
            e.refresh(epoch, termWords, keyWords, n);
            double words = vt.cos(e.terms, e.termNorm);
            double keys = vk.cos(e.keys, e.keyNorm);
            boolean shortPair = shortTexts && params.shortText(e.terms.size());
            double keyWeight = keyWeight(english, e.language, shortPair);
            double lexical = keyWeight * keys + (1 - keyWeight) * words;
            double sim = meanings.mix(lexical, centred, e.meaning, 1);
            Double prevWords = maxWords.get(e.story);
            if (prevWords == null || words > prevWords) {
                maxWords.put(e.story, words);
                if (wordsJoin) {
                    wordsMemberKeys.put(e.story, keys);
                }
                if (shortFloor) {
                    wordsMemberShort.put(e.story, shortPair);
                }
            }
            Double prev = bestMember.get(e.story);
            if (prev == null || sim > prev) {
                bestMember.put(e.story, sim);
                if (veto) {
                    closestMember.put(e.story, id);
                }
                closestLexical.put(e.story, lexical);
                closestKeys.put(e.story, keys);
            }
            double withTime = sim * StoryParams.relatedTimeFactor(epochDay, e.day);
            if (withTime >= RELATED_THRESHOLD) {
                related.add(new TopicSpace.Related(id, withTime));
            }
        }
        related.sort(Comparator.comparingDouble(TopicSpace.Related::score).reversed());
        long bestStory = 0;
        double bestScore = 0;
        long second = 0;
        double secondScore = 0;
        // the best story's score before its time factor (the same as after while time is off)
        double bestRaw = 0;
        for (Map.Entry<Long, Double> m : bestMember.entrySet()) {
            TopicStory s = stories.get(m.getKey());
            s.refresh(epoch, termWords, keyWords, n);
            // a story's centroid is read in the article's language (a story is seldom of two)
            double keyWeight = keyWeight(english, StoryLanguage.ENGLISH, false);
            double centroid = meanings.mix(keyWeight * vk.cos(s.keys, s.keyNorm) + (1 - keyWeight) * vt.cos(s.terms, s.termNorm),
                    centred, s.meaning, s.meanings);
            double raw = params.centroidWeight() * params.centroidPart(centroid, m.getValue()) + (1 - params.centroidWeight()) * m.getValue();
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
        // ... or, with youngBar, higher while the library is young (its idf over-weights the few words it has seen rarely)
        if (params.youngBar() > 0) {
            scale *= params.youngBarFactor(n);
        }
        double threshold = centred != null ? params.meaningThreshold() : params.threshold();
        // a story that stands clearly apart from every other candidate is taken at a lower bar: an event
        // reported by several outlets in other words scores low with each report, but no other story comes
        // close, while an article torn between stories of one running issue keeps the full bar (the
        // ambiguity test of nearest-neighbour matching: accept a weak match only when it is unambiguous)
        // ... and only when the dates do not speak against it: "nothing else comes close" says little about
        // an article weeks away from the story, an earlier event of the same running issue
        // ... and, with undatedClear, at a share of its own when the article's date or the story's is unknown: then no
        // date backs "nothing else comes close" (a desk's next brief of the same people is as clear a choice)
        // ... nor when the words and names alone do not back it: two articles that read alike to the encoder
        // (one outlet's template, one market-report formula) while sharing few words are no clear choice
        // ... and the full bar judges the score with the best story's time factor or without it (timeBar): at 0
        // time only ranks the candidates and backs the clear-choice join (a rival far away in time is no rival),
        // so a report that clears the full bar joins its running issue however far apart (the seeds, two years)
        // ... unless the best story's closest member shares too few key names with the article (TIME_KEYS): then the
        // bar judges the timed score, so far in time a running issue's words alone do not carry a report into it
        double timeBar = closestKeys.getOrDefault(bestStory, 0.0) < TIME_KEYS ? 1 : params.timeBar();
        double barScore = timeBar >= 1 || bestRaw <= 0 ? bestScore : bestRaw * Math.pow(bestScore / bestRaw, timeBar);
        TopicStory best = bestStory == 0 ? null : stories.get(bestStory);
        boolean clear = bestScore >= threshold * params.clearShare(epochDay, best == null ? null : best.first) * scale
                && bestScore - secondScore >= params.clearMargin()
                && (best == null || StoryParams.gap(epochDay, best.first, best.last) <= CLEAR_DAYS)
                && (best == null || closestLexical.getOrDefault(bestStory, 0.0) >= params.clearLexical());
        // ... and no join at all, at either bar, unless some member shares enough of the article's content words:
        // key names and meaning vectors alone also match an outlet's unrelated reports (its name and page
        // furniture, its template's wording), which a plain TF-IDF cosine of the words does not
        if (barScore < threshold * scale && !clear
                || best != null && maxWords.getOrDefault(bestStory, 0.0) < joinWords(wordsMemberShort.getOrDefault(bestStory, false))
                || vetoed(bestStory, titleWords, maxWords, closestMember, n)) {
            bestStory = 0;
        }
        if (bestStory == 0 && params.wordsJoin() > 0) {
            // the plain words link: a member sharing this much of the article's wording is the same report
            // retold, whatever names and meaning say (the story with the highest such member; ties: lower id)
            long wordsStory = 0;
            double wordsBest = 0;
            // ... among the stories within the clear choice's days of the article (either date unknown: any), so far
            // in time the bar and its time rules decide alone (a running issue's later event shares its words)
            for (Map.Entry<Long, Double> w : maxWords.entrySet()) {
                TopicStory ws = stories.get(w.getKey());
                if (StoryParams.gap(epochDay, ws.first, ws.last) > CLEAR_DAYS) {
                    continue;
                }
                if (w.getValue() > wordsBest || (w.getValue() == wordsBest && w.getKey() < wordsStory)) {
                    wordsBest = w.getValue();
                    wordsStory = w.getKey();
                }
            }
            // ... seconded by shared key names (WORDS_JOIN_KEYS): shared rare names as a second signal of one event
            if (wordsBest >= params.wordsJoin() && wordsMemberKeys.getOrDefault(wordsStory, 0.0) >= WORDS_JOIN_KEYS) {
                bestStory = wordsStory;
            }
        }
        boolean merge = bestStory != 0 && second != 0 && second != bestStory && secondScore >= MERGE_SCORE * scale;
        return new TopicSpace.Plan(bestStory, barScore, List.copyOf(related.subList(0, Math.min(RELATED_LIMIT, related.size()))),
                merge ? second : 0);
    }

    /**
     * The key names' share in the similarity of an article with another (or a story) read in {@code other}: none when
     * either is read in another language than English ({@link StoryParams#foreignWords()}; the name recogniser is
     * English, and on SemEval's German, Spanish, Polish and Turkish pairs its names lowered the pair score's AUC,
     * docs/quality/stories.md, stories43), else {@link StoryParams#keyWeight()}.
     */
    private double keyWeight(boolean english, StoryLanguage other, boolean shortPair) {
        return english && other.english() ? shortPair ? params.shortKeys() : params.keyWeight() : 0;
    }

    /**
     * The content-word cosine the story's member of the highest one needs with the article for a join: {@link #JOIN_WORDS},
     * or {@link StoryParams#shortWords()} when that member and the article are both short texts.
     */
    private double joinWords(boolean shortPair) {
        return shortPair ? Math.max(JOIN_WORDS, params.shortWords()) : JOIN_WORDS;
    }

    /**
     * Whether the headline veto refuses a join into {@code story} ({@link StoryParams#titleVeto()}): its words cosine
     * is below the veto's floor and the article's headline shares no content word with its closest member's (both
     * headlines known).
     */
    private boolean vetoed(long story, Set<String> titleWords, Map<Long, Double> maxWords, Map<Long, Long> closestMember, int n) {
        if (story == 0 || params.titleVeto() <= 0 || titleWords == null || titleWords.isEmpty()
                || maxWords.getOrDefault(story, 0.0) >= params.titleVeto()) {
            return false;
        }
        Set<String> other = headlines.of(closestMember.get(story));
        return other != null && !other.isEmpty() && StoryHeadlines.cosine(titleWords, other, termWords, n) == 0;
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

    private static void count(Vocabulary words, int word, Map<Long, Integer> hits, int cap, int w) {
        int df = words.df(word);
        if (df == 0 || df > cap) {
            return;
        }
        words.recentPostings(word, article -> hits.merge(article, w, Integer::sum));
    }

    /**
     * The article-to-article similarity of every pair of {@code ids} (words, names and meaning, as an
     * article is compared with a story's closest member in {@link #plan}, without the time factor), under
     * the library's current idf; symmetric, 1 on the diagonal.
     */
    double[][] similarities(List<Long> ids) {
        Compared c = new Compared(ids);
        return symmetric(ids.size(), c::pair);
    }

    /**
     * The key-name cosine of every pair of {@code ids} under the library's current idf (0 for a pair with an article read
     * in another language than English, whose names the recogniser does not read); symmetric, 1 on the diagonal.
     */
    double[][] keyCosines(List<Long> ids) {
        Compared c = new Compared(ids);
        return symmetric(ids.size(), c::keys);
    }

    /** A score of the i-th and j-th article of a {@link Compared} set. */
    private interface PairScore {
        double score(int i, int j);
    }

    /** An m×m matrix with 1 on the diagonal and {@code pair.score(i, j)} mirrored across it. */
    private static double[][] symmetric(int m, PairScore pair) {
        double[][] out = new double[m][m];
        for (int i = 0; i < m; i++) {
            out[i][i] = 1;
            for (int j = i + 1; j < m; j++) {
                out[i][j] = pair.score(i, j);
                out[j][i] = out[i][j];
            }
        }
        return out;
    }

    /**
     * The sum of {@link #similarities} over the pairs that take one article from {@code x} and one from
     * {@code y}, each as {@code similarities(x + y)} computes it: a merge check needs only these x·y pairs,
     * not the (x + y)² of the whole matrix, which made consolidation grow with the square of a large
     * story's size (speed44's profile).
     */
    double crossSum(List<Long> x, List<Long> y) {
        List<Long> both = new ArrayList<>(x);
        both.addAll(y);
        Compared c = new Compared(both);
        double sum = 0;
        for (int i = 0; i < x.size(); i++) {
            for (int j = x.size(); j < both.size(); j++) {
                sum += c.pair(i, j);
            }
        }
        return sum;
    }

    /** Articles made ready for pairwise comparison under the library's current idf. */
    private final class Compared {
        private final TopicArticle[] es;
        private final TopicQuery[] qt;
        private final TopicQuery[] qk;
        private final float[][] centred;
        /** Whether each article is a short text ({@link StoryParams#shortLength()}), read once per article, not per pair. */
        private final boolean[] shortText;

        Compared(List<Long> ids) {
            int n = articles.size();
            int epoch = epoch(n);
            int m = ids.size();
            es = new TopicArticle[m];
            qt = new TopicQuery[m];
            qk = new TopicQuery[m];
            centred = new float[m][];
            shortText = new boolean[m];
            for (int i = 0; i < m; i++) {
                TopicArticle e = articles.get(ids.get(i));
                e.refresh(epoch, termWords, keyWords, n);
                es[i] = e;
                qt[i] = TopicQuery.of(e.terms, termWords, n);
                qk[i] = TopicQuery.of(e.keys, keyWords, n);
                centred[i] = meanings.comparable(e.meaning) ? meanings.centred(e.meaning, 1) : null;
                shortText[i] = params.shortText(e.terms.size());
            }
        }

        /** Article {@code i} (as the query) against article {@code j}. */
        double pair(int i, int j) {
            double keyWeight = keyWeight(es[i].language.english(), es[j].language, shortText[i] && shortText[j]);
            double lexical = keyWeight * qk[i].cos(es[j].keys, es[j].keyNorm)
                    + (1 - keyWeight) * qt[i].cos(es[j].terms, es[j].termNorm);
            return meanings.mix(lexical, centred[i], es[j].meaning, 1);
        }

        /** The key-name cosine of articles {@code i} and {@code j} (0 unless both are read as English). */
        double keys(int i, int j) {
            return es[i].language.english() && es[j].language.english() ? qk[i].cos(es[j].keys, es[j].keyNorm) : 0;
        }
    }
}
