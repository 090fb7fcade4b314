package dev.precis.nlp.analysis;

import dev.precis.model.EntityMention;
import dev.precis.model.Sentence;
import dev.precis.nlp.EntityRecognizer;
import java.util.List;

/**
 * Placeholder recognizer that finds no entities, used until a trained {@code EntityRecognizer} is
 * wired in. With no entities, the quote finder falls back to capitalised-name linking for speakers.
 * Stateless and thread-safe.
 */
public final class NoEntityRecognizer implements EntityRecognizer {

    @Override
    public List<EntityMention> recognize(String text, List<Sentence> sentences) {
        return List.of();
    }
}
