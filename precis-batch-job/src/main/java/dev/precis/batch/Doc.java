package dev.precis.batch;

import java.io.Serializable;

/**
 * One document read from an input, before extraction; or, when {@code failure} is set, an input part
 * that could not be read (a truncated gzip member, a WARC record that is no HTML, a bad JSONL line).
 * Immutable.
 *
 * @param id the container's id (JSONL "id"), or the origin
 * @param origin where it came from: {@code file}, {@code file:line} or {@code file@offset} (WARC)
 * @param url the page's URL, or null
 * @param content text or HTML; null for a failure
 * @param html whether {@code content} is HTML
 * @param title a title given by the container, or null
 * @param published an ISO date given by the container, or null
 * @param fetched when the page was fetched (ISO-8601 instant: a WARC record's date, a JSONL "fetched"), or
 *     null when unknown (a file): the page's relative dates ("3 hours ago") are then not read
 * @param failure why the part could not be read, or null
 * @param textFile whether {@code content} is a whole plain-text file ({@code .txt}), read as {@code precis ingest}
 *     reads one (a first line standing alone is the title; pasted page chrome is dropped), not as a JSONL
 *     line's {@code text}, which the batch contracts take as the article's text verbatim
 */
public record Doc(String id, String origin, String url, String content, boolean html, String title, String published,
                  String fetched, String failure, boolean textFile) implements Serializable {

    /** A document that is no plain-text file (HTML, a JSONL line, a WARC record, a failure). */
    public Doc(String id, String origin, String url, String content, boolean html, String title, String published,
               String fetched, String failure) {
        this(id, origin, url, content, html, title, published, fetched, failure, false);
    }

    static Doc failed(String origin, String reason) {
        return new Doc(origin, origin, null, null, false, null, null, null, reason);
    }
}
