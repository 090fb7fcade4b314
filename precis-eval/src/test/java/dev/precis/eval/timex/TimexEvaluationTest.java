package dev.precis.eval.timex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.nlp.sentence.NewsSentenceSplitter;
import dev.precis.nlp.time.RuleTimeResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimexEvaluationTest {

    @TempDir
    Path dir;

    @Test
    void scoresSpansValuesAndListsMismatchesMissesAndSpuriousOnes() throws Exception {
        Files.writeString(dir.resolve("tiny.tml"), """
                <?xml version="1.0" ?>
                <TimeML>
                <DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-15" functionInDocument="CREATION_TIME">03/15/2024</TIMEX3></DCT>
                <TEXT>
                The ferry sank <TIMEX3 tid="t1" type="DATE" value="2024-03-14">yesterday</TIMEX3> and the crew \
                was rescued <TIMEX3 tid="t2" type="DATE" value="2024-03-01">on Monday</TIMEX3>, the owners said. \
                Repairs take <TIMEX3 tid="t3" type="DURATION" value="P1W">a while</TIMEX3>. Fares rose last year.
                </TEXT>
                </TimeML>
                """);
        TimexEvaluation.Result r = new TimexEvaluation(new RuleTimeResolver(), new NewsSentenceSplitter())
                .evaluate(dir, 10);
        assertThat(r.gold()).isEqualTo(3);
        assertThat(r.matched()).isEqualTo(2);
        assertThat(r.predicted()).isEqualTo(3);
        assertThat(r.valueCorrect()).isEqualTo(1);
        assertThat(r.mismatches()).containsExactly(
                "tiny.tml | on Monday | 2024-03-01 | Monday = 2024-03-11",
                "tiny.tml | a while | P1W | MISSED",
                "tiny.tml | last year | 2023 | SPURIOUS");
    }
}
