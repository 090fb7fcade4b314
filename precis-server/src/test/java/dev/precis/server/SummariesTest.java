package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.Summary;
import dev.precis.model.SummaryLength;
import dev.precis.store.ArticleText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SummariesTest {

    @RegisterExtension
    static final FixtureLibrary lib = new FixtureLibrary();

    @Test
    void summariesMatchThePipelineOnTheStoredSentences() throws Exception {
        Summaries summaries = new Summaries(lib.library(), TestLibrary.precis(), 2, 1);
        for (long id : lib.ids()) {
            ArticleText t = lib.library().text(id).orElseThrow();
            for (SummaryLength length : List.of(SummaryLength.sentences(2), SummaryLength.words(30), SummaryLength.ratio(0.5))) {
                Summary expected = TestLibrary.precis().summarize(
                        AnalyzedArticle.ofSentences(Article.of("x", t.title(), t.text(), List.of()), t.sentences()), length);
                ArticleSummary got = summaries.summary(id, length).orElseThrow();
                assertThat(got.articleId()).isEqualTo(id);
                assertThat(got.sentences()).extracting(ArticleSummary.Line::index)
                        .containsExactlyElementsOf(expected.sentences().stream().map(s -> s.sentenceIndex()).toList());
                for (ArticleSummary.Line line : got.sentences()) {
                    assertThat(line.text()).isEqualTo(t.text().substring(line.start(), line.end()));
                }
                // asked again (from the cache, or recomputed after eviction from the tiny caches), same answer
                assertThat(summaries.summary(id, length).orElseThrow()).isEqualTo(got);
            }
        }
    }

    @Test
    void unknownArticlesHaveNoSummary() throws Exception {
        Summaries summaries = new Summaries(lib.library(), TestLibrary.precis(), 10, 10);
        assertThat(summaries.summary(123_456, SummaryLength.DEFAULT)).isEmpty();
    }
}
