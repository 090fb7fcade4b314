package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Summary;
import dev.precis.model.SummaryLength;
import org.junit.jupiter.api.Test;

class DemonstrativesTest {

    @Test
    void aDemonstrativeWhoseNounTheSentenceDoesNotNamePointsBack() {
        assertThat(Demonstratives.pointsBack("The new coach may just have those very qualities.")).isTrue();
        assertThat(Demonstratives.pointsBack("Detectives want to know whether these men had help.")).isTrue();
        assertThat(Demonstratives.pointsBack("There are at least two million such households in the region.")).isTrue();
        assertThat(Demonstratives.pointsBack("Turnout is expected to be low in this election.")).isTrue();
    }

    @Test
    void genericTimeAndSelfReferringUsesDoNot() {
        assertThat(Demonstratives.pointsBack("Aid will go to those who lost their homes in the flood.")).isFalse();
        assertThat(Demonstratives.pointsBack("The names of those killed have not been released.")).isFalse();
        assertThat(Demonstratives.pointsBack("Police vowed to find those responsible.")).isFalse();
        assertThat(Demonstratives.pointsBack("Imports such as steel and copper face new duties.")).isFalse();
        assertThat(Demonstratives.pointsBack("Nobody expected such a large crowd at the rally.")).isFalse();
        assertThat(Demonstratives.pointsBack("The festival returns to the harbour this summer.")).isFalse();
        assertThat(Demonstratives.pointsBack("Names in this article have been changed.")).isFalse();
        assertThat(Demonstratives.pointsBack("Officials say this is the worst drought in decades.")).isFalse();
        assertThat(Demonstratives.pointsBack("Prices rose sharply these days, the survey found.")).isFalse();
    }

    @Test
    void aNounNamedEarlierInTheSentenceOrAQuotationDoesNot() {
        assertThat(Demonstratives.pointsBack("Three men were arrested, and these men will appear in court on Monday.")).isFalse();
        assertThat(Demonstratives.pointsBack("\"I have never seen this village so quiet,\" a farmer said.")).isFalse();
        assertThat(Demonstratives.pointsBack("Voters backed Lena Berg, those Green voters who had stayed home before.")).isFalse();
    }

    @Test
    void aSentenceWhoseDemonstrativePointsBackIsTakenOnlyWithTheSentenceBeforeIt() {
        String text = "The city council approved a new tram line on Tuesday after a two-year debate. "
                + "Councillors argued for months over the route through the old town and its narrow streets. "
                + "Residents had asked for a tram line that is fast, cheap and quiet. "
                + "The new tram line will have those qualities, the council said of the tram line it approved. "
                + "Some shop owners on the old town's main street still fear months of building work.";
        AnalyzedArticle a = SummarizerContract.analyzed("Tram line approved", text);
        Summary alone = new Summary(a.article().id(), java.util.List.of(
                new dev.precis.model.SummarySentence(0, a.sentences().get(0).range(), 1),
                new dev.precis.model.SummarySentence(3, a.sentences().get(3).range(), 1)));
        assertThat(Readability.dangles(a, alone)).isTrue();
        PositionCentralitySummarizer summarizer = new PositionCentralitySummarizer(SummaryModel.loadDefault());
        for (int n = 1; n <= 4; n++) {
            Summary s = summarizer.summarize(a, SummaryLength.sentences(n));
            assertThat(Readability.dangles(a, s)).as("%d sentences: %s", n, s.texts(text)).isFalse();
        }
        for (int words : new int[] {40, 60, 75}) {
            Summary s = summarizer.summarize(a, SummaryLength.words(words));
            assertThat(Readability.dangles(a, s)).as("%d words: %s", words, s.texts(text)).isFalse();
        }
    }
}
