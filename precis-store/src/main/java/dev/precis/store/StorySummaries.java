package dev.precis.store;

import dev.precis.model.StandAloneSentences;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds {@link StorySummary}s from the stored single-article summaries (whatever summarizer made them):
 * candidates are each article's summary sentences, scored by the summarizer's own score and by how much
 * of the story's vocabulary they carry (a sentence many articles agree with is central); picked greedily,
 * skipping a sentence whose content words overlap a picked one by {@value #REDUNDANT} or more (Jaccard; as written or
 * as stems and figures, {@link #redundant})
 * and taking at most two from one article (more when that leaves fewer than three: a story of one article);
 * then put in time order. A sentence that reads only after the one
 * before it in its article (an opening "But", "It", "They": the summarizer's own test) comes with that
 * sentence, when it is a candidate too and both fit, or is left out; a list's lead or item is never chosen
 * ({@link StandAloneSentences}), nor a sentence cut at an ellipsis, nor its rest, nor one opening on a lower-case word. An article's first sentence opening so has nothing before it to take: in a story of
 * several articles, where it would follow another article's sentence, it comes only after every other
 * candidate; in a story of one it opens the summary as it opens the article (the summarizer's lede rule).
 * Only when these rules leave nothing is the story summarized without them, so no story loses its summary.
 * Hand-written: multi-article selection over stored ranges is the product's core. Not thread-safe (the library calls it under its lock).
 */
final class StorySummaries {

    static final int MAX_SENTENCES = 5;
    /** A summary has at least this many sentences when its candidates allow (fewer is no summary of a story). */
    static final int MIN_SENTENCES = 3;
    /** At most this many sentences from one article, while other articles have candidates to give. */
    static final int PER_ARTICLE = 2;
    static final double REDUNDANT = 0.4;
    /** The story's newest articles considered; bounds the cost for very large stories. */
    static final int MAX_ARTICLES = 40;
    /**
     * A sentence opening with a personal pronoun ("He said …", "“She was …") shows no one it could stand for: a
     * story summary puts other articles' sentences around it. It yields to a sentence scoring up to this much
     * less (a similar score; the summarizer's next sentence in an article scores 0.5 less), never to a weak one.
     */
    static final double PRONOUN_YIELD = 0.1;
    private static final Pattern PRONOUN_OPENING = Pattern.compile("^\\P{L}{0,2}(?:He|She|They|His|Her|Their|Him|Them)(?!\\p{L})");

    /**
     * A day named relative to its article's day ("on Tuesday", "yesterday", "last week", "two days ago") in a
     * sentence of an undated article: no date can be shown beside it (the story page and the digest give a dated
     * article's date, {@link StorySummary.Sentence#relativeDates}), so a reader cannot place the day. Such a sentence
     * yields, as an opening pronoun does ({@link #PRONOUN_YIELD}), to one that scores up to this much less and needs
     * no day to read; never to a weak one (a lede keeps its place).
     */
    static final double UNPLACED_DAY_YIELD = 0.1;
    private static final Pattern RELATIVE_DAY = Pattern.compile("(?iu)(?<!\\p{L})(?:yesterday|today|tonight|tomorrow"
            + "|(?:last|next|this|coming) (?:week|weekend|month|year|night|morning|afternoon|evening)"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\p{L}+ (?:days|weeks|months|years) ago)(?!\\p{L})");

    private record Candidate(StorySummary.Sentence sentence, Set<String> words, Set<String> alike, double own, int rank, Shape shape) {
    }


    /**
     * An ellipsis at the end, nothing after it on the line: a sentence that stops there is cut off ("tickets
     * for Spring Fair ... Summer Edition" split at its dots), and one that starts right after it is the rest.
     */
    private static final Pattern ENDS_ON_ELLIPSIS = Pattern.compile("(?:\\.\\.\\.|…)[ \\t]*$");

    /**
     * A first word all in lower case: the rest of a sentence whose start was lost ("of Dunmore 3-2, …" after a
     * dropped link); "iPod" or "eBay" open a sentence as written.
     */
    private static final Pattern LOWER_CASE_START = Pattern.compile("^[^\\p{L}\\p{N}]*\\p{Ll}+(?!\\p{L})");

    /**
     * How a candidate may be shown: alone; only after the sentence before it in its article; last, as an
     * article's first sentence that opens on a pronoun or connective; or not at all.
     */
    private enum Shape {
        ALONE, AFTER_PREDECESSOR, DANGLING_LEDE, FRAGMENT;

        /** {@code before}: the article's text before the sentence (blank for its first sentence). */
        static Shape of(String text, String before) {
            if (StandAloneSentences.isListFragment(text) || ENDS_ON_ELLIPSIS.matcher(text).find()
                    || ENDS_ON_ELLIPSIS.matcher(before).find() || LOWER_CASE_START.matcher(text).find()) {
                return FRAGMENT;
            }
            if (!StandAloneSentences.opensWithDanglingReference(text)) {
                return ALONE;
            }
            return before.isBlank() ? DANGLING_LEDE : AFTER_PREDECESSOR;
        }
    }

    private final Connection c;

    StorySummaries(Connection c) {
        this.c = c;
    }

    /** The story's summary over the window's articles, as the digest counts them ({@link DigestWindow}; null: all articles). */
    StorySummary summary(long storyId, DigestWindow window, int max) throws SQLException {
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        Set<Long> articles = new HashSet<>();
        Map<Long, String> bodies = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.body, a.published, src.name, s.start_pos, s.end_pos, s.score, a.title, a.url"
                + " FROM story_members m JOIN articles a ON a.id = m.article_id JOIN summaries s ON s.article_id = a.id"
                + " LEFT JOIN sources src ON src.id = a.source_id WHERE m.story_id = ?"
                + (window == null ? "" : " AND " + window.condition())
                + " ORDER BY COALESCE(a.published, '') DESC, a.id DESC, s.score DESC, s.start_pos")) {
            ps.setLong(1, storyId);
            if (window != null) {
                window.bind(ps, 2);
            }
            try (ResultSet rs = ps.executeQuery()) {
                long current = -1;
                int rank = 0;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (id != current) {
                        if (articles.size() == MAX_ARTICLES) {
                            break;
                        }
                        articles.add(id);
                        current = id;
                        rank = 0;
                    }
                    String body = rs.getString(2);
                    int start = rs.getInt(5);
                    int end = rs.getInt(6);
                    if (start < 0 || end > body.length() || start >= end) {
                        continue;
                    }
                    String text = body.substring(start, end);
                    Set<String> words = SummaryWords.words(text);
                    words.forEach(w -> df.merge(w, 1, Integer::sum));
                    Set<String> alike = SummaryWords.alike(words, text);
                    bodies.put(id, body);
                    candidates.add(new Candidate(new StorySummary.Sentence(id, start, end, text, rs.getString(3), rs.getString(4), null,
                            rs.getString(8), rs.getString(9)),
                            words, alike, rs.getDouble(7), rank++, Shape.of(text, body.substring(0, start))));
                }
            }
        }
        int length = Math.max(1, Math.min(max, MAX_SENTENCES));
        Map<Candidate, Candidate> predecessors = predecessors(candidates, bodies);
        List<StorySummary.Sentence> picked = pick(candidates, df, articles.size(), length, predecessors);
        if (picked.isEmpty()) {
            picked = pick(candidates, df, articles.size(), length, null);
        }
        List<StorySummary.Sentence> attributed = new ArrayList<>(picked.size());
        for (StorySummary.Sentence x : picked) {
            attributed.add(x.withSpeaker(speaker(x)).withRelativeDates(relativeDates(x)));
        }
        return new StorySummary(storyId, window, attributed);
    }

    /**
     * A time expression worded relative to its article's day: a day, week, month or year named by where it stands
     * from the article's day ("yesterday", "on Tuesday", "last week", "two years ago"), no figure in it (a date
     * written out, "19 November", "2024", reads anywhere).
     */
    private static final Pattern RELATIVE_WORDING = Pattern.compile("(?iu)(?<!\\p{L})(?:yesterday|today|tonight|tomorrow|monday|tuesday|wednesday"
            + "|thursday|friday|saturday|sunday|weekend|week|fortnight|month|year|ago|night|morning|afternoon|evening)(?!\\p{L})");
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
    /** A date written right after the expression ("on Tuesday, 19 November", "Tuesday 19 November"): it needs no other. */
    private static final Pattern DATE_FOLLOWS = Pattern.compile("^,?\\s*(?:\\p{Nd}|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\s+\\p{Nd})");

    /**
     * The sentence's time expressions worded relative to its article's day with the calendar value the resolver gave
     * them (against the article's date); none for an undated article (no day to count from: its expressions are
     * left unresolved or resolved against a date the reader is not shown).
     */
    private List<StorySummary.RelativeDate> relativeDates(StorySummary.Sentence x) throws SQLException {
        if (x.published() == null) {
            return List.of();
        }
        List<StorySummary.RelativeDate> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT start_pos, end_pos, time_value FROM time_expressions WHERE article_id = ?"
                + " AND start_pos >= ? AND end_pos <= ? ORDER BY start_pos, idx")) {
            ps.setLong(1, x.articleId());
            ps.setInt(2, x.start());
            ps.setInt(3, x.end());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int start = rs.getInt(1);
                    int end = rs.getInt(2);
                    String value = rs.getString(3);
                    if (start >= end || !TimelineEvent.isCalendarValue(value)) {
                        continue;
                    }
                    String words = x.text().substring(start - x.start(), end - x.start());
                    String after = x.text().substring(end - x.start());
                    if (RELATIVE_WORDING.matcher(words).find() && !DIGIT.matcher(words).find() && !DATE_FOLLOWS.matcher(after).find()) {
                        out.add(new StorySummary.RelativeDate(start, end, value));
                    }
                }
            }
        }
        return out;
    }

    /** The speaker of the first attributed quote overlapping the sentence, or null. */
    private String speaker(StorySummary.Sentence x) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT speaker FROM quotes WHERE article_id = ? AND start_pos < ? AND end_pos > ?"
                + " AND speaker IS NOT NULL ORDER BY start_pos, idx")) {
            ps.setLong(1, x.articleId());
            ps.setInt(2, x.end());
            ps.setInt(3, x.start());
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /**
     * Each candidate's predecessor among the candidates: the one of its article that ends just before it, with
     * only white space between them (the sentence a reader reads before it there).
     */
    private static Map<Candidate, Candidate> predecessors(List<Candidate> candidates, Map<Long, String> bodies) {
        Map<Long, Map<Integer, Candidate>> byEnd = new HashMap<>();
        for (Candidate k : candidates) {
            byEnd.computeIfAbsent(k.sentence().articleId(), a -> new HashMap<>()).put(k.sentence().end(), k);
        }
        Map<Candidate, Candidate> out = new HashMap<>();
        for (Candidate k : candidates) {
            String body = bodies.get(k.sentence().articleId());
            int at = k.sentence().start();
            while (at > 0 && Character.isWhitespace(body.charAt(at - 1))) {
                at--;
            }
            Candidate before = byEnd.get(k.sentence().articleId()).get(at);
            if (before != null) {
                out.put(k, before);
            }
        }
        return out;
    }

    /**
     * The greedy choice; with {@code predecessors} null, without the shape rules (the fallback that keeps a
     * story's summary when every candidate is a fragment or needs a sentence that is not one).
     */
    private static List<StorySummary.Sentence> pick(List<Candidate> candidates, Map<String, Integer> df, int articles, int max,
                                                    Map<Candidate, Candidate> predecessors) {
        Map<Candidate, Double> score = new HashMap<>();
        for (Candidate k : candidates) {
            double shared = 0;
            for (String w : k.words()) {
                shared += df.get(w) - 1;
            }
            double centrality = k.words().isEmpty() ? 0 : shared / k.words().size() / Math.max(1, articles - 1);
            // the summarizer's order inside its article first, then agreement across the story
            double yield = (PRONOUN_OPENING.matcher(k.sentence().text()).find() ? PRONOUN_YIELD : 0)
                    + (k.sentence().published() == null && RELATIVE_DAY.matcher(k.sentence().text()).find() ? UNPLACED_DAY_YIELD : 0);
            score.put(k, 1.0 / (1 + k.rank()) + centrality - yield);
        }
        List<Candidate> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparingDouble((Candidate k) -> -score.get(k)).thenComparingLong(k -> k.sentence().articleId())
                .thenComparingInt(k -> k.sentence().start()));
        List<Candidate> chosen = new ArrayList<>();
        Map<Long, Integer> perArticle = new HashMap<>();
        List<Candidate> last = new ArrayList<>();
        int cap = PER_ARTICLE;
        choose(order, chosen, perArticle, last, cap, articles, max, predecessors);
        int least = Math.min(max, MIN_SENTENCES);
        if (chosen.size() < least) {
            // the cap spreads a summary over its articles; a story (or window) of one or two articles would be
            // held under three sentences by it (a one-article story showed two of its article's three): up to three
            cap = least;
            choose(order, chosen, perArticle, last, cap, articles, least, predecessors);
        }
        for (Candidate k : last) {
            if (chosen.size() < max && !chosen.contains(k) && perArticle.getOrDefault(k.sentence().articleId(), 0) < cap
                    && !redundant(k, chosen)) {
                chosen.add(k);
                perArticle.merge(k.sentence().articleId(), 1, Integer::sum);
            }
        }
        return chosen.stream().map(Candidate::sentence)
                .sorted(Comparator.comparing((StorySummary.Sentence s) -> s.published() == null ? "" : s.published())
                        .thenComparingLong(StorySummary.Sentence::articleId).thenComparingInt(StorySummary.Sentence::start))
                .toList();
    }

    /**
     * One greedy pass over {@code order}, adding to {@code chosen} what fits: at most {@code cap} sentences
     * from one article, none redundant with a chosen one; an article's first sentence that dangles, in a story
     * of several articles, is put in {@code last}.
     */
    private static void choose(List<Candidate> order, List<Candidate> chosen, Map<Long, Integer> perArticle, List<Candidate> last,
                               int cap, int articles, int max, Map<Candidate, Candidate> predecessors) {
        for (Candidate k : order) {
            if (chosen.size() == max) {
                return;
            }
            if (chosen.contains(k) || perArticle.getOrDefault(k.sentence().articleId(), 0) >= cap || redundant(k, chosen)) {
                continue;
            }
            if (predecessors == null || k.shape() == Shape.ALONE || k.shape() == Shape.DANGLING_LEDE && articles == 1) {
                chosen.add(k);
                perArticle.merge(k.sentence().articleId(), 1, Integer::sum);
            } else if (k.shape() == Shape.AFTER_PREDECESSOR) {
                takeWithPredecessor(k, predecessors.get(k), chosen, perArticle, max, cap);
            } else if (k.shape() == Shape.DANGLING_LEDE && !last.contains(k)) {
                last.add(k);
            }
        }
    }

    /**
     * Takes a sentence that needs the one before it: alone when that one is already chosen, else the two
     * together when the predecessor reads alone, is not redundant, and both fit the summary and the
     * article's share of it.
     */
    private static void takeWithPredecessor(Candidate k, Candidate before, List<Candidate> chosen, Map<Long, Integer> perArticle,
                                            int max, int cap) {
        if (before == null) {
            return;
        }
        long article = k.sentence().articleId();
        if (chosen.contains(before)) {
            chosen.add(k);
            perArticle.merge(article, 1, Integer::sum);
        } else if (before.shape() == Shape.ALONE && chosen.size() + 2 <= max && perArticle.getOrDefault(article, 0) + 2 <= cap
                && !redundant(before, chosen)) {
            chosen.add(before);
            chosen.add(k);
            perArticle.merge(article, 2, Integer::sum);
        }
    }

    /**
     * Whether {@code k} says what a chosen sentence says: their content words overlap by {@value #REDUNDANT} or more
     * (Jaccard) as written, or, for sentences of two articles, as {@link SummaryWords#alike} reads them (stems and figures: one fact
     * as two reports tell it, in other forms of the same words, "ruled out … after breaking a bone" and "a broken arm
     * ruling him out", or with the same figure). Either overlap is enough, so a figure one report gives and the other
     * does not never makes two sentences less alike than their words do. One article's own sentences are told apart
     * by their words as written (its summarizer already chose them as different; they share its names and topic).
     */
    private static boolean redundant(Candidate k, List<Candidate> chosen) {
        for (Candidate o : chosen) {
            if (SummaryWords.jaccard(k.words(), o.words()) >= REDUNDANT
                    || o.sentence().articleId() != k.sentence().articleId() && SummaryWords.jaccard(k.alike(), o.alike()) >= REDUNDANT) {
                return true;
            }
        }
        return false;
    }
}
