package dev.precis.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Decides which stories split as evidence arrives. Stories grow by single links (an article joins the
 * story whose closest member and centroid it resembles, and stories an article bridges merge), so a
 * chain can tie two events together through one article. At consolidation, every story that gained
 * members is re-clustered on its members' pairwise similarity ({@link TopicSpace#similarities}) with
 * average link (UPGMA): groups join while their mean pairwise similarity is at least
 * {@link StoryParams#splitThreshold()}. Groups of one article are put back with the group they resemble
 * most on average (a lone article joined the story on a single link of its own, and moving it out
 * alone is what the lone-article second chance already does), so a story splits only into parts of two
 * or more articles each. Hand-written: it works on the story space's own similarity, and the stories it
 * sees are small (at most {@value #MAX_MEMBERS} members are re-clustered; larger stories are left whole).
 *
 * <p>Before the average link, a story whose dated members fall into episodes more than
 * {@link StoryParams#splitDays()} apart splits into those episodes ({@link #episodes}): words shared by a
 * running issue's events (one budget, one election) tie them together at every member, while their dates,
 * where known, tell them apart; undated members go with the episode they resemble most.
 *
 * <p>Which part keeps the story's id: the one holding more of the story's older half (its articles in
 * the order they were added), on a tie the one with the oldest article, so the id a reader already
 * followed keeps most of what it showed; every other part becomes a new story.
 */
final class StorySplitter {

    /** Largest story re-clustered (average link costs the cube of the size). */
    static final int MAX_MEMBERS = 300;

    /** Smallest story re-clustered: a pair or a trio stays whole (the lone-article second chance handles those). */
    static final int MIN_MEMBERS = 4;

    /** A story to split: the articles that stay, and the parts that become new stories (ids in added order). */
    record Split(long storyId, List<Long> kept, List<List<Long>> parts) {
    }

    private StorySplitter() {
    }

    /** The splits of the stories of {@code topics} that changed since it was last asked (forgets them). */
    static List<Split> find(TopicSpace topics) {
        double bar = topics.params().splitThreshold();
        double days = topics.params().splitDays();
        Map<Long, List<Long>> changed = topics.takeChanged(MIN_MEMBERS);
        List<Split> out = new ArrayList<>();
        if (bar <= 0 && days <= 0) {
            return out;
        }
        changed.forEach((story, members) -> {
            if (members.size() <= MAX_MEMBERS) {
                List<List<Long>> parts = split(members, members.stream().map(topics::day).toList(), topics.similarities(members), bar, days);
                if (parts.size() > 1) {
                    out.add(new Split(story, parts.get(0), List.copyOf(parts.subList(1, parts.size()))));
                }
            }
        });
        return out;
    }

    /**
     * The parts of {@code ids} (in added order, with their {@code days}, null for unknown): first its dated
     * episodes ({@link #episodes}, when {@code days} > 0), then each episode under average link at {@code bar}
     * (when {@code bar} > 0, {@link #partition}); the part that keeps the id first, then by oldest article.
     */
    static List<List<Long>> split(List<Long> ids, List<Long> days, double[][] sim, double bar, double gapDays) {
        List<List<Integer>> episodes = gapDays > 0 ? episodes(days, sim, gapDays, bar) : List.of(range(ids.size()));
        if (episodes.size() == 1) {
            return bar > 0 ? partition(ids, sim, bar) : List.of(ids);
        }
        List<List<Integer>> parts = new ArrayList<>();
        for (List<Integer> e : episodes) {
            if (bar <= 0 || e.size() < MIN_MEMBERS) {
                parts.add(e);
                continue;
            }
            double[][] sub = new double[e.size()][e.size()];
            for (int i = 0; i < e.size(); i++) {
                for (int j = 0; j < e.size(); j++) {
                    sub[i][j] = sim[e.get(i)][e.get(j)];
                }
            }
            for (List<Long> p : partition(e.stream().map(i -> (long) i).toList(), sub, bar)) {
                parts.add(p.stream().map(Long::intValue).toList());
            }
        }
        return ordered(ids, parts);
    }

    /**
     * The episodes of a story's members: its dated members in date order, cut wherever two consecutive
     * dates are more than {@code gapDays} apart; each undated member joins the episode whose dated members
     * it resembles most on average (on a tie the earlier episode), unless that mean is below {@code bar}: two
     * or more such undated members make an episode of their own (one alone still goes with its closest).
     * Positions, each episode ascending; one episode holding every position when nothing is cut.
     */
    static List<List<Integer>> episodes(List<Long> days, double[][] sim, double gapDays, double bar) {
        int n = days.size();
        List<Integer> dated = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (days.get(i) != null) {
                dated.add(i);
            }
        }
        dated.sort(Comparator.<Integer>comparingLong(days::get).thenComparingInt(i -> i));
        List<List<Integer>> episodes = new ArrayList<>();
        for (int k = 0; k < dated.size(); k++) {
            if (k == 0 || days.get(dated.get(k)) - days.get(dated.get(k - 1)) > gapDays) {
                episodes.add(new ArrayList<>());
            }
            episodes.get(episodes.size() - 1).add(dated.get(k));
        }
        if (episodes.size() < 2) {
            return List.of(range(n));
        }
        List<List<Integer>> datedOnly = episodes.stream().map(List::copyOf).toList();
        // undated members that resemble no episode well enough (mean below the split bar) make an episode of
        // their own when there are two or more of them: a running issue's undated event beside its dated ones
        List<Integer> apart = new ArrayList<>();
        List<Integer> apartHome = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (days.get(i) == null) {
                int home = 0;
                double best = Double.NEGATIVE_INFINITY;
                for (int e = 0; e < datedOnly.size(); e++) {
                    final int a = i;
                    double mean = datedOnly.get(e).stream().mapToDouble(b -> sim[a][b]).average().orElse(0);
                    if (mean > best) {
                        best = mean;
                        home = e;
                    }
                }
                if (best < bar) {
                    apart.add(i);
                    apartHome.add(home);
                } else {
                    episodes.get(home).add(i);
                }
            }
        }
        if (apart.size() >= 2) {
            episodes.add(apart);
        } else {
            for (int k = 0; k < apart.size(); k++) {
                episodes.get(apartHome.get(k)).add(apart.get(k));
            }
        }
        episodes.forEach(e -> e.sort(null));
        return episodes;
    }

    private static List<Integer> range(int n) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }

    /**
     * Parts as positions of {@code ids} to parts of ids: the part holding more of the older half (positions
     * below {@code (n + 1) / 2}) first, on a tie the one with the oldest article.
     */
    private static List<List<Long>> ordered(List<Long> ids, List<List<Integer>> positions) {
        int older = (ids.size() + 1) / 2;
        List<List<Integer>> parts = new ArrayList<>();
        positions.forEach(p -> {
            List<Integer> c = new ArrayList<>(p);
            c.sort(null);
            parts.add(c);
        });
        parts.sort(Comparator.<List<Integer>>comparingLong(p -> -p.stream().filter(i -> i < older).count())
                .thenComparingInt(p -> p.get(0)));
        return parts.stream().map(p -> p.stream().map(ids::get).toList()).toList();
    }

    /**
     * Whether stories {@code a} and {@code b} hang together well enough to merge: the mean similarity of
     * their articles across the two is at least the split bar (the link average link would break), so a
     * merge is never made that the next split would undo. True when splitting is off or the two are too
     * large to compare.
     */
    static boolean holdTogether(TopicSpace topics, long a, long b) {
        double bar = topics.params().splitThreshold();
        List<Long> x = topics.members(a);
        List<Long> y = topics.members(b);
        if (bar <= 0 && topics.params().splitDays() <= 0 || x.size() + y.size() > MAX_MEMBERS) {
            return true;
        }
        List<Long> both = new ArrayList<>(x);
        both.addAll(y);
        double[][] sim = topics.similarities(both);
        double days = topics.params().splitDays();
        if (days > 0 && both.size() >= MIN_MEMBERS && episodes(both.stream().map(topics::day).toList(), sim, days, bar).size() > 1) {
            return false;
        }
        double sum = 0;
        for (int i = 0; i < x.size(); i++) {
            for (int j = x.size(); j < both.size(); j++) {
                sum += sim[i][j];
            }
        }
        return sum / (x.size() * (double) y.size()) >= bar;
    }

    /**
     * The parts of {@code ids} (in added order) under average link at {@code bar} on {@code sim}, single
     * articles put back with the part they resemble most; the part that keeps the id first, then by oldest
     * article. One part when nothing splits.
     */
    static List<List<Long>> partition(List<Long> ids, double[][] sim, double bar) {
        int n = ids.size();
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            groups.add(new ArrayList<>(List.of(i)));
        }
        // mean pairwise similarity between groups, updated by Lance–Williams as groups join
        double[][] link = new double[n][];
        for (int i = 0; i < n; i++) {
            link[i] = sim[i].clone();
        }
        boolean[] gone = new boolean[n];
        while (true) {
            int bi = -1;
            int bj = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n && !gone[i]; j++) {
                    if (!gone[j] && link[i][j] > best) {
                        best = link[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0 || best < bar) {
                break;
            }
            int si = groups.get(bi).size();
            int sj = groups.get(bj).size();
            for (int k = 0; k < n; k++) {
                if (!gone[k] && k != bi && k != bj) {
                    link[bi][k] = (si * link[bi][k] + sj * link[bj][k]) / (si + sj);
                    link[k][bi] = link[bi][k];
                }
            }
            groups.get(bi).addAll(groups.get(bj));
            gone[bj] = true;
        }
        List<List<Integer>> parts = new ArrayList<>();
        List<Integer> lone = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!gone[i]) {
                if (groups.get(i).size() > 1) {
                    parts.add(groups.get(i));
                } else {
                    lone.add(i);
                }
            }
        }
        if (parts.size() < 2) {
            return List.of(ids);
        }
        for (int a : lone) {
            List<Integer> home = parts.get(0);
            double best = Double.NEGATIVE_INFINITY;
            for (List<Integer> p : parts) {
                double mean = p.stream().mapToDouble(b -> sim[a][b]).average().orElse(0);
                if (mean > best) {
                    best = mean;
                    home = p;
                }
            }
            home.add(a);
        }
        return ordered(ids, parts);
    }
}
