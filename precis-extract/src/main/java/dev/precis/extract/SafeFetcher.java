package dev.precis.extract;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Fetches a web page for a user without becoming an SSRF hole: only http and https, no loopback,
 * private, link-local, carrier-grade NAT, multicast or unspecified addresses (unless the policy
 * allows them), redirects followed by hand with every hop checked again, a redirect limit, connect
 * and total timeouts, a size limit and a clear user agent. Thread-safe; share one instance.
 *
 * <p>Limitation: the address is checked by resolving the host before the request; a DNS server that
 * answers differently a moment later (rebinding) is not defended against here.
 *
 * <pre>{@code
 * SafeFetcher fetcher = new SafeFetcher(SafeFetcher.Policy.DEFAULT);
 * SafeFetcher.Page page = fetcher.fetch("https://example.com/news/1");
 * }</pre>
 */
public final class SafeFetcher {

    /** What the fetcher may do. Immutable. */
    public record Policy(Duration connectTimeout, Duration totalTimeout, int maxRedirects, int maxBytes,
                         String userAgent, boolean allowPrivateAddresses) {

        public static final Policy DEFAULT = new Policy(Duration.ofSeconds(10), Duration.ofSeconds(30), 5,
                PageDecoder.MAX_BYTES, "precis/0.1 (+https://github.com/precis-news; article extraction)", false);

        /** This policy but with loopback and private targets allowed (tests, trusted intranets). */
        public Policy allowingPrivateAddresses() {
            return new Policy(connectTimeout, totalTimeout, maxRedirects, maxBytes, userAgent, true);
        }
    }

    /** A fetched page: bytes as sent (maybe gzip), the final URL after redirects, and the Content-Type. */
    public record Page(byte[] bytes, String url, String contentType) {
    }

    private final Policy policy;
    private final HttpClient client;

    public SafeFetcher(Policy policy) {
        this.policy = policy;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(policy.connectTimeout())
                .build();
    }

    /**
     * Fetches {@code url}.
     *
     * @throws IOException with a one-line message naming the URL and the problem (refused target,
     *     HTTP status, timeout, too large, too many redirects)
     */
    public Page fetch(String url) throws IOException {
        URI uri = parse(url);
        for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
            check(uri);
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(policy.totalTimeout())
                    .header("User-Agent", policy.userAgent())
                    .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
                    .header("Accept-Encoding", "gzip")
                    .GET().build();
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(uri + ": interrupted");
            } catch (java.net.http.HttpTimeoutException e) {
                throw new IOException(uri + ": timed out");
            } catch (IOException e) {
                throw new IOException(uri + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                response.body().close();
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new IOException(uri + ": redirect " + status + " without a Location");
                }
                uri = resolve(uri, location);
                continue;
            }
            try (InputStream in = response.body()) {
                if (status != 200) {
                    throw new IOException(uri + ": HTTP status " + status);
                }
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > policy.maxBytes()) {
                    throw new IOException(uri + ": the page is larger than " + policy.maxBytes() + " bytes");
                }
                byte[] bytes = in.readNBytes(policy.maxBytes() + 1);
                if (bytes.length > policy.maxBytes()) {
                    throw new IOException(uri + ": the page is larger than " + policy.maxBytes() + " bytes");
                }
                return new Page(bytes, uri.toString(), response.headers().firstValue("Content-Type").orElse(null));
            }
        }
        throw new IOException(url + ": more than " + policy.maxRedirects() + " redirects");
    }

    private static URI parse(String url) throws IOException {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IOException(url + ": not a valid URL");
        }
    }

    private static URI resolve(URI base, String location) throws IOException {
        try {
            return base.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException(base + ": redirect to an invalid URL " + location);
        }
    }

    private void check(URI uri) throws IOException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IOException(uri + ": refused, only http and https URLs are fetched");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IOException(uri + ": refused, the URL has no host");
        }
        if (policy.allowPrivateAddresses()) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new IOException(uri + ": unknown host " + host);
        }
        for (InetAddress a : addresses) {
            if (isInternal(a)) {
                throw new IOException(uri + ": refused, " + host + " resolves to the internal address "
                        + a.getHostAddress());
            }
        }
    }

    /** True for addresses a public fetcher must not reach. */
    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 100 && second >= 64 && second < 128 // carrier-grade NAT
                    || first == 192 && second == 0 && (b[2] & 0xff) == 0 || first >= 240;
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
