package dev.precis.server;

/**
 * Why an article could not be added: the problem (which decides the HTTP status) and a one-line
 * message naming the input. Immutable.
 */
public final class IntakeException extends Exception {

    /** What went wrong, and whose fault it is. */
    public enum Problem {
        /** No text, or only white space. */
        EMPTY_TEXT(400),
        /** Not an absolute http or https URL. */
        BAD_URL(400),
        /** A published date that is not ISO 8601. */
        BAD_DATE(400),
        /** A title, text or list beyond the limits. */
        TOO_LARGE(413),
        /** The URL points at a loopback, private or otherwise internal address. */
        REFUSED_ADDRESS(400),
        /** The page did not answer in time. */
        FETCH_TIMEOUT(504),
        /** The page could not be fetched (unknown host, HTTP error, too large). */
        FETCH_FAILED(502),
        /** The page or text holds no article. */
        NO_ARTICLE(422),
        /** Another bulk ingest is running. */
        BUSY(429),
        /**
         * The input was valid and the article is stored, but the search index refused it: the server's failure, not the
         * client's (a retry answers "duplicate"); the article is searchable once the server opens the library again.
         */
        NOT_INDEXED(500);

        private final int httpStatus;

        Problem(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        /** The HTTP status the REST layer answers with. */
        public int httpStatus() {
            return httpStatus;
        }
    }

    private final Problem problem;

    public IntakeException(Problem problem, String message) {
        super(message.lines().findFirst().orElse(message), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
