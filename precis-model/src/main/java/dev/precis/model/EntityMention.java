package dev.precis.model;

import java.util.Objects;

/**
 * One mention of a named entity in an article, linked to the entity's canonical name
 * ("Lavrov" → "Sergey Lavrov"). Immutable and thread-safe.
 *
 * @param range the mention's characters in the article text
 * @param type entity type
 * @param canonical the canonical name of the entity this mention refers to
 * @param title a role or title found with the entity ("Deputy Foreign Minister"), or null
 */
public record EntityMention(TextRange range, EntityType type, String canonical, String title) {

    public EntityMention {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(canonical, "canonical");
    }
}
