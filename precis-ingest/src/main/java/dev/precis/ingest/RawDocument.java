package dev.precis.ingest;

/**
 * One document as read from its origin, before extraction. Immutable.
 *
 * @param content the text or markup
 * @param html true when {@code content} is HTML
 * @param url the document's URL, or null
 * @param title a title given by the container (JSONL field, feed entry), or null
 * @param published an ISO date given by the container, or null
 * @param id an id given by the container, or null
 */
record RawDocument(String content, boolean html, String url, String title, String published, String id) {
}
