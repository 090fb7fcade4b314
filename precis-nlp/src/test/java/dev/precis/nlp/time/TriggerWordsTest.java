package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The hand-written trigger scanner finds exactly what its regular expression finds. */
class TriggerWordsTest {

    private static final String[] PIECES = {
        "Jan", "jan.", "JANUARY", "Mar", "market", "may", "May", "MAY", "Monday", "money", "month", "Q3", "q5", "Q12",
        "two thousand", "two\tthousand", "twothousand", "twenty-ten", "twenty twelve", "twenty", "twenty-one",
        "most recent period", "most  recent", "recent period", "current  period", "comparable period", "same period",
        "near term", "short-term", "shortly", "the", "a", "_may", "x_day", "été", "e\u0301day", "\u0301day", "naïve",
        "1998", "12,500", "3.5%", "£4bn", "ago", "centuries", "fall", "Fallon", "nineteen", "nineties", "sixties",
        "noon", "Noone", "today's", "yesterday", "ΜΑΪΟΣ", "K", "\u212Aelvin", "ſecond", "(", ")", ",", ".", "-", "'",
    };
    private static final String[] GLUE = {" ", "", "  ", "\n", "-", "/", "'"};

    private static List<String> byPattern(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TriggerWords.PATTERN.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.end());
        }
        return out;
    }

    private static List<String> byScanner(String text) {
        List<String> out = new ArrayList<>();
        for (int[] t = TriggerWords.next(text, 0); t != null; t = TriggerWords.next(text, t[1])) {
            out.add(t[0] + ":" + t[1]);
        }
        return out;
    }

    @Test
    void sameMatchesAsThePatternOnWrittenText() {
        String text = "On Monday, Jan. 3, the market fell 3.5% in the most recent period; two thousand and twenty-ten"
                + " are years in words, Q3 is a quarter, and in the near term the decision may wait until May.";
        assertThat(byScanner(text)).isEqualTo(byPattern(text)).isNotEmpty();
    }

    @Test
    void sameMatchesAsThePatternOnRandomMixtures() {
        Random random = new Random(20261124);
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int i = 0; i < pieces; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]).append(GLUE[random.nextInt(GLUE.length)]);
            }
            String text = sb.toString();
            assertThat(byScanner(text)).as(text).isEqualTo(byPattern(text));
        }
    }
}
