package dev.precis.ingest;

import dev.precis.extract.ExtractionException;
import dev.precis.extract.InternalAllowList;
import dev.precis.extract.PageDecoder;
import dev.precis.extract.SafeFetcher;
import java.io.IOException;
import java.time.Duration;

/**
 * Fetches a page or feed for ingestion through the extraction module's {@link SafeFetcher} (SSRF
 * checks on every redirect hop, time and size limits) and decodes it to text with
 * {@link PageDecoder} (BOM, header and meta charset, gzip). Not final: the fuzz tests serve pages
 * without a network. Thread-safe.
 */
class HttpFetcher {

    private final SafeFetcher fetcher;

    HttpFetcher(Duration timeout, boolean allowPrivateAddresses) {
        this(timeout, allowPrivateAddresses, InternalAllowList.NONE);
    }

    /** As above, also reaching the listed internal addresses (and only those) when private ones are refused. */
    HttpFetcher(Duration timeout, boolean allowPrivateAddresses, InternalAllowList unsafeAllowed) {
        SafeFetcher.Policy d = SafeFetcher.Policy.DEFAULT;
        this.fetcher = new SafeFetcher(new SafeFetcher.Policy(min(d.connectTimeout(), timeout), timeout,
                d.maxRedirects(), d.maxBytes(), d.userAgent(), allowPrivateAddresses), unsafeAllowed);
    }

    /**
     * For a subclass that serves every fetch itself (the fuzz tests): no HTTP client is built, which would
     * otherwise cost a connection pool per instance.
     */
    HttpFetcher() {
        this.fetcher = null;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The body as text; the exception's message names the URL and the problem. */
    String fetch(String url) throws IOException {
        SafeFetcher.Page page = fetcher.fetch(url);
        try {
            return PageDecoder.decode(page.bytes(), page.contentType());
        } catch (ExtractionException e) {
            throw new IOException(url + ": " + e.getMessage());
        }
    }
}
