package dev.precis.ingest;

/**
 * An item that could not be ingested. Immutable.
 *
 * @param origin path, path:line or URL
 * @param reason one line saying why
 */
public record IngestFailure(String origin, String reason) {
}
