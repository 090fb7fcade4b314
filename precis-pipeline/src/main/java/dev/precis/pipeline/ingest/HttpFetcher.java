package dev.precis.pipeline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * Fetches a page or feed over HTTP(S) with time and size limits, so a slow or huge server cannot stall
 * or exhaust a batch. A stand-in until the extraction module's safe fetcher lands. Thread-safe.
 */
final class HttpFetcher {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private final HttpClient client;
    private final Duration timeout;

    HttpFetcher(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The body as text; the message of the exception names the URL and the problem. */
    String fetch(String url) throws IOException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a URL: " + url);
        }
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IOException("only http and https URLs are fetched: " + url);
        }
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", "precis/0.1").GET().build();
        try {
            HttpResponse<InputStream> resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = resp.body()) {
                if (resp.statusCode() >= 400) {
                    throw new IOException("HTTP " + resp.statusCode() + " from " + url);
                }
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new IOException("larger than " + MAX_BYTES / (1024 * 1024) + " MB: " + url);
                }
                return new String(bytes, charset(resp.headers().firstValue("content-type").orElse("")));
            }
        } catch (HttpTimeoutException e) {
            throw new IOException("timed out after " + timeout.toSeconds() + " s: " + url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + url);
        } catch (IOException e) {
            throw e.getMessage() != null && e.getMessage().contains(url) ? e
                    : new IOException("cannot fetch " + url + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private static Charset charset(String contentType) {
        int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (at >= 0) {
            String name = contentType.substring(at + 8).replace("\"", "").split("[;\\s]")[0];
            try {
                return Charset.forName(name);
            } catch (RuntimeException ignored) {
                // unknown charset name: fall through to UTF-8
            }
        }
        return StandardCharsets.UTF_8;
    }
}
