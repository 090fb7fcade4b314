package dev.precis.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches a web page for a user without becoming an SSRF hole: only http and https, no loopback,
 * private, link-local, carrier-grade NAT, multicast or unspecified addresses (unless the policy
 * allows them), redirects followed by hand with every hop checked again, a redirect limit, a connect
 * timeout, one total time limit for the whole fetch (redirects and body included), a size limit and a
 * clear user agent. Thread-safe; share one instance.
 *
 * <p>DNS rebinding is closed by pinning: each hop resolves its host exactly once, in the connection's
 * own resolver; if any of the answers is an internal address the whole host is refused, otherwise the
 * socket connects only to those checked addresses. A second lookup that could answer 127.0.0.1 never
 * happens. TLS certificate checks and SNI still use the host name, because the request names the
 * host. Apache HttpClient is used rather than {@code java.net.http.HttpClient} because the JDK client
 * on Java 17 resolves names itself and has no pluggable resolver, so it cannot be told which address
 * to connect to.
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
                PageDecoder.MAX_BYTES, dev.precis.model.PrecisVersion.userAgent("article extraction"), false);

        /** This policy but with loopback and private targets allowed (tests, trusted intranets). */
        public Policy allowingPrivateAddresses() {
            return new Policy(connectTimeout, totalTimeout, maxRedirects, maxBytes, userAgent, true);
        }
    }

    /** A fetched page: bytes as sent (maybe gzip), the final URL after redirects, and the Content-Type. */
    public record Page(byte[] bytes, String url, String contentType) {
    }

    /**
     * The final answer of an {@link #exchange}.
     *
     * @param status the HTTP status after redirects
     * @param bytes the body as sent (maybe gzip) for a 200, else empty
     * @param url the final URL after redirects
     * @param contentType the Content-Type, or null
     * @param headers the response headers, first value of each, names case-insensitive
     * @param permanentUrl where permanent redirects (301, 308) alone led, or null when the first redirect
     *     was temporary or there was none: the URL to use from now on
     */
    public record Response(int status, byte[] bytes, String url, String contentType, Map<String, String> headers,
                           String permanentUrl) {
    }

    /** Looks up every address of a host name; the system resolver outside tests. */
    @FunctionalInterface
    interface HostResolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /**
     * A URL a fetch would refuse for its host's internal address.
     *
     * @param message the fetch's own one-line refusal ("URL: refused, HOST resolves to the internal address A")
     * @param address the internal address, as an allow list would name it
     */
    public record Refusal(String message, String address) {
    }

    private final Policy policy;
    private final CheckingResolver addresses;
    private final CloseableHttpClient client;

    public SafeFetcher(Policy policy) {
        this(policy, InetAddress::getAllByName, InternalAllowList.NONE);
    }

    /**
     * A fetcher that may also reach the listed internal addresses (and only those) although its policy
     * refuses internal targets: for tests that run a publisher on 127.0.0.1 and for private deployments
     * reading a feed server on their own network. Every other check stays.
     */
    public SafeFetcher(Policy policy, InternalAllowList unsafeAllowed) {
        this(policy, InetAddress::getAllByName, unsafeAllowed);
    }

    /** With a scripted resolver, for tests. */
    SafeFetcher(Policy policy, HostResolver resolver) {
        this(policy, resolver, InternalAllowList.NONE);
    }

    private SafeFetcher(Policy policy, HostResolver resolver, InternalAllowList unsafeAllowed) {
        this.policy = policy;
        this.addresses = new CheckingResolver(resolver, policy.allowPrivateAddresses(), unsafeAllowed);
        ConnectionConfig connection = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(policy.connectTimeout()))
                .setSocketTimeout(Timeout.of(policy.totalTimeout()))
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(addresses)
                        .setDefaultConnectionConfig(connection)
                        .setMaxConnTotal(64).setMaxConnPerRoute(16)
                        .build())
                // a fresh connection (and so a fresh, checked lookup) for every request
                .setConnectionReuseStrategy((request, response, context) -> false)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression() // gzip bytes are passed on as sent; PageDecoder gunzips
                .disableDefaultUserAgent()
                .build();
    }

    /**
     * Fetches {@code url}.
     *
     * @throws IOException with a one-line message naming the URL and the problem (refused target,
     *     HTTP status, timeout, too large, too many redirects)
     */
    public Page fetch(String url) throws IOException {
        Response r = exchange(url, Map.of("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"));
        if (r.status() != 200) {
            throw new IOException(r.url() + ": HTTP status " + r.status());
        }
        return new Page(r.bytes(), r.url(), r.contentType());
    }

    /**
     * Looks the URL's host up as a fetch would, without fetching: the refusal a fetch would end with when the
     * host resolves to an internal address this fetcher may not reach, else empty (also for a URL or host a
     * fetch would fail on otherwise: the fetch says so). Lets a caller refuse a request before taking it on;
     * the fetch still checks its own lookup, so a host that answers differently later is refused then.
     */
    public Optional<Refusal> refusal(String url) {
        if (policy.allowPrivateAddresses()) {
            return Optional.empty(); // nothing to refuse: no lookup
        }
        String named = url;
        try {
            URI uri = parse(url);
            named = uri.toString();
            check(uri);
            addresses.resolve(uri.getHost());
        } catch (CheckingResolver.RefusedHostException r) {
            return Optional.of(new Refusal(refused(named, r), r.address.getHostAddress()));
        } catch (IOException e) {
            // not this check's refusal: the fetch reports it
        }
        return Optional.empty();
    }

    /**
     * One answer to a GET with extra request headers (a feed reader's conditional request), with the
     * same checks and limits as {@link #fetch}; any final status is returned, not thrown, and the body
     * is read only for a 200.
     *
     * @param headers request headers to add (If-None-Match, If-Modified-Since, Accept, …)
     * @throws IOException for a refused target, a timeout, a body over the size limit or a redirect problem
     */
    public Response exchange(String url, Map<String, String> headers) throws IOException {
        URI uri = parse(url);
        String permanent = null;
        boolean allPermanent = true;
        long deadline = System.nanoTime() + policy.totalTimeout().toNanos();
        for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
            check(uri);
            long remaining = Math.max(1, deadline - System.nanoTime());
            HttpGet request = new HttpGet(uri);
            request.setConfig(RequestConfig.custom()
                    .setResponseTimeout(Timeout.of(remaining, TimeUnit.NANOSECONDS))
                    .setConnectionRequestTimeout(Timeout.of(policy.connectTimeout()))
                    .setRedirectsEnabled(false)
                    .setContentCompressionEnabled(false)
                    .setProtocolUpgradeEnabled(false)
                    .setExpectContinueEnabled(false)
                    .setAuthenticationEnabled(false)
                    .build());
            request.setHeader("Accept", "*/*");
            headers.forEach(request::setHeader);
            request.setHeader("User-Agent", policy.userAgent());
            request.setHeader("Accept-Encoding", "gzip");
            // the total limit also covers a body that trickles in: cancelling closes the socket
            ScheduledFuture<?> alarm = Alarms.TIMER.schedule(request::cancel, remaining, TimeUnit.NANOSECONDS);
            ClassicHttpResponse response = null;
            try {
                try {
                    response = client.executeOpen(null, request, null);
                } catch (IOException e) {
                    throw problem(uri, e, deadline);
                } catch (IllegalStateException e) {
                    // the alarm cancelled the request between the connection's lease and its use:
                    // HttpClient reports that as "Endpoint not acquired / already released"
                    if (request.isCancelled()) {
                        throw new IOException(uri + ": timed out");
                    }
                    throw e;
                }
                int status = response.getCode();
                if (status >= 300 && status < 400 && status != 304) {
                    Header location = response.getFirstHeader("Location");
                    if (location == null) {
                        throw new IOException(uri + ": redirect " + status + " without a Location");
                    }
                    uri = resolve(uri, location.getValue());
                    allPermanent &= status == 301 || status == 308;
                    permanent = allPermanent ? uri.toString() : permanent;
                    continue;
                }
                Map<String, String> answer = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                for (Header h : response.getHeaders()) {
                    answer.putIfAbsent(h.getName(), h.getValue());
                }
                String contentType = answer.get("Content-Type");
                HttpEntity entity = response.getEntity();
                if (status != 200 || entity == null) {
                    return new Response(status, new byte[0], uri.toString(), contentType, answer, permanent);
                }
                if (entity.getContentLength() > policy.maxBytes()) {
                    throw new IOException(uri + ": the page is larger than " + policy.maxBytes() + " bytes");
                }
                byte[] bytes;
                try {
                    InputStream in = entity.getContent();
                    bytes = in.readNBytes(policy.maxBytes() + 1);
                } catch (IOException e) {
                    throw problem(uri, e, deadline);
                }
                if (bytes.length > policy.maxBytes()) {
                    throw new IOException(uri + ": the page is larger than " + policy.maxBytes() + " bytes");
                }
                return new Response(status, bytes, uri.toString(), contentType, answer, permanent);
            } finally {
                alarm.cancel(false);
                // closing a response whose body was not read to the end would read the rest (the
                // size limit!); cancelling first drops the connection instead
                request.cancel();
                if (response != null) {
                    try {
                        response.close();
                    } catch (IOException | RuntimeException ignored) {
                        // the connection is gone either way
                    }
                }
            }
        }
        throw new IOException(url + ": more than " + policy.maxRedirects() + " redirects");
    }

    /** The one-line message for a failed exchange. */
    private static IOException problem(URI uri, IOException e, long deadline) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CheckingResolver.RefusedHostException r) {
                return new IOException(refused(uri.toString(), r));
            }
        }
        if (Thread.currentThread().isInterrupted()) {
            return new IOException(uri + ": interrupted");
        }
        if (e instanceof InterruptedIOException || System.nanoTime() - deadline >= 0) {
            return new IOException(uri + ": timed out");
        }
        if (e instanceof UnknownHostException) {
            return new IOException(uri + ": unknown host " + uri.getHost());
        }
        return new IOException(uri + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    }

    private static String refused(String url, CheckingResolver.RefusedHostException r) {
        return url + ": refused, " + r.host + " resolves to the internal address " + r.address.getHostAddress();
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

    /** Scheme and host; the addresses are checked when the connection resolves the host. */
    private static void check(URI uri) throws IOException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IOException(uri + ": refused, only http and https URLs are fetched");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IOException(uri + ": refused, the URL has no host");
        }
    }

    /** One daemon thread that cancels exchanges past their total time limit. */
    private static final class Alarms {
        static final ScheduledThreadPoolExecutor TIMER = create();

        private static ScheduledThreadPoolExecutor create() {
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "precis-fetch-deadline");
                t.setDaemon(true);
                return t;
            });
            timer.setRemoveOnCancelPolicy(true);
            return timer;
        }
    }
}
