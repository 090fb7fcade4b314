package dev.precis.pipeline;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.Summary;
import dev.precis.model.SummaryLength;
import dev.precis.nlp.SentenceSplitter;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import dev.precis.pipeline.text.PlainTextArticleReader;
import dev.precis.summarize.PositionCentralitySummarizer;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.SummaryModel;
import java.util.Objects;

/**
 * The Precis facade: one object wiring the stages, built once (models load in the builder, not per
 * call) and shared. Immutable and thread-safe.
 *
 * <pre>{@code
 * Precis precis = Precis.builder().build();
 * Article article = precis.readText("story-1", Files.readString(path));
 * Summary summary = precis.summarize(article, SummaryLength.sentences(3));
 * summary.texts(article.text()).forEach(System.out::println);
 * }</pre>
 */
public final class Precis {

    private final SentenceSplitter splitter;
    private final Summarizer summarizer;
    private final PlainTextArticleReader textReader = new PlainTextArticleReader();

    private Precis(Builder b) {
        this.splitter = b.splitter;
        this.summarizer = b.summarizer;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A plain-text article: title line, body paragraphs, page chrome removed. */
    public Article readText(String id, String content) {
        return textReader.read(id, content);
    }

    /** The article split into sentences (the analysis the summarizer needs). */
    public AnalyzedArticle sentences(Article article) {
        return AnalyzedArticle.ofSentences(article, splitter.split(article.text()));
    }

    /** An extractive summary of the article at the requested length. */
    public Summary summarize(Article article, SummaryLength length) {
        return summarizer.summarize(sentences(article), length);
    }

    /** An extractive summary of an already analysed article. */
    public Summary summarize(AnalyzedArticle article, SummaryLength length) {
        return summarizer.summarize(article, length);
    }

    public SentenceSplitter splitter() {
        return splitter;
    }

    /** Builds a {@link Precis}; defaults are the shipped components. Not thread-safe. */
    public static final class Builder {
        private SentenceSplitter splitter = new NewsSentenceSplitter();
        private Summarizer summarizer = new PositionCentralitySummarizer(SummaryModel.loadDefault());

        private Builder() {
        }

        public Builder splitter(SentenceSplitter value) {
            this.splitter = Objects.requireNonNull(value);
            return this;
        }

        public Builder summarizer(Summarizer value) {
            this.summarizer = Objects.requireNonNull(value);
            return this;
        }

        public Precis build() {
            return new Precis(this);
        }
    }
}
