package dev.precis.store;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Summary;
import java.util.Objects;

/**
 * One article to add to the library, with what analysis and summarizing made of it. Immutable.
 *
 * @param analyzed the article with sentences, entities, quotes and time expressions (lists may be empty)
 * @param summary its summary, or null
 * @param source where it came from (a site, feed or folder name), or null
 * @param origin the item it was read from (path, path:line, URL) for the ingestion log
 */
public record LibraryEntry(AnalyzedArticle analyzed, Summary summary, String source, String origin) {

    public LibraryEntry {
        Objects.requireNonNull(analyzed, "analyzed");
        Objects.requireNonNull(origin, "origin");
    }
}
