package dev.precis.nlp;

import dev.precis.model.EntityMention;
import dev.precis.model.Quote;
import dev.precis.model.Sentence;
import java.util.List;

/** Finds direct and indirect quotes with their speakers. Stateless and thread-safe. */
public interface QuoteFinder {

    /** Quotes in document order; speakers are resolved against {@code entities} where possible. */
    List<Quote> find(String text, List<Sentence> sentences, List<EntityMention> entities);
}
