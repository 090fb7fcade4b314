package dev.precis.summarize;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Sentence;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.util.HashSet;
import java.util.Set;

/**
 * How a summary reads on its own. A summary <em>dangles</em> when one of its sentences opens with a
 * pronoun or connective ("He", "But", "This") or credits a quotation to a bare pronoun ("…," she
 * said) while the sentence before it in the article is not in the summary: the reader meets a
 * reference whose antecedent they never see. Stateless and thread-safe.
 *
 * <pre>{@code
 * boolean bad = Readability.dangles(analyzed, summary);
 * }</pre>
 */
public final class Readability {

    private Readability() {
    }

    /** True when a sentence of {@code summary} points back to a sentence the summary leaves out. */
    public static boolean dangles(AnalyzedArticle article, Summary summary) {
        String text = article.article().text();
        Set<Integer> chosen = new HashSet<>();
        for (SummarySentence s : summary.sentences()) {
            chosen.add(s.sentenceIndex());
        }
        for (SummarySentence s : summary.sentences()) {
            // the article's first sentence of news has nothing before it to point back to ("(CNN)It's a
            // striking image: …" shown without its dateline opens with "It's", and reads well); only
            // bylines, stamps and captions come before it
            if (s.sentenceIndex() > 0 && SentenceShape.needsAntecedent(s.range().slice(text))
                    && !chosen.contains(s.sentenceIndex() - 1) && !onlyJunkBefore(article, s.sentenceIndex())) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyJunkBefore(AnalyzedArticle article, int index) {
        String text = article.article().text();
        for (int i = 0; i < index; i++) {
            Sentence s = article.sentences().get(i);
            String sentence = s.text(text);
            if (!PageFurniture.isJunk(sentence, SentenceShape.letterRuns(sentence))
                    && !PageFurniture.runsIntoNext(text, s.range().end(), sentence)) {
                return false;
            }
        }
        return true;
    }
}
