package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.Summary;
import dev.precis.model.SummaryLength;
import dev.precis.model.SummarySentence;
import dev.precis.model.TextRange;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What every {@link Summarizer} must do, whatever its method. */
abstract class SummarizerContract {

    static final String STORY = """
            The city council approved a new budget on Tuesday after a nine-hour debate. \
            The plan raises spending on schools by eight percent and freezes fares on buses and trams. \
            Opposition members said the plan relied on optimistic tax forecasts. \
            The mayor defended the figures and said the city had repaid most of its debt. \
            Teachers' unions welcomed the increase but asked for smaller classes. \
            A final vote on the transport levy is expected in March.

            Residents will see the first changes in their bills from April. \
            Business groups warned that the levy could push some shops out of the centre. \
            The council will publish a detailed breakdown of the budget next week.""";

    abstract Summarizer summarizer();

    static AnalyzedArticle analyzed(String title, String text) {
        Article article = Article.of("t", title, text, List.of(new TextRange(0, text.length())));
        return AnalyzedArticle.ofSentences(article, new NewsSentenceSplitter().split(text));
    }

    @Test
    void givesExactlyTheRequestedNumberOfSentencesInDocumentOrder() {
        AnalyzedArticle a = analyzed("Council approves budget", STORY);
        for (int n = 1; n <= 5; n++) {
            Summary s = summarizer().summarize(a, SummaryLength.sentences(n));
            assertThat(s.size()).isEqualTo(n);
            List<SummarySentence> chosen = s.sentences();
            for (int i = 1; i < chosen.size(); i++) {
                assertThat(chosen.get(i).range().start()).isGreaterThan(chosen.get(i - 1).range().end());
            }
        }
    }

    @Test
    void summarySentencesAreSentencesOfTheArticle() {
        AnalyzedArticle a = analyzed("Council approves budget", STORY);
        Summary s = summarizer().summarize(a, SummaryLength.sentences(3));
        List<TextRange> sentenceRanges = a.sentences().stream().map(x -> x.range()).toList();
        assertThat(s.sentences()).allSatisfy(x -> assertThat(sentenceRanges).contains(x.range()));
    }

    @Test
    void aWordBudgetIsNeverExceeded() {
        AnalyzedArticle a = analyzed("Council approves budget", STORY);
        for (int budget = 20; budget <= 90; budget += 7) {
            Summary s = summarizer().summarize(a, SummaryLength.words(budget));
            int words = s.texts(a.article().text()).stream().mapToInt(SentenceShape::wordCount).sum();
            assertThat(s.size()).as("budget %d", budget).isGreaterThanOrEqualTo(1);
            assertThat(words).as("budget %d", budget).isLessThanOrEqualTo(budget);
        }
    }

    @Test
    void aBudgetShorterThanEverySentenceGivesOneSentenceAlone() {
        AnalyzedArticle a = analyzed("Council approves budget", STORY);
        Summary s = summarizer().summarize(a, SummaryLength.words(3));
        assertThat(s.size()).isEqualTo(1);
    }

    @Test
    void ratioCountsSentences() {
        AnalyzedArticle a = analyzed("Council approves budget", STORY);
        assertThat(summarizer().summarize(a, SummaryLength.ratio(0.5)).size())
                .isEqualTo((int) Math.round(0.5 * a.sentences().size()));
    }

    @Test
    void shortArticlesGiveWhatTheyHave() {
        AnalyzedArticle a = analyzed("Short", "Only one sentence here.");
        assertThat(summarizer().summarize(a, SummaryLength.sentences(3)).size()).isEqualTo(1);
        AnalyzedArticle empty = analyzed("", "");
        assertThat(summarizer().summarize(empty, SummaryLength.sentences(3)).size()).isZero();
    }

    @Test
    void randomTextNeverBreaksTheSummarizer() {
        Random random = new Random(7);
        String[] words = {"the", "Council", "said", "budget", ".", "\"", "He", "was", "?", "U.S.", "\n\n", "1.5"};
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, len = random.nextInt(300); i < len; i++) {
                sb.append(words[random.nextInt(words.length)]).append(' ');
            }
            AnalyzedArticle a = analyzed("t", sb.toString());
            Summary s = summarizer().summarize(a, SummaryLength.sentences(1 + random.nextInt(4)));
            assertThat(s.sentences()).allSatisfy(x -> assertThat(x.range().fitsIn(sb.length())).isTrue());
        }
    }
}
