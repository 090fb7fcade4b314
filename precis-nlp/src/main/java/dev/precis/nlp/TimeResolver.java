package dev.precis.nlp;

import dev.precis.model.Sentence;
import dev.precis.model.TimeExpression;
import java.time.LocalDate;
import java.util.List;

/** Finds time expressions and resolves them to calendar values. Stateless and thread-safe. */
public interface TimeResolver {

    /**
     * Time expressions in document order, resolved against {@code anchor} (the publication date);
     * with a null anchor, relative expressions keep a null value.
     */
    List<TimeExpression> resolve(String text, List<Sentence> sentences, LocalDate anchor);
}
