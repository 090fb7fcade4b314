package dev.precis.summarize;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Sentence;
import dev.precis.model.Summary;
import dev.precis.model.SummaryLength;
import dev.precis.model.SummarySentence;
import dev.precis.model.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * The Lead-k baseline: the article's first sentences, as many as the length allows (it stops at the
 * first sentence that does not fit a word budget). Strong on news,
 * where writers put the point first; kept as the bar Precis must clear. Stateless and thread-safe.
 *
 * <p>With {@code trimLede}, the lede is shown as Precis shows it: without the dateline and source tag
 * in front of the news ({@link SentenceTrim}, cut from the first sentence that is not junk and from
 * the junk before it), and a word budget counts the words shown. That is the fair bar for Precis: the
 * trim is presentation, not choice, so a lead given the same trim tells what Precis' choice of
 * sentences adds. The sentences are still the first ones, junk or not. {@link #shownAsPrecis()} shows
 * every sentence as Precis does (a leading connective cut too), the bar for choice alone.
 */
public final class LeadSummarizer implements Summarizer {

    private final boolean trimLede;
    private final boolean trimEvery;

    /** The first sentences as written. */
    public LeadSummarizer() {
        this(false);
    }

    /** The first sentences, the lede without its dateline when {@code trimLede}. */
    public LeadSummarizer(boolean trimLede) {
        this(trimLede, false);
    }

    private LeadSummarizer(boolean trimLede, boolean trimEvery) {
        this.trimLede = trimLede;
        this.trimEvery = trimEvery;
    }

    /** The first sentences, each shown as Precis shows it ({@link SentenceTrim} on every one). */
    public static LeadSummarizer shownAsPrecis() {
        return new LeadSummarizer(true, true);
    }

    @Override
    public Summary summarize(AnalyzedArticle article, SummaryLength length) {
        String text = article.article().text();
        LengthBudget budget = new LengthBudget(length, article.sentences().size());
        List<SummarySentence> chosen = new ArrayList<>();
        boolean beforeNews = trimLede;
        for (Sentence s : article.sentences()) {
            TextRange shown = s.range();
            int words;
            if (beforeNews) {
                // the same rule as SentenceProfile: a dateline is cut up to the first sentence of news
                String sentence = s.text(text);
                shown = SentenceTrim.trim(text, s.range(), true, trimEvery);
                beforeNews = PageFurniture.isJunk(sentence, SentenceShape.letterRuns(sentence));
                words = SentenceShape.wordCount(shown.slice(text));
            } else if (trimEvery) {
                shown = SentenceTrim.trim(text, s.range(), false);
                words = SentenceShape.wordCount(shown.slice(text));
            } else {
                words = SentenceShape.wordCount(s.text(text));
            }
            if (budget.full() || !budget.admits(words)) {
                break;
            }
            budget.add(words);
            chosen.add(new SummarySentence(s.index(), shown, 1.0 / (1 + s.index())));
        }
        return new Summary(article.article().id(), chosen);
    }
}
