package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.server.web.Pages.Moment;
import dev.precis.store.TimelineEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class MomentsTest {

    @Test
    void shortSentencesAreKeptWholeWithTheExpressionMarked() {
        Moment m = Moments.of(new TimelineEvent("2024-12-05", "on Thursday", "Ministers meet on Thursday in Malta.", 7, "T"), 0, 200);
        assertThat(m.before()).isEqualTo("Ministers meet ");
        assertThat(m.expression()).isEqualTo("on Thursday");
        assertThat(m.after()).isEqualTo(" in Malta.");
        assertThat(m.linkArticle()).isTrue();
        assertThat(Moments.of(new TimelineEvent("2024", "x", "y", 7, "T"), 7, 200).linkArticle()).isFalse();
    }

    @Test
    void longSentencesAreCutAroundTheExpressionAtWordBoundaries() {
        String words = "word ".repeat(60);
        String sentence = words + "in July 2024 " + words.strip() + ".";
        Moment m = Moments.of(new TimelineEvent("2024-07", "in July 2024", sentence, 1, "T"), 0, 100);
        assertThat(m.expression()).isEqualTo("in July 2024");
        assertThat(m.before()).startsWith("… word").endsWith("word ");
        assertThat(m.after()).startsWith(" word").endsWith("word …");
        assertThat(m.before().length() + m.expression().length() + m.after().length()).isLessThanOrEqualTo(110);
    }

    @Test
    void anExpressionMissingFromTheSentenceLeavesTheSentence() {
        Moment m = Moments.of(new TimelineEvent("2024", "last year", "Nothing dated here.", 1, "T"), 0, 100);
        assertThat(m.before()).isEqualTo("Nothing dated here.");
        assertThat(m.expression()).isEmpty();
    }

    @Test
    void aSentenceNamingTheSameDateTwiceOrRepeatedByACopyIsOneMoment() {
        String sentence = "The harbour log starts in 1871, when the fire of 1871 burned the older books.";
        List<Moment> ms = Moments.of(List.of(
                new TimelineEvent("1871", "1871", sentence, 3, "Harbour log"),
                new TimelineEvent("1871", "1871", sentence, 3, "Harbour log"),
                new TimelineEvent("1871", "1871", sentence, 4, "Another paper"),
                new TimelineEvent("1871", "1871", sentence, 5, "Harbour log"),
                new TimelineEvent("1871", "1871", "The mill opened in 1871.", 3, "Harbour log")), 0, 200);
        assertThat(ms).extracting(Moment::articleId).containsExactly(3L, 4L, 3L);
        assertThat(ms.get(2).after()).isEqualTo(".");
    }

    @Test
    void aYearThatNamesALawIsNoMoment() {
        List<Moment> ms = Moments.of(List.of(
                new TimelineEvent("1911", "1911", "Ministers may use the 1911 Harbour Act to force the bill through.", 3, "Pier bill"),
                new TimelineEvent("1911", "1911", "The Harbour Act was passed in 1911.", 3, "Pier bill")), 0, 200);
        assertThat(ms).singleElement().satisfies(m -> assertThat(m.before()).isEqualTo("The Harbour Act was passed in "));
    }
}
