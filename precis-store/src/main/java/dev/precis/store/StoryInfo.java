package dev.precis.store;

import java.util.List;

/**
 * A story: articles about one developing topic. Immutable.
 *
 * @param id story id
 * @param title its headline ({@code StoryTitles}: the latest dated article's, or the most shared of undated ones)
 * @param keyEntities its most telling names
 * @param firstPublished earliest publication date of its articles, or null
 * @param lastPublished latest publication date, or null
 * @param size number of articles
 */
public record StoryInfo(long id, String title, List<String> keyEntities, String firstPublished, String lastPublished, int size) {

    public StoryInfo {
        keyEntities = List.copyOf(keyEntities);
    }
}
