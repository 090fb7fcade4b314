package dev.precis.extract;

/** Checks shared by the fuzz targets of this module. */
final class FuzzChecks {

    private FuzzChecks() {
    }

    /** An error message must be one non-empty line: the CLI and the API print it as it is. */
    static void oneLine(String message) {
        if (message == null || message.isBlank() || message.indexOf('\n') >= 0) {
            throw new IllegalStateException("error message is not one line: " + message);
        }
    }
}
