package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadabilityTest {

    private static final String TEXT = "The mayor opened the new bridge on Monday. "
            + "She said it would cut journeys by ten minutes. "
            + "\"It changes everything for commuters,\" she said. "
            + "Traffic was light in the first hours.";

    private static Summary of(AnalyzedArticle a, int... indexes) {
        List<SummarySentence> chosen = java.util.Arrays.stream(indexes)
                .mapToObj(i -> new SummarySentence(i, a.sentences().get(i).range(), 1)).toList();
        return new Summary(a.article().id(), chosen);
    }

    @Test
    void aPronounWhoseAntecedentIsLeftOutDangles() {
        AnalyzedArticle a = SummarizerContract.analyzed("Bridge opens", TEXT);
        assertThat(Readability.dangles(a, of(a, 1))).isTrue();
        assertThat(Readability.dangles(a, of(a, 0, 2))).as("a quotation credited to 'she'").isTrue();
        assertThat(Readability.dangles(a, of(a, 0, 1))).isFalse();
        assertThat(Readability.dangles(a, of(a, 0, 1, 2))).isFalse();
        assertThat(Readability.dangles(a, of(a, 0, 3))).isFalse();
    }

    @Test
    void theArticlesFirstSentenceHasNothingToPointBackTo() {
        String text = "It was the coldest night of the year. Pipes froze across the city. They burst at dawn.";
        AnalyzedArticle a = SummarizerContract.analyzed("Cold night", text);
        assertThat(Readability.dangles(a, of(a, 0, 1))).isFalse();
        assertThat(Readability.dangles(a, of(a, 0, 2))).isTrue();
    }

    @Test
    void anOrdinalStandingForSomethingNamedBeforeDangles() {
        String text = "The treaty rests on two principles. The first is equal security. "
                + "The second was added in 2010. The first flight left at noon.";
        AnalyzedArticle a = SummarizerContract.analyzed("Treaty", text);
        assertThat(Readability.dangles(a, of(a, 2))).isTrue();
        assertThat(Readability.dangles(a, of(a, 0, 1))).isFalse();
        assertThat(Readability.dangles(a, of(a, 3))).isFalse();
    }

    @Test
    void aDemonstrativeWhoseNounIsLeftOutDanglesUnlessOnlyJunkComesBefore() {
        String text = "The port reopened on Friday after a week of strikes. "
                + "Dockers had demanded higher pay and shorter shifts. "
                + "The union said those demands were met in full.";
        AnalyzedArticle a = SummarizerContract.analyzed("Port reopens", text);
        assertThat(Readability.dangles(a, of(a, 0, 2))).isTrue();
        assertThat(Readability.dangles(a, of(a, 0, 1, 2))).isFalse();
        String afterByline = "By Ann Reed\n\nVoters in this election waited for hours. Turnout was high.";
        AnalyzedArticle b = SummarizerContract.analyzed("Election", afterByline);
        assertThat(b.sentences().get(0).text(afterByline)).startsWith("By Ann Reed");
        assertThat(Readability.dangles(b, of(b, 1))).as("only a byline before the lede").isFalse();
    }
}
