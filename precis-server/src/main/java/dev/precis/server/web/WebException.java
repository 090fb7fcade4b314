package dev.precis.server.web;

/**
 * A reader request that cannot be answered, with the HTTP status saying whose fault it is (400 bad
 * parameter, 401 not signed in, 403 bad CSRF token, 404 nothing there). Rendered as an error page.
 */
final class WebException extends RuntimeException {

    private final int status;

    WebException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static WebException notFound(String what) {
        return new WebException(404, what + " was not found.");
    }

    static WebException badRequest(String message) {
        return new WebException(400, message);
    }
}
