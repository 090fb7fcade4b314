package dev.precis.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A small publisher on 127.0.0.1 for the feed tests (poller, API, command line): serves feeds and pages through scripted
 * routes, logs every request with the (injected) time it arrived and its headers, and tracks how many
 * requests were in progress at once. Also writes made-up article pages and RSS feeds.
 */
public final class TestPublisher implements AutoCloseable {

    /** One logged request. */
    public record Hit(String path, Instant at, String ifNoneMatch, String ifModifiedSince, String userAgent, int status) {
    }

    /** One scripted answer; {@code endless} streams bytes until the client goes, {@code delayMs} stalls first. */
    public record Answer(int status, Map<String, String> headers, byte[] body, long delayMs, boolean endless) {
        public static Answer of(int status, String body, Map<String, String> headers) {
            return new Answer(status, headers, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8), 0, false);
        }
    }

    /** A request as the routes see it. */
    public record Request(String path, String ifNoneMatch, String ifModifiedSince) {
    }

    private final HttpServer server;
    private final Map<String, Function<Request, Answer>> routes = new ConcurrentHashMap<>();
    public final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    public final AtomicInteger maxInFlight = new AtomicInteger();
    private final Supplier<Instant> clock;

    public TestPublisher(Supplier<Instant> clock) throws IOException {
        this.clock = clock;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-publisher");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void route(String path, Function<Request, Answer> answer) {
        routes.put(path, answer);
    }

    public List<Hit> hits(String path) {
        return hits.stream().filter(h -> h.path().equals(path)).toList();
    }

    /**
     * Serves an RSS feed at {@code path} with ETag {@code "tag"} (a matching If-None-Match gets a 304):
     * {@code n} items with GUIDs {@code tag0}, {@code tag1}, … and short teasers, so that their pages are
     * fetched; item i links to {@code /page/i.html}, the made-up article of seed {@code seed + i},
     * answered after {@code pageDelayMs}. Returns the items.
     */
    public List<Item> feedWithPages(String path, String tag, int n, long seed, long pageDelayMs) {
        String base = base();
        List<Item> items = listOf(n, i -> new Item(tag + i, base + "/page/" + i + ".html", article(seed + i)[0],
                Instant.parse("2026-03-02T08:00:00Z").plusSeconds(60L * i), "teaser"));
        String etag = "\"" + tag + "\"";
        String rss = rss("Feed " + tag, items);
        route(path, req -> etag.equals(req.ifNoneMatch()) ? Answer.of(304, null, Map.of("ETag", etag))
                : Answer.of(200, rss, Map.of("ETag", etag)));
        for (int i = 0; i < n; i++) {
            byte[] page = page(seed + i).getBytes(StandardCharsets.UTF_8);
            route("/page/" + i + ".html", req -> new Answer(200, Map.of("Content-Type", "text/html"), page, pageDelayMs, false));
        }
        return items;
    }

    /** Requests for article pages ({@code /page/…}) so far. */
    public int pageHits() {
        return (int) hits.stream().filter(h -> h.path().startsWith("/page/")).count();
    }

    private void handle(HttpExchange ex) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        boolean counted = true;
        try {
            String path = ex.getRequestURI().getPath();
            Request req = new Request(path, ex.getRequestHeaders().getFirst("If-None-Match"), ex.getRequestHeaders().getFirst("If-Modified-Since"));
            Function<Request, Answer> route = routes.get(path);
            Answer a = route == null ? Answer.of(404, "no such page", Map.of()) : route.apply(req);
            hits.add(new Hit(path, clock.get(), req.ifNoneMatch(), req.ifModifiedSince(), ex.getRequestHeaders().getFirst("User-Agent"), a.status()));
            if (a.delayMs() > 0) {
                Thread.sleep(a.delayMs());
            }
            a.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            // counted until the answer starts: a client that waits for it cannot overlap in this count
            inFlight.decrementAndGet();
            counted = false;
            if (a.endless()) {
                ex.sendResponseHeaders(a.status(), 0);
                byte[] chunk = "<item><title>again</title></item>".repeat(2000).getBytes(StandardCharsets.UTF_8);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write("<rss version=\"2.0\"><channel><title>Endless</title>".getBytes(StandardCharsets.UTF_8));
                    while (true) {
                        out.write(chunk);
                    }
                }
            }
            boolean empty = a.body().length == 0 || a.status() == 304;
            ex.sendResponseHeaders(a.status(), empty ? -1 : a.body().length);
            if (!empty) {
                ex.getResponseBody().write(a.body());
            }
        } catch (IOException | InterruptedException e) {
            // the client went away (timeouts, size limits): expected in these tests
        } finally {
            if (counted) {
                inFlight.decrementAndGet();
            }
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ---- made-up content -------------------------------------------------------------------

    private static final String[] WHO = {"The harbour council", "A group of fishermen", "The regional ferry company", "Local teachers",
        "The mayor of Kellan Bay", "Farmers in the northern valley", "The coast guard", "Residents of Old Quay", "The museum board",
        "A team of engineers", "The hospital trust", "Shop owners on Mill Street", "The rowing club", "Volunteers from the library",
        "The water authority", "Students at the college", "The lighthouse trust", "Bus drivers", "The chamber of commerce", "Nurses"};
    private static final String[] DID = {"approved a plan to repair", "asked for more money for", "voted against closing",
        "opened a public debate on", "finished the first survey of", "raised concerns about", "agreed to rebuild", "postponed work on",
        "published a report on", "launched a campaign to protect", "began a review of", "celebrated the reopening of"};
    private static final String[] WHAT = {"the old stone pier", "the northern footbridge", "the winter ferry timetable", "the town archive",
        "the flood barrier", "the children's playground", "the fish market hall", "the coastal cycle path", "the village school roof",
        "the harbour crane", "the lifeboat station", "the market square fountain", "the river embankment", "the community garden"};
    private static final String[] WHEN = {"on Monday", "this week", "after a long meeting", "before the spring storms", "late on Friday",
        "despite heavy rain", "for the first time in years", "at a crowded hearing", "with little warning", "after months of talks"};
    private static final String[] WHY = {"because costs have risen sharply", "after complaints from visitors", "to meet new safety rules",
        "so that boats can moor safely", "while the budget is still open", "as the tourist season approaches",
        "following a vote by members", "to protect homes from flooding", "after engineers found cracks", "to keep the service running"};

    /** A made-up news article: a title and five paragraphs of distinct sentences from {@code seed}. */
    public static String[] article(long seed) {
        Random r = new Random(seed);
        String title = pick(r, WHO) + " " + pick(r, DID) + " " + pick(r, WHAT);
        StringBuilder html = new StringBuilder();
        for (int p = 0; p < 5; p++) {
            StringBuilder para = new StringBuilder();
            for (int s = 0; s < 3; s++) {
                para.append(pick(r, WHO)).append(' ').append(pick(r, DID)).append(' ').append(pick(r, WHAT)).append(' ')
                        .append(pick(r, WHEN)).append(' ').append(pick(r, WHY)).append(", said spokesperson number ")
                        .append(r.nextInt(100_000)).append(". ");
            }
            html.append("<p>").append(para.toString().strip()).append("</p>\n");
        }
        return new String[] {title, html.toString()};
    }

    /** The article as a page. */
    public static String page(long seed) {
        String[] a = article(seed);
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + a[0] + " | Coast Times</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a></nav><article><h1>" + a[0] + "</h1>"
                + a[1] + "</article><footer>Coast Times</footer></body></html>";
    }

    /** An RSS 2.0 item. */
    public record Item(String guid, String link, String title, Instant published, String description) {
    }

    public static String rss(String title, List<Item> items) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>")
                .append(title).append("</title><link>http://127.0.0.1/</link><description>test</description>\n");
        for (Item i : items) {
            sb.append("<item>");
            if (i.title() != null) {
                sb.append("<title>").append(i.title()).append("</title>");
            }
            if (i.link() != null) {
                sb.append("<link>").append(i.link()).append("</link>");
            }
            if (i.guid() != null) {
                sb.append("<guid isPermaLink=\"false\">").append(i.guid()).append("</guid>");
            }
            if (i.published() != null) {
                sb.append("<pubDate>").append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(i.published().atZone(java.time.ZoneOffset.UTC))).append("</pubDate>");
            }
            if (i.description() != null) {
                sb.append("<description><![CDATA[").append(i.description()).append("]]></description>");
            }
            sb.append("</item>\n");
        }
        return sb.append("</channel></rss>\n").toString();
    }

    public static <T> List<T> listOf(int n, java.util.function.IntFunction<T> f) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(f.apply(i));
        }
        return out;
    }

    private static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }
}
