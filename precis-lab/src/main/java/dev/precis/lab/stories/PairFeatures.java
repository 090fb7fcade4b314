package dev.precis.lab.stories;

import dev.precis.store.StoryPairSignals;
import dev.precis.store.StoryParams;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The feature row of one judged pair for {@link SemEvalPairFit}, and the scores compared: single columns (the
 * planner's pair score, the naive cosine) and logistic regressions over sets of columns.
 */
final class PairFeatures {

    /** The planner's join bar for articles with a meaning vector. */
    static final double PLANNER_BAR = StoryParams.DEFAULT.meaningThreshold();

    /**
     * Score name to the columns of a logistic regression over them, or to {@code {-(c + 1)}} for column {@code c}
     * taken as it is.
     */
    static final Map<String, int[]> MODELS = models();

    private PairFeatures() {
    }

    /**
     * Columns: 0 the planner's pair score, 1 content words, 2 key names, 3 meaning (0 when either article has none),
     * 4 whether both have a meaning vector, 5 ln(1 + shared key names), 6 the naive TF-IDF cosine, 7 words x names,
     * 8 whether both have a date, 9 ln(1 + days apart) (0 when either date is unknown).
     */
    static double[] row(StoryPairSignals.Signals s, double naive) {
        boolean meaning = !Double.isNaN(s.meaning());
        return new double[] {s.score(), s.words(), s.keys(), meaning ? s.meaning() : 0, meaning ? 1 : 0,
            Math.log1p(s.sharedNames()), naive, s.words() * s.keys(), s.days() != null ? 1 : 0,
            s.days() != null ? Math.log1p(s.days()) : 0};
    }

    private static Map<String, int[]> models() {
        Map<String, int[]> m = new LinkedHashMap<>();
        m.put("planner's pair score", new int[] {-1});
        m.put("naive TF-IDF cosine", new int[] {-7});
        m.put("planner's content words alone", new int[] {-2});
        m.put("planner's key names alone", new int[] {-3});
        m.put("meaning vectors alone (0 without)", new int[] {-4});
        m.put("fitted: planner's score alone", new int[] {0});
        m.put("fitted: words, names, meaning", new int[] {1, 2, 3, 4});
        m.put("fitted: planner's signals", new int[] {1, 2, 3, 4, 5});
        m.put("fitted: planner's signals + words x names", new int[] {1, 2, 3, 4, 5, 7});
        m.put("fitted: planner's signals + naive cosine", new int[] {1, 2, 3, 4, 5, 6});
        m.put("fitted: planner's signals + date gap", new int[] {1, 2, 3, 4, 5, 8, 9});
        m.put("fitted: planner's score + date gap", new int[] {0, 8, 9});
        return m;
    }
}
