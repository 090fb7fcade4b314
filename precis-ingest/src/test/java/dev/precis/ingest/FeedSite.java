package dev.precis.ingest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A publisher on 127.0.0.1 for the feed tests: one answer for every path, and RSS made of invented items. */
final class FeedSite implements AutoCloseable {

    /** An invented item text long enough to stand in for its page ({@link FeedText#MIN_WORDS}). */
    static final String PIER_PARAGRAPH = "The harbour council of Lowmere voted on Tuesday to rebuild the old stone pier"
            + " before the winter storms, after engineers found that two of its timber supports had rotted through"
            + " and the ferry landing had begun to sink by several centimetres every month.";

    /** The pier item's page: the council's vote told at length, with its engineer and her caissons. */
    static final String PIER_PAGE = "<html><head><title>Lowmere pier to rest on concrete caissons</title></head><body>"
            + "<article><h1>Lowmere pier to rest on concrete caissons</h1>"
            + "<p>The harbour council of Lowmere voted on Tuesday to rebuild the old stone pier before the winter storms. Engineers"
            + " found that two of its timber supports had rotted through and that the ferry landing had begun to sink.</p>"
            + "<p>The new pier will stand on six concrete caissons sunk into the clay of the harbour floor, each filled with"
            + " gravel from the quarry at Dunmoor. The council's engineer, Hedda Marlow, said the caissons would carry the"
            + " landing for at least eighty years without the yearly repairs the timber needed.</p>"
            + "<p>Work begins in October and should take nine weeks. During that time the ferry will land at the fishing quay"
            + " on the north side of the harbour, where a temporary ramp is being built by the same contractor.</p>"
            + "<p>Fishermen who use the quay asked the council to keep one berth free for their boats in the mornings, and"
            + " the council agreed to mark the berth and to post a warden there while the ramp is in use.</p>"
            + "</article></body></html>";

    /** What the site answers to a request for a path. */
    record Reply(int status, String contentType, String body) {
    }

    interface Answers {
        Reply to(String path);
    }

    private final HttpServer server;
    /** {@code http://127.0.0.1:PORT}. */
    final String base;

    FeedSite(Answers answers) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            Reply r = answers.to(ex.getRequestURI().getPath());
            byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", r.contentType());
            ex.sendResponseHeaders(r.status(), bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** An RSS feed of the Lowmere Gazette with these items ({@link #item}). */
    String rss(String... items) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Lowmere Gazette</title><link>" + base + "</link>"
                + "<description>d</description>" + String.join("", items) + "</channel></rss>";
    }

    /** An item linking to {@code /news/GUID} on this site. */
    String item(String title, String guid, String description) {
        return "<item><title>" + title + "</title><link>" + base + "/news/" + guid + "</link><guid>" + guid + "</guid>"
                + "<description>" + description + "</description></item>";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
