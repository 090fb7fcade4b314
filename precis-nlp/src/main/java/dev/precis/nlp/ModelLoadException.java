package dev.precis.nlp;

/**
 * A model that ships with Precis (or one a user pointed to) could not be loaded: a deployment
 * problem, not a problem with the text being analysed. The message names the model and the cause.
 */
public final class ModelLoadException extends RuntimeException {

    public ModelLoadException(String message) {
        super(message);
    }

    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
