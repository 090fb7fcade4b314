package dev.precis.server;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.Sentence;
import dev.precis.model.Summary;
import dev.precis.model.SummaryLength;
import dev.precis.model.SummarySentence;
import dev.precis.pipeline.Precis;
import dev.precis.store.ArticleText;
import dev.precis.store.Library;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Summaries of stored articles at any length, for the API and the reader. The hot path of the server:
 * it reads only the article's text and stored sentences ({@link Library#text}, two primary-key
 * lookups, not the many queries of {@link Library#article}) and keeps two bounded LRU caches, of
 * articles and of finished summaries, so a popular article costs one map lookup. Articles are never
 * changed once stored, so cached entries never go stale. Thread-safe.
 *
 * <pre>{@code
 * Summaries summaries = new Summaries(library, precis, 16_384, 1_024);
 * Optional<ArticleSummary> s = summaries.summary(12, SummaryLength.sentences(3));
 * }</pre>
 */
public final class Summaries {

    private final Library library;
    private final Precis precis;
    private final Lru<String, ArticleSummary> summaries;
    private final Lru<Long, AnalyzedArticle> articles;

    /**
     * @param summaryEntries how many finished summaries to keep (a few hundred bytes each)
     * @param articleEntries how many split articles to keep (about twice the text's size each)
     */
    public Summaries(Library library, Precis precis, int summaryEntries, int articleEntries) {
        this.library = library;
        this.precis = precis;
        this.summaries = new Lru<>(summaryEntries);
        this.articles = new Lru<>(articleEntries);
    }

    /** The summary of article {@code id} at {@code length}; empty when there is no such article. */
    public Optional<ArticleSummary> summary(long id, SummaryLength length) throws IOException {
        String key = id + ":" + length.unit() + ":" + length.amount();
        ArticleSummary cached = summaries.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<AnalyzedArticle> article = article(id);
        if (article.isEmpty()) {
            return Optional.empty();
        }
        AnalyzedArticle a = article.get();
        Summary summary = precis.summarize(a, length);
        String text = a.article().text();
        List<ArticleSummary.Line> lines = new ArrayList<>(summary.size());
        for (SummarySentence s : summary.sentences()) {
            lines.add(new ArticleSummary.Line(s.sentenceIndex(), s.range().start(), s.range().end(), s.range().slice(text)));
        }
        ArticleSummary result = new ArticleSummary(id, lines);
        summaries.put(key, result);
        return Optional.of(result);
    }

    private Optional<AnalyzedArticle> article(long id) throws IOException {
        AnalyzedArticle cached = articles.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ArticleText> stored = library.text(id);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        ArticleText t = stored.get();
        Article article = Article.of(Long.toString(id), t.title(), t.text(), List.of());
        // the stored sentences are the ones the analysis used; an article stored without them is split now
        List<Sentence> sentences = t.sentences().isEmpty() ? precis.splitter().split(t.text()) : t.sentences();
        AnalyzedArticle a = AnalyzedArticle.ofSentences(article, sentences);
        articles.put(id, a);
        return Optional.of(a);
    }

    /** A size-bounded map that drops the least recently used entry; one lock, O(1) per call. */
    private static final class Lru<K, V> {
        private final Map<K, V> map;

        Lru(int capacity) {
            if (capacity < 1) {
                throw new IllegalArgumentException("cache capacity must be >= 1, got " + capacity);
            }
            this.map = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                    return size() > capacity;
                }
            };
        }

        synchronized V get(K key) {
            return map.get(key);
        }

        synchronized void put(K key, V value) {
            map.put(key, value);
        }
    }
}
