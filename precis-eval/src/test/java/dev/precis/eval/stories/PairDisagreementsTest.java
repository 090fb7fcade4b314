package dev.precis.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairDisagreementsTest {

    private static EventArticle a(String id, String event, String text) {
        return new EventArticle(id, event, "", text, null, null);
    }

    private final List<EventArticle> set = List.of(
            a("1", "ferry", "ferry aground sandbank passengers rescued"),
            a("2", "ferry", "ferry aground passengers rescued lifeboat"),
            a("3", "harvest", "harvest grain drought farmers"),
            a("4", "match", "league match striker penalty"));

    @Test
    void listsThePairsOneGroupingGetsRightAndTheOtherWrong() {
        // right: the ferry pair together, the rest apart; wrong: the ferry pair apart, harvest with match
        Map<String, String> right = Map.of("1", "1", "2", "1", "3", "3", "4", "4");
        Map<String, String> wrong = Map.of("1", "1", "2", "2", "3", "3", "4", "3");
        double[][] sim = NaiveSingleLink.similarities(set);
        List<PairDisagreements.Pair> wins = PairDisagreements.wins(set, right, wrong, sim);
        assertThat(wins).extracting(PairDisagreements.Pair::a, PairDisagreements.Pair::b, PairDisagreements.Pair::same)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1, true), org.assertj.core.groups.Tuple.tuple(2, 3, false));
        assertThat(wins.get(0).cosine()).isGreaterThan(0.3);
        assertThat(wins.get(1).cosine()).isZero();
        assertThat(PairDisagreements.wins(set, wrong, right, sim)).isEmpty();

        StringWriter out = new StringWriter();
        PairDisagreements.print(new PrintWriter(out, true), "right over wrong", wins, set, 1);
        assertThat(out.toString()).contains("2 pairs (1 of one event joined, 1 of two events kept apart)")
                .contains("JOIN").doesNotContain("APART");
    }

    @Test
    void theSimilaritiesAreTheBaselinesOwnLink() {
        double[][] sim = NaiveSingleLink.similarities(set);
        Map<String, String> clusters = NaiveSingleLink.cluster(set, 0.3);
        assertThat(sim[0][1]).isEqualTo(sim[1][0]);
        assertThat(clusters.get("1").equals(clusters.get("2"))).isEqualTo(sim[0][1] >= 0.3);
    }
}
