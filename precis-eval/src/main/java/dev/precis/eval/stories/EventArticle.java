package dev.precis.eval.stories;

import java.util.Objects;

/**
 * One article of a story evaluation set, labelled with the event it reports. Immutable.
 *
 * @param id the article's id in the set (unique)
 * @param event the gold event label; articles with the same label belong in one story
 * @param title headline
 * @param text body text
 * @param url URL or null
 * @param published ISO publication date or null
 */
public record EventArticle(String id, String event, String title, String text, String url, String published) {

    public EventArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
    }
}
