package dev.precis.store;

import java.util.List;

/**
 * A story with its articles in publication order and its timeline in calendar order. Immutable.
 *
 * @param info the story
 * @param articles its articles
 * @param timeline dated events from its articles' time expressions
 */
public record StoryView(StoryInfo info, List<ArticleRef> articles, List<TimelineEvent> timeline) {

    public StoryView {
        articles = List.copyOf(articles);
        timeline = List.copyOf(timeline);
    }
}
