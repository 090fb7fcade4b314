package dev.precis.store;

import dev.precis.model.EntityType;

/**
 * An entity mentioned in an article and how often. Immutable.
 *
 * @param canonical canonical name
 * @param type entity type
 * @param mentions number of mentions
 */
public record EntityCount(String canonical, EntityType type, int mentions) {
}
