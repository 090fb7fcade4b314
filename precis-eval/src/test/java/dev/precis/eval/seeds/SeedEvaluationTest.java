package dev.precis.eval.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.nlp.analysis.Analyzer;
import dev.precis.nlp.analysis.NoEntityRecognizer;
import dev.precis.nlp.quote.RuleQuoteFinder;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import dev.precis.nlp.time.RuleTimeResolver;
import dev.precis.testing.SharedData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Acceptance on the seeds gold: every gold quote with the right speaker, every gold time with its value. */
class SeedEvaluationTest {

    @Test
    void quotesAndTimesOfTheSeedsMatchTheGold() throws Exception {
        Path gold = SharedData.require("gold/seeds.json");
        Analyzer analyzer = new Analyzer(new NewsSentenceSplitter(), new NoEntityRecognizer(), new RuleQuoteFinder(),
                new RuleTimeResolver());
        SeedEvaluation.Result r = new SeedEvaluation(analyzer).evaluate(gold);
        assertThat(r.quotes()).isEqualTo(17);
        assertThat(r.lines()).filteredOn(l -> l.startsWith("quote") || l.startsWith("time"))
                .allSatisfy(l -> assertThat(l).contains(" ok "));
        assertThat(r.quotesRight()).isEqualTo(r.quotes());
        assertThat(r.timesRight()).isEqualTo(r.times());
    }
}
