package dev.precis.store;

import dev.precis.model.Article;
import dev.precis.model.Quote;
import dev.precis.model.TimeExpression;
import java.util.List;

/**
 * Everything the library knows about one article. Ranges in quotes and times index {@code article.text()}.
 * Immutable.
 *
 * @param id article id
 * @param article the article (id = its external id, paragraphs as stored)
 * @param source source name or null
 * @param summary summary sentences in document order (empty when none was stored)
 * @param entities entities with mention counts, most mentioned first
 * @param quotes quotes in document order
 * @param times time expressions in document order
 * @param related related articles, best first
 * @param story its story, or null
 * @param inLibrary neighbours in the whole library
 * @param inSource neighbours within its source
 * @param inStory neighbours within its story
 * @param copies other places the same article was seen (origin and kind)
 * @param textNote where the text came from when it is not the article's page ("stored from the feed's own
 *     text (the page could not be fetched: ...)"), or null
 * @param declaredPublished the publication date the article's page declares when a later change was taken as its
 *     published date (ISO 8601, as stored), or null
 */
public record ArticleView(long id, Article article, String source, List<String> summary, List<EntityCount> entities,
                          List<Quote> quotes, List<TimeExpression> times, List<ArticleRef> related, StoryInfo story,
                          Neighbours inLibrary, Neighbours inSource, Neighbours inStory, List<String> copies,
                          String textNote, String declaredPublished) {

    /** A view of an article with no declared publication apart from its date. */
    public ArticleView(long id, Article article, String source, List<String> summary, List<EntityCount> entities,
                       List<Quote> quotes, List<TimeExpression> times, List<ArticleRef> related, StoryInfo story,
                       Neighbours inLibrary, Neighbours inSource, Neighbours inStory, List<String> copies, String textNote) {
        this(id, article, source, summary, entities, quotes, times, related, story, inLibrary, inSource, inStory, copies,
                textNote, null);
    }
}
