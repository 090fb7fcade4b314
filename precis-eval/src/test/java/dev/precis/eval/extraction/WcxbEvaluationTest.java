package dev.precis.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.precis.testing.SharedData;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WcxbEvaluationTest {

    @Test
    void bodyIsABagOfLowercasedWords() {
        // gold: the(2) cat sat; predicted: The cat cat -> tp = the 1 + cat 1 = 2 of 3 predicted, 2 of 4 gold
        WcxbScores.BagScore s = WcxbScores.body("the cat sat, the end", "The cat cat");
        assertThat(s.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.recall()).isCloseTo(2.0 / 5, within(1e-9));
        assertThat(s.f1()).isCloseTo(2 * (2.0 / 3) * 0.4 / (2.0 / 3 + 0.4), within(1e-9));
        assertThat(WcxbScores.body("", "").f1()).isEqualTo(1.0);
        assertThat(WcxbScores.body("words here", "").f1()).isEqualTo(0.0);
        assertThat(WcxbScores.body("Über straße", "über STRASSE straße").recall()).isEqualTo(1.0);
    }

    @Test
    void titleAuthorAndDateFollowWcxbsRules() {
        assertThat(WcxbScores.title("Top 10 Trends: 2025!", "top 10 trends  2025")).isTrue();
        assertThat(WcxbScores.title("Top 10 Trends", "Top 10 Trends | Site")).isFalse();
        assertThat(WcxbScores.title("Top", null)).isFalse();
        assertThat(WcxbScores.author("Jane Doe", "By Jane Doe", List.of())).isTrue();
        assertThat(WcxbScores.author("Jane Doe and John Roe", null, List.of("Jane Doe"))).isTrue();
        assertThat(WcxbScores.author("Jane Doe", "", List.of())).isFalse();
        assertThat(WcxbScores.author("Jane Doe", "John Roe", List.of("Jane Doe"))).isFalse();
        assertThat(WcxbScores.date("2025-09-04", "2025-09-04T10:00:00+02:00")).isTrue();
        assertThat(WcxbScores.date("2025-09-04", "2025-09-05")).isFalse();
        assertThat(WcxbScores.date("2025-09-04", "2025")).isFalse();
    }

    @Test
    void splitIsByFileIdParity() {
        assertThat(WcxbPage.Split.TUNE.includes("0691")).isTrue();
        assertThat(WcxbPage.Split.TUNE.includes("0690")).isFalse();
        assertThat(WcxbPage.Split.TEST.includes("0690")).isTrue();
        assertThat(WcxbPage.Split.ALL.includes("0690")).isTrue();
    }

    @Test
    void theGoldScoresOneAndTheSplitsPartitionTheDevSet() throws Exception {
        Path dir = SharedData.require("data/wcxb-dev");
        List<WcxbPage> all = WcxbPage.readAll(dir, WcxbPage.Split.ALL);
        List<WcxbPage> tune = WcxbPage.readAll(dir, WcxbPage.Split.TUNE);
        List<WcxbPage> test = WcxbPage.readAll(dir, WcxbPage.Split.TEST);
        assertThat(all).hasSize(1497);
        assertThat(tune.size() + test.size()).isEqualTo(all.size());
        assertThat(tune).allMatch(p -> Integer.parseInt(p.id()) % 2 == 1);
        assertThat(all.stream().filter(WcxbPage::isArticle).count()).isEqualTo(793);

        List<WcxbPage> sample = test.subList(0, 60);
        Map<String, WcxbEvaluation.System> systems = new LinkedHashMap<>();
        systems.put("gold", (page, html) -> new WcxbEvaluation.Prediction(page.isArticle() ? "article" : "other",
                page.mainContent(), page.title(), page.author(), List.of(), page.publishDate(), null));
        systems.put("nothing", (page, html) -> WcxbEvaluation.Prediction.failed("refused"));
        // a system that reads the gold day only as the page's change, its publication a wrong day
        systems.put("change", (page, html) -> new WcxbEvaluation.Prediction("article", "", null, null, List.of(),
                "1999-01-01T00:00:00Z", null, page.publishDate()));
        List<WcxbEvaluation> runs = WcxbEvaluation.run(systems, sample);
        WcxbEvaluation.Totals gold = runs.get(0).articles();
        assertThat(gold.pages()).isPositive();
        assertThat(gold.bodyF1()).isEqualTo(1.0);
        assertThat(gold.shingles().f1()).isEqualTo(1.0);
        assertThat(gold.title()).isEqualTo(1.0);
        assertThat(gold.author()).isEqualTo(1.0);
        assertThat(gold.date()).isEqualTo(1.0);
        assertThat(gold.dateFound()).isEqualTo(1.0);
        assertThat(gold.calledArticle()).isEqualTo(1.0);
        assertThat(runs.get(0).nonArticlesRefused()).isEqualTo(1.0);
        WcxbEvaluation.Totals nothing = runs.get(1).articles();
        assertThat(nothing.bodyF1()).isEqualTo(0.0);
        assertThat(nothing.calledArticle()).isEqualTo(0.0);
        assertThat(runs.get(1).nonArticlesRefused()).isEqualTo(1.0);
        assertThat(runs.get(1).worstArticles(3)).hasSize(3).allMatch(r -> r.body().f1() == 0.0);
        assertThat(nothing.dateFound()).isEqualTo(0.0);
        WcxbEvaluation.Totals change = runs.get(2).articles();
        assertThat(change.datePages()).isPositive();
        assertThat(change.date()).isEqualTo(0.0);
        assertThat(change.dateFound()).isEqualTo(1.0);
    }
}
