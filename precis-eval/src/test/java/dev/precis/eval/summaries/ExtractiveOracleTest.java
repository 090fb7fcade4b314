package dev.precis.eval.summaries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.SummaryLength;
import dev.precis.model.SummarySentence;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractiveOracleTest {

    private static final String TEXT = "The city opened a new library on Monday. "
            + "Rain fell across the region all week. "
            + "The library holds forty thousand books and a music room. "
            + "Local football fans celebrated a late win.";

    private final ExtractiveOracle oracle = new ExtractiveOracle();

    private static AnalyzedArticle article() {
        Article a = Article.of("t", "", TEXT, List.of());
        return AnalyzedArticle.ofSentences(a, new NewsSentenceSplitter().split(TEXT));
    }

    private static List<Integer> indexes(List<SummarySentence> sentences) {
        return sentences.stream().map(SummarySentence::sentenceIndex).toList();
    }

    @Test
    void picksTheSentencesThatMatchTheReferenceAndStopsWhenNothingHelps() {
        String reference = "A new library opened in the city.\nIt holds forty thousand books and a music room.";
        assertThat(indexes(oracle.select(article(), reference, SummaryLength.sentences(3)).sentences()))
                .containsExactly(0, 2);
    }

    @Test
    void respectsTheLengthAndGivesTargets() {
        String reference = "A new library opened in the city.\nIt holds forty thousand books and a music room.";
        assertThat(oracle.select(article(), reference, SummaryLength.sentences(1)).size()).isEqualTo(1);
        assertThat(oracle.targets(article(), reference, SummaryLength.sentences(3))).containsExactly(1, 0, 1, 0);
        assertThat(oracle.select(article(), reference, SummaryLength.words(12)).size()).isEqualTo(1);
    }

    @Test
    void aReferenceSharingNoWordGivesAnEmptyOracle() {
        assertThat(oracle.select(article(), "Zebras migrate.", SummaryLength.sentences(3)).size()).isZero();
    }
}
