package dev.precis.store;

import dev.precis.model.EntityType;
import java.util.List;

/**
 * Everything the library holds about one entity: the articles that mention it and what it said, in
 * publication order (oldest first). Immutable.
 *
 * @param canonical canonical name
 * @param type entity type
 * @param articles articles that mention it, oldest first
 * @param quotes quotes whose speaker is this entity, oldest first
 */
public record EntityView(String canonical, EntityType type, List<ArticleRef> articles, List<EntityQuote> quotes) {

    public EntityView {
        articles = List.copyOf(articles);
        quotes = List.copyOf(quotes);
    }
}
