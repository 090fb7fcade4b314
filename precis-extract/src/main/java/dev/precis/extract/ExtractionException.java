package dev.precis.extract;

import dev.precis.model.ExtractedPage;
import java.util.Optional;

/**
 * This input holds no article (the input's fault, not ours). The message says why, in one line. When
 * the page could be read but holds no run of paragraphs, what its metadata says (title, dates,
 * authors; an empty text) comes along, so that a batch still records when such a page appeared.
 */
public final class ExtractionException extends Exception {

    private final transient ExtractedPage metadataOnly;

    public ExtractionException(String message) {
        this(message, null);
    }

    /** As above, with the page's metadata and an empty text ({@code page} may be null). */
    public ExtractionException(String message, ExtractedPage page) {
        super(message);
        this.metadataOnly = page;
    }

    /** The page's metadata with an empty text and a type other than article, when the page was readable. */
    public Optional<ExtractedPage> metadataOnly() {
        return Optional.ofNullable(metadataOnly);
    }
}
