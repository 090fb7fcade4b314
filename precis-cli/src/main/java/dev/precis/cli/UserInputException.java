package dev.precis.cli;

/** The user's input (a file, a flag, a line of JSONL) is unusable; the message names it and why. */
public final class UserInputException extends RuntimeException {

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
