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

    @Test
    void withheldCreationTimeLeavesRelativeDatesUnresolvedUnlessTheTextDatesItself() throws Exception {
        Files.writeString(dir.resolve("a.tml"), """
                <TimeML>
                <DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-15" functionInDocument="CREATION_TIME">03/15/2024</TIMEX3></DCT>
                <TEXT>
                The ferry sank <TIMEX3 tid="t1" type="DATE" value="2024-03-14">yesterday</TIMEX3>, the owners said.
                </TEXT>
                </TimeML>
                """);
        Files.writeString(dir.resolve("b.tml"), """
                <TimeML>
                <DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-15" functionInDocument="CREATION_TIME">03/15/2024</TIMEX3></DCT>
                <TEXT>
                OSLO, <TIMEX3 tid="t1" type="DATE" value="2024-03-15">March 15, 2024</TIMEX3> (AP) - The ferry sank                 <TIMEX3 tid="t2" type="DATE" value="2024-03-14">yesterday</TIMEX3>, the owners said.
                </TEXT>
                </TimeML>
                """);
        TimexEvaluation e = new TimexEvaluation(new RuleTimeResolver(), new NewsSentenceSplitter());
        assertThat(e.evaluate(dir, 10, true).valueCorrect()).isEqualTo(3);
        TimexEvaluation.Result withheld = e.evaluate(dir, 10, false);
        assertThat(withheld.matched()).isEqualTo(3);
        // a.tml's "yesterday" has nothing to count from; b.tml's dateline gives the day
        assertThat(withheld.valueCorrect()).isEqualTo(2);
        assertThat(withheld.mismatches()).containsExactly("a.tml | yesterday | 2024-03-14 | yesterday = null");
    }

    @Test
    void hardWrapKeepsOffsetsAndBreaksLongLines() {
        String text = "The ferry sank yesterday and the crew was rescued on Monday, the owners said in a statement.";
        String wrapped = TimexEvaluation.hardWrap(text, 30);
        assertThat(wrapped).hasSameSizeAs(text).contains("\n");
        assertThat(wrapped.replace('\n', ' ')).isEqualTo(text);
        assertThat(wrapped.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(31));
    }
}
