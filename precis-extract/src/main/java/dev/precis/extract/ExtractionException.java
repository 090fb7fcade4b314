package dev.precis.extract;

/** This input holds no article (the input's fault, not ours). The message says why, in one line. */
public final class ExtractionException extends Exception {

    public ExtractionException(String message) {
        super(message);
    }
}
