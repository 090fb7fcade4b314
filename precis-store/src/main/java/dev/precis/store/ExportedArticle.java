package dev.precis.store;

/**
 * One stored article with everything needed to add it to another library as it is: its analysis,
 * summary, source, origin and note ({@link LibraryEntry}) and its meaning vector. Immutable.
 *
 * @param id its id in this library (articles are exported in id order, so a load into an empty library keeps them)
 * @param entry the article as a {@link Library#add} takes it
 * @param meaning the meaning vector as stored ({@link ArticleFeatures#encodeMeaning}), or null when none was stored
 */
public record ExportedArticle(long id, LibraryEntry entry, String meaning) {
}
