package dev.precis.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** Searching only before each "that" finds exactly what a find loop over the whole text finds. */
class ThatClausesTest {

    private static final String[] PIECES = {
        "said", "Said", "SAID", "pointed out", "pointed  out", "argued", "warned", "told", "re-stated", "3said",
        "that", "That", "THAT", "that's", "thatcher", "the", "minister", "reporters", "on", "Monday", "yesterday",
        "it", "was", "a", "very", "long-winded", "O’Neill", "d'Estaing", "𝐀bc", "naïve", ",", ".", ";", "\"", "—",
    };
    private static final String[] GLUE = {" ", " ", "  ", "\n", "\t", "", ", "};

    private static List<String> spans(List<MatchResult> matches) {
        List<String> out = new ArrayList<>();
        for (MatchResult m : matches) {
            out.add(m.start() + ":" + m.end() + ":" + m.group(1));
        }
        return out;
    }

    private static List<String> fullScan(String text) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = RuleQuoteFinder.thatClause().matcher(text);
        while (m.find()) {
            out.add(m.toMatchResult());
        }
        return spans(out);
    }

    @Test
    void findsTheClausesOfWrittenText() {
        String text = "The minister said that talks would resume. Officials told reporters on Monday that it was over,"
                + " and she pointed out, that nobody knew. He argued that that was wrong.";
        List<String> found = spans(ThatClauses.find(RuleQuoteFinder.thatClause(), text));
        assertThat(found).hasSize(4).isEqualTo(fullScan(text));
    }

    @Test
    void sameMatchesAsAFullScanOnRandomMixtures() {
        Random random = new Random(1124);
        for (int round = 0; round < 4000; round++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(16);
            for (int i = 0; i < pieces; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]).append(GLUE[random.nextInt(GLUE.length)]);
            }
            String text = sb.toString();
            assertThat(spans(ThatClauses.find(RuleQuoteFinder.thatClause(), text))).as(text).isEqualTo(fullScan(text));
        }
    }
}
