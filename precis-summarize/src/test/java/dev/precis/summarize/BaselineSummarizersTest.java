package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.SummaryLength;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BaselineSummarizersTest {

    @Nested
    class Lead extends SummarizerContract {
        @Override
        Summarizer summarizer() {
            return new LeadSummarizer();
        }

        @Test
        void takesTheFirstSentences() {
            AnalyzedArticle a = analyzed("t", STORY);
            assertThat(new LeadSummarizer().summarize(a, SummaryLength.sentences(2)).sentences())
                    .extracting(s -> s.sentenceIndex()).containsExactly(0, 1);
        }
    }

    @Nested
    class TextRank extends SummarizerContract {
        @Override
        Summarizer summarizer() {
            return new TextRankSummarizer();
        }
    }
}
