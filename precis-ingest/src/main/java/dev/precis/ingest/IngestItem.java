package dev.precis.ingest;

/**
 * One unit of work: where it comes from (a path, {@code path:line}, a URL), its source name, and how
 * to read it. Reading may fail with a one-line reason. Immutable.
 *
 * @param origin path, path:line or URL, as shown in reports
 * @param source source name stored with the article
 * @param reader reads the document
 */
record IngestItem(String origin, String source, Reader reader) {

    /** Reads one document; the exception message says what is wrong with the input. */
    interface Reader {
        RawDocument read() throws Exception;
    }
}
