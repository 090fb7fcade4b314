package dev.precis.nlp;

import dev.precis.model.Sentence;
import java.util.List;

/**
 * Splits text into sentences. Implementations are stateless and thread-safe.
 *
 * <pre>{@code
 * List<Sentence> sentences = splitter.split("Dr. Smith arrived. He spoke.");
 * }</pre>
 */
public interface SentenceSplitter {

    /**
     * Sentences of {@code text} in document order; ranges are trimmed, non-empty and do not overlap.
     * Paragraph breaks (a blank line) always end a sentence.
     */
    List<Sentence> split(String text);
}
