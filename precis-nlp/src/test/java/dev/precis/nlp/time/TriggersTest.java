package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Which kinds of time word a trigger stands for, and that narrowing them loses no expression. */
class TriggersTest {

    private static int kindsOfWord(String text, String word) {
        Matcher m = Pattern.compile(Pattern.quote(word)).matcher(text);
        assertThat(m.find()).as(word).isTrue();
        int end = m.start();
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return Triggers.kindOf(text, m.start(), end);
    }

    @Test
    void wordBeginningsThatAreNotTimeWordsGiveNoKind() {
        String text = "The market decision on money left the junior novelist satisfied at the wedding.";
        for (String word : List.of("market", "decision", "money", "junior", "novelist", "satisfied", "wedding")) {
            assertThat(kindsOfWord(text, word)).as(word).isZero();
        }
    }

    @Test
    void monthsAndWeekdaysCountAsTheRulesSpellThem() {
        String text = "Talks resume on Monday, March 3, or in Sept. at the latest; May is a month, may is not.";
        assertThat(kindsOfWord(text, "Monday") & Triggers.WEEKDAY).isNotZero();
        assertThat(kindsOfWord(text, "March") & Triggers.MONTH).isNotZero();
        assertThat(kindsOfWord(text, "Sept.") & Triggers.MONTH).isNotZero();
        assertThat(kindsOfWord(text, "May") & Triggers.MONTH).isNotZero();
        assertThat(kindsOfWord(text, "may is") & Triggers.MONTH).isZero();
    }

    @Test
    void fourDigitRunsAreYearCandidatesOtherNumbersAreNot() {
        String text = "In 1998 sales rose 12,500 units, or 3.25%, by the 1990s' end.";
        assertThat(kindsOfWord(text, "1998") & Triggers.YEAR4).isNotZero();
        assertThat(kindsOfWord(text, "12,500") & Triggers.YEAR4).isZero();
        assertThat(kindsOfWord(text, "500") & Triggers.YEAR4).isZero();
        assertThat(kindsOfWord(text, "3.25") & Triggers.DIGIT).isNotZero();
        assertThat(kindsOfWord(text, "990s") & Triggers.YEAR4).as("inside a run").isNotZero();
    }

    @Test
    void everyWordOfAMultiWordTriggerCounts() {
        String text = "Prices will ease in the short term, and rose in the most recent period.";
        assertThat(kindsOfWord(text, "short") & Triggers.REFERENCE).isNotZero();
        assertThat(kindsOfWord(text, "most") & Triggers.UNIT).as("most recent period").isNotZero();
        assertThat(kindsOfWord(text, "recent") & Triggers.REFERENCE).isNotZero();
    }

    @Test
    void narrowedWindowsStillFindExpressionsNextToFalseTriggers() {
        String text = "The market fell on Monday and the decision came in the short term, three weeks ago, in 2004,"
                + " not at noon; David Noone said so at 10 a.m. yesterday.";
        List<String> found = new RuleTimeResolver().resolve(text, List.of(), LocalDate.of(2005, 3, 2)).stream()
                .map(t -> text.substring(t.range().start(), t.range().end()))
                .toList();
        assertThat(found).containsExactly("Monday", "the short term", "three weeks ago", "2004", "noon",
                "10 a.m. yesterday");
    }
}
