package dev.precis.store;

import dev.precis.model.Sentence;
import java.util.List;

/**
 * An article's text and its stored sentences, without the rest of its analysis: what a summary at a
 * new length needs. Immutable.
 *
 * @param id article id
 * @param title headline
 * @param text canonical body text
 * @param sentences the sentences stored at ingestion, in document order (ranges index {@code text})
 */
public record ArticleText(long id, String title, String text, List<Sentence> sentences) {

    public ArticleText {
        sentences = List.copyOf(sentences);
    }
}
