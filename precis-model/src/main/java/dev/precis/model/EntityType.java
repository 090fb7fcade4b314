package dev.precis.model;

/** Kinds of named entity Precis recognises. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC
}
