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
        // the member check reads a young library's stories with statistics the stories themselves dominate: it runs
        // only from memberLibrary articles on (StoryParams#memberLibrary); below, consolidation is as without it
        double memberBar = topics.size() >= topics.params().memberLibrary() ? topics.params().memberBar() : 0;
        // with the member check on, pairs and trios are read too (a lone member can leave any story of two or more)
        Map<Long, List<Long>> changed = topics.takeChanged(memberBar > 0 ? 2 : MIN_MEMBERS);
        List<Split> out = new ArrayList<>();
        if (bar <= 0 && memberBar <= 0) {
            return out;
        }
        changed.forEach((story, members) -> {
            if (members.size() <= MAX_MEMBERS) {
                double[][] sim = topics.similarities(members);
                double memberKeys = topics.params().memberKeys();
                // the names are read only for a story a member would leave (StoryParams#memberKeys)
                double[][] keys = memberKeys > 0 && anyBelow(sim, memberBar) ? topics.keyCosines(members) : null;
                List<List<Long>> parts = parts(members, sim, keys, bar, memberBar, memberKeys);
                if (parts.size() > 1) {
                    out.add(new Split(story, parts.get(0), List.copyOf(parts.subList(1, parts.size()))));
                }
            }
        });
        return out;
    }

    /**
     * The parts of a story's members ({@code ids} in added order, {@code sim} their pairwise similarity): the members
     * linked to no other at {@code memberBar} (0 = none) each a part of its own, after the average-link parts of the
     * rest ({@link #partition}, stories of {@value #MIN_MEMBERS} or more and {@code bar} above 0); when no member keeps a
     * link, the oldest keeps the story. One part when nothing leaves.
     */
    static List<List<Long>> parts(List<Long> ids, double[][] sim, double bar, double memberBar) {
        return parts(ids, sim, null, bar, memberBar, 0);
    }

    /**
     * {@link #parts(List, double[][], double, double)} where a member whose key-name cosine ({@code keys}, null = not
     * read) with another member is at least {@code memberKeys} (above 0) stays whatever its similarity.
     */
    static List<List<Long>> parts(List<Long> ids, double[][] sim, double[][] keys, double bar, double memberBar,
                                  double memberKeys) {
        List<Integer> linked = new ArrayList<>();
        List<List<Long>> alone = new ArrayList<>();
        for (int a = 0; a < ids.size(); a++) {
            if (memberBar <= 0 || bestLink(sim, a) >= memberBar
                    || (keys != null && memberKeys > 0 && bestLink(keys, a) >= memberKeys)) {
                linked.add(a);
            } else {
                alone.add(List.of(ids.get(a)));
            }
        }
        if (alone.isEmpty()) {
            return ids.size() >= MIN_MEMBERS && bar > 0 ? partition(ids, sim, bar) : List.of(ids);
        }
        if (linked.isEmpty()) {
            linked.add(ids.indexOf(alone.remove(0).get(0)));
        }
        List<Long> kept = linked.stream().map(ids::get).toList();
        double[][] keptSim = new double[linked.size()][linked.size()];
        for (int i = 0; i < linked.size(); i++) {
            for (int j = 0; j < linked.size(); j++) {
                keptSim[i][j] = sim[linked.get(i)][linked.get(j)];
            }
        }
        List<List<Long>> out = new ArrayList<>(kept.size() >= MIN_MEMBERS && bar > 0 ? partition(kept, keptSim, bar) : List.of(kept));
        out.addAll(alone);
        return out;
    }

    /** Whether some member's highest similarity with another is below {@code memberBar} (above 0). */
    private static boolean anyBelow(double[][] sim, double memberBar) {
        for (int a = 0; a < sim.length && memberBar > 0; a++) {
            if (bestLink(sim, a) < memberBar) {
                return true;
            }
        }
        return false;
    }

    /** Member {@code a}'s highest similarity with another member. */
    private static double bestLink(double[][] sim, int a) {
        double best = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < sim.length; b++) {
            if (b != a && sim[a][b] > best) {
                best = sim[a][b];
            }
        }
        return best;
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
        if (bar <= 0 || x.size() + y.size() > MAX_MEMBERS) {
            return true;
        }
        return topics.crossSum(x, y) / (x.size() * (double) y.size()) >= bar;
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
