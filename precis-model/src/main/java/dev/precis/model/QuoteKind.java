package dev.precis.model;

/** Whether a quote reproduces the speaker's words or reports them. */
public enum QuoteKind {
    /** Words in quotation marks attributed to a speaker. */
    DIRECT,
    /** Reported speech: "X said that …", "according to X". */
    INDIRECT
}
