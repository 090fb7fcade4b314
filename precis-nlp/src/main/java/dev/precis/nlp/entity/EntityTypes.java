package dev.precis.nlp.entity;

import dev.precis.model.EntityType;
import java.util.Locale;

/** Maps corpus tag names and OpenNLP span types to {@link EntityType}. */
final class EntityTypes {

    static final String PERSON = "person";
    static final String ORGANIZATION = "organization";
    static final String LOCATION = "location";
    static final String MISC = "misc";

    private EntityTypes() {
    }

    /**
     * The OpenNLP type for a corpus tag type ("PER", "person", "GPE", …), or null for none. CrossNER's
     * politicians and parties, WNUT-17's corporations and groups (bands, teams, parties) and re3d's
     * nationalities are mapped to the CoNLL types they correspond to.
     */
    static String fromTag(String tag, boolean keepMisc) {
        return switch (tag.toUpperCase(Locale.ROOT)) {
            case "PER", "PERSON", "POLITICIAN" -> PERSON;
            case "ORG", "ORGANIZATION", "ORGANISATION", "POLITICALPARTY", "CORPORATION", "GROUP" -> ORGANIZATION;
            case "LOC", "LOCATION", "GPE", "PLACE", "COUNTRY" -> LOCATION;
            case "MISC", "NORP", "NATIONALITY" -> keepMisc ? MISC : null;
            default -> null;
        };
    }

    static EntityType toEntityType(String type) {
        return switch (type) {
            case PERSON -> EntityType.PERSON;
            case ORGANIZATION -> EntityType.ORGANIZATION;
            case LOCATION -> EntityType.LOCATION;
            default -> EntityType.MISC;
        };
    }

    static String fromEntityType(EntityType type) {
        return switch (type) {
            case PERSON -> PERSON;
            case ORGANIZATION -> ORGANIZATION;
            case LOCATION -> LOCATION;
            case MISC -> MISC;
        };
    }
}
