package dev.precis.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedTest {

    @Test
    void perfectClusteringScoresOne() {
        Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y");
        BCubed.Result r = BCubed.score(gold, Map.of("a", "1", "b", "1", "c", "2"));
        assertThat(r.precision()).isEqualTo(1.0);
        assertThat(r.recall()).isEqualTo(1.0);
        assertThat(r.split()).isEmpty();
        assertThat(r.merged()).isEmpty();
    }

    @Test
    void mergeAndSplitCostPrecisionAndRecallByHand() {
        // gold: {a,b} {c}; predicted: {a} {b,c}
        Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y");
        BCubed.Result r = BCubed.score(gold, Map.of("a", "1", "b", "2", "c", "2"));
        // precision: a 1, b 1/2, c 1/2 -> 2/3; recall: a 1/2, b 1/2, c 1 -> 2/3
        assertThat(r.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(r.recall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(r.split()).extracting(BCubed.Split::event).containsExactly("x");
        assertThat(r.merged()).extracting(BCubed.Merged::cluster).containsExactly("2");
    }

    @Test
    void missingItemsAreAloneAndMultiOnlyScoresOnlyMultiArticleEvents() {
        Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y");
        BCubed.Result alone = BCubed.score(gold, Map.of());
        assertThat(alone.precision()).isEqualTo(1.0);
        assertThat(alone.recall()).isCloseTo((0.5 + 0.5 + 1) / 3, within(1e-9));
        // a and b together with c: only a and b are averaged, and c still costs them precision
        BCubed.Result multi = BCubed.score(gold, Map.of("a", "1", "b", "1", "c", "1"), true);
        assertThat(multi.items()).isEqualTo(2);
        assertThat(multi.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(multi.recall()).isEqualTo(1.0);
    }

    @Test
    void naiveSingleLinkJoinsSharedWordsAndKeepsOthersApart() {
        List<EventArticle> set = List.of(
                new EventArticle("1", "e", "Harbour pier rebuilt", "Selby harbour votes to rebuild the stone pier after storms.", null, null),
                new EventArticle("2", "e", "Stone pier vote", "Selby harbour votes to rebuild the stone pier after winter storms.", null, null),
                new EventArticle("3", "f", "Lighthouse reopens", "The northern cape lighthouse reopened to visitors.", null, null));
        Map<String, String> c = NaiveSingleLink.cluster(set, 0.3);
        assertThat(c.get("1")).isEqualTo(c.get("2"));
        assertThat(c.get("3")).isNotEqualTo(c.get("1"));
        assertThat(NaiveSingleLink.alone(set)).containsEntry("3", "3").hasSize(3);
    }
}
