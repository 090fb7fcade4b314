package dev.precis.store;

/**
 * How the database and the index agree. Immutable.
 *
 * @param articles articles in the database
 * @param indexed documents in the index
 * @param missingFromIndex stored articles the index lacks
 * @param extraInIndex indexed documents with no stored article
 * @param withoutStory stored articles that belong to no story
 */
public record LibraryCheck(int articles, int indexed, int missingFromIndex, int extraInIndex, int withoutStory) {

    /** True when the index holds exactly the stored articles and every article has a story. */
    public boolean consistent() {
        return articles == indexed && missingFromIndex == 0 && extraInIndex == 0 && withoutStory == 0;
    }
}
