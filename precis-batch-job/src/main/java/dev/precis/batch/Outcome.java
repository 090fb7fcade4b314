package dev.precis.batch;

import java.io.Serializable;

/**
 * What the pipeline made of one {@link Doc}: the article's JSON line (without {@code duplicateOf},
 * which the corpus-wide step adds) and its fingerprint, or the reason it gave no article. Immutable.
 *
 * @param id the article id
 * @param origin where the document came from
 * @param json the record of the batch contracts, or null for a failure
 * @param minhash the store's MinHash signature of the text, or null for a failure
 * @param failure why there is no article, or null
 */
public record Outcome(String id, String origin, String json, int[] minhash, String failure) implements Serializable {

    boolean ok() {
        return failure == null;
    }
}
