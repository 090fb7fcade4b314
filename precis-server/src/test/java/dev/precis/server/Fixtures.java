package dev.precis.server;

import com.sun.net.httpserver.HttpServer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Short articles written for these tests (invented towns, people and events). Two of them are about
 * the same harbour-bridge dispute so they form a story; one carries markup in its title and a quote
 * with a closing script tag, to check that the API returns such content as plain JSON data.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** A fixture article: title, body and publication date. */
    public record Item(String title, String text, String published) {
    }

    public static final Item BRIDGE_CLOSED = new Item("Harbour bridge in Eastmoor closes for repairs", """
            The harbour bridge in Eastmoor closed on Monday after engineers found cracks in two of its steel cables.
            
            Mayor Helena Marsh said the closure would last at least three weeks. "We will not take risks with people's lives," Marsh told reporters at the town hall.
            
            The Eastmoor Harbour Authority said ferries would run every twenty minutes while the bridge stays shut. Traders on the east bank warned that they would lose customers.
            
            "Every day without the bridge costs us money," said Tomas Reyes, who runs a bakery near the harbour. The authority promised to publish a repair schedule by Friday.
            
            Engineers first inspected the cables in March 2023, when they reported only minor wear.
            """, "2024-03-04");

    public static final Item BRIDGE_REOPENS = new Item("Eastmoor harbour bridge reopens after cable repairs", """
            The harbour bridge in Eastmoor reopened on Saturday after three weeks of repairs to its steel cables.
            
            Mayor Helena Marsh cut a ribbon at the west end of the bridge. "The bridge is safe again and the harbour is open for business," Marsh said.
            
            The Eastmoor Harbour Authority said the repairs cost about two million pounds. Ferries that ran during the closure will stop on Monday.
            
            Tomas Reyes, the baker, said customers had already started to come back. The authority said it would inspect the cables again next spring.
            """, "2024-03-23");

    public static final Item ORCHARD = new Item("Apple growers in Lindell expect a record harvest", """
            Apple growers in the Lindell valley expect their largest harvest in a decade after a warm and wet summer.
            
            The Lindell Growers Cooperative said its members would pick about forty thousand tonnes of fruit this autumn. "The trees have never looked better," said Priya Natarajan, who chairs the cooperative.
            
            Prices are likely to fall as supply rises, according to the cooperative. Some growers plan to press more of the crop into juice.
            
            The harvest usually begins in the first week of September and lasts six weeks.
            """, "2024-08-20");

    public static final Item CHESS = new Item("Teenager wins the Northvale chess open", """
            A sixteen-year-old from Northvale won the town's chess open on Sunday, beating three grandmasters on the way.
            
            Lena Brandt said she had prepared for the tournament for a whole year. "I played the opening I know best and waited for mistakes," Brandt said after the final game.
            
            The Northvale Chess Club said more than two hundred players took part this year, a record for the event.
            
            Brandt will represent the region at the national championship in November.
            """, "2024-10-06");

    /** Markup in the title and quote content that must come back as plain data. */
    public static final Item XSS = new Item("<script>alert(1)</script> council vote", """
            The council of Westford voted on Tuesday to close the old market hall at the end of the year.
            
            "Nobody will miss </script> the old hall," said Adam Whitlow after the vote.
            
            Traders said they would move to a new site near the railway station. The hall opened in 1921.
            """, "2024-05-14");

    public static final List<Item> ALL = List.of(BRIDGE_CLOSED, BRIDGE_REOPENS, ORCHARD, CHESS, XSS);

    /** A minimal web page around an article, for URL intake through a local server. */
    public static String page(Item item) {
        StringBuilder body = new StringBuilder();
        for (String p : item.text().strip().split("\n\\s*\n")) {
            body.append("<p>").append(p.strip()).append("</p>\n");
        }
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + item.title() + "</title>"
                + "<meta property=\"article:published_time\" content=\"" + item.published() + "\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>" + item.title() + "</h1>\n"
                + body + "</article><footer>Copyright Example News</footer></body></html>";
    }

    /** Serves {@link #page(Item)} of {@code item} at {@code path} on a local test server. */
    public static void servePage(HttpServer server, String path, Item item) {
        server.createContext(path, ex -> {
            byte[] b = page(item).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
    }
}
