package dev.precis.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The checks {@link ArticleIntake} runs on what a client sends before anything is fetched or stored:
 * URLs, publication dates and the size of pasted text. Each failure is an {@link IntakeException} whose
 * one-line message names the field and the problem.
 */
public final class IntakeChecks {

    private IntakeChecks() {
    }

    /** An absolute http(s) URL with a host, or a BAD_URL problem naming it. */
    public static URI checkUrl(String url) throws IntakeException {
        if (url == null || url.isBlank()) {
            throw new IntakeException(IntakeException.Problem.BAD_URL, "url: empty, give an http or https URL");
        }
        String u = url.strip();
        if (u.length() > ArticleIntake.MAX_URL_CHARS) {
            throw new IntakeException(IntakeException.Problem.BAD_URL, "url: longer than " + ArticleIntake.MAX_URL_CHARS + " characters");
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new IntakeException(IntakeException.Problem.BAD_URL, "url: not a valid URL: " + shorten(u));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IntakeException(IntakeException.Problem.BAD_URL, "url: only http and https URLs are accepted: " + shorten(u));
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IntakeException(IntakeException.Problem.BAD_URL, "url: has no host: " + shorten(u));
        }
        if (uri.getRawUserInfo() != null) {
            // never fetched: the fetcher would refuse it (a 502), and credentials do not belong in a stored URL
            throw new IntakeException(IntakeException.Problem.BAD_URL, "url: must not carry a user name or password");
        }
        return uri;
    }

    /** Null, or the date as given when it is an ISO 8601 date or date-time with offset. */
    public static String checkDate(String published) throws IntakeException {
        if (published == null || published.isBlank()) {
            return null;
        }
        String p = published.strip();
        try {
            return p.length() <= 10 ? LocalDate.parse(p).toString() : OffsetDateTime.parse(p).toString();
        } catch (DateTimeParseException e) {
            throw new IntakeException(IntakeException.Problem.BAD_DATE,
                    "published: not an ISO 8601 date (2024-11-25) or date-time with offset: " + shorten(p));
        }
    }

    static String shorten(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
