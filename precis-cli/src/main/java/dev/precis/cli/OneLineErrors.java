package dev.precis.cli;

import picocli.CommandLine;

/**
 * Prints any failure of a command as one line naming the problem, and maps it to an exit code:
 * 2 for bad input or usage ({@link UserInputException}, {@link IllegalArgumentException}),
 * 1 for anything else. A stack trace is printed only when {@code PRECIS_DEBUG} is set.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cmd.getErr().println("precis: " + message.replace('\n', ' '));
        if (System.getenv("PRECIS_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        }
        return ex instanceof UserInputException || ex instanceof IllegalArgumentException ? 2 : 1;
    }
}
