package dev.precis.store;

/**
 * One stored article with everything needed to add it to another library as it is: its analysis,
 * summary, source, origin and note ({@link LibraryEntry}) and its meaning vector. Immutable.
 *
 * @param id its id in this library (articles are exported in id order, so a load into an empty library keeps them)
 * @param entry the article as a {@link Library#add} takes it
 * @param meaning the meaning vector as stored ({@link ArticleFeatures#encodeMeaning}), or null when none was stored
 * @param features the story features (words and key names, no meaning vector) as stored, or null when none were:
 *     computed at ingest from the analysis before the library's person names were applied ("Jones" where the
 *     stored mention reads "Richard Jones"), so they cannot be computed again from the stored analysis
 */
public record ExportedArticle(long id, LibraryEntry entry, String meaning, ArticleFeatures features) {
}
