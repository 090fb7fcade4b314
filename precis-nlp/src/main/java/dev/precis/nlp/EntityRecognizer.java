package dev.precis.nlp;

import dev.precis.model.EntityMention;
import dev.precis.model.Sentence;
import java.util.List;

/** Finds named-entity mentions and links each to a canonical name. Stateless and thread-safe. */
public interface EntityRecognizer {

    /** Mentions in document order; every range indexes {@code text}. */
    List<EntityMention> recognize(String text, List<Sentence> sentences);
}
