package dev.precis.summarize;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Sentence;
import dev.precis.model.Summary;
import dev.precis.model.SummaryLength;
import dev.precis.model.SummarySentence;
import java.util.ArrayList;
import java.util.List;

/**
 * The Lead-k baseline: the article's first sentences, as many as the length allows (it stops at the
 * first sentence that does not fit a word budget). Strong on news,
 * where writers put the point first; kept as the bar Precis must clear. Stateless and thread-safe.
 */
public final class LeadSummarizer implements Summarizer {

    @Override
    public Summary summarize(AnalyzedArticle article, SummaryLength length) {
        String text = article.article().text();
        LengthBudget budget = new LengthBudget(length, article.sentences().size());
        List<SummarySentence> chosen = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            int words = SentenceShape.wordCount(s.text(text));
            if (budget.full() || !budget.admits(words)) {
                break;
            }
            budget.add(words);
            chosen.add(new SummarySentence(s.index(), s.range(), 1.0 / (1 + s.index())));
        }
        return new Summary(article.article().id(), chosen);
    }
}
