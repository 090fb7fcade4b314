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
 * @param textNote where the text came from when it is not the article's page (a feed item stored from the
 *     feed's own text because its page could not be fetched), shown with the article; null otherwise
 * @param declaredPublished the publication date the page's structured data declares when extraction took a later
 *     change as the article's published date ({@code ExtractedPage.declaredPublished}, ISO 8601); null otherwise
 */
public record LibraryEntry(AnalyzedArticle analyzed, Summary summary, String source, String origin, String textNote,
                           String declaredPublished) {

    public LibraryEntry {
        Objects.requireNonNull(analyzed, "analyzed");
        Objects.requireNonNull(origin, "origin");
    }

    /** An entry whose text is the article's own (no note), with no declared publication apart from its date. */
    public LibraryEntry(AnalyzedArticle analyzed, Summary summary, String source, String origin) {
        this(analyzed, summary, source, origin, null, null);
    }

    /** An entry with no declared publication apart from its date. */
    public LibraryEntry(AnalyzedArticle analyzed, Summary summary, String source, String origin, String textNote) {
        this(analyzed, summary, source, origin, textNote, null);
    }

    /** The same entry with {@code note} as its {@link #textNote}. */
    public LibraryEntry withTextNote(String note) {
        return new LibraryEntry(analyzed, summary, source, origin, note, declaredPublished);
    }

    /** The same entry with {@code date} as its {@link #declaredPublished}. */
    public LibraryEntry withDeclaredPublished(String date) {
        return new LibraryEntry(analyzed, summary, source, origin, textNote, date);
    }
}
