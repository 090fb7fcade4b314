package dev.precis.ingest;

import java.time.Instant;

/**
 * One document as read from its origin, before extraction. Immutable.
 *
 * @param content the text or markup
 * @param html true when {@code content} is HTML
 * @param url the document's URL, or null
 * @param title a title given by the container (JSONL field, feed entry), or null
 * @param published an ISO date given by the container, or null
 * @param id an id given by the container, or null
 * @param stored true for a page read from storage (a saved file, standard input, a JSONL line) rather
 *     than fetched just now: its relative dates ("vor 2 Tagen") count from {@code fetched}, not today
 * @param fetched when a stored page was fetched, or null when unknown (then relative dates are not read)
 * @param textNote where the text came from when it is not the page at {@code url} (a feed item's own text
 *     standing in for a page that could not be fetched), stored with the article; null otherwise
 */
record RawDocument(String content, boolean html, String url, String title, String published, String id,
                   boolean stored, Instant fetched, String textNote) {

    /** A document without a note on its text. */
    RawDocument(String content, boolean html, String url, String title, String published, String id,
                boolean stored, Instant fetched) {
        this(content, html, url, title, published, id, stored, fetched, null);
    }

    /** A document fetched just now (a URL, a feed entry). */
    RawDocument(String content, boolean html, String url, String title, String published, String id) {
        this(content, html, url, title, published, id, false, null);
    }
}
