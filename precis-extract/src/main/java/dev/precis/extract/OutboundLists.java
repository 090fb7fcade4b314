package dev.precis.extract;

import java.net.URI;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tells a list of links out of the site: the shops, official pages, sources or tools the writer names
 * ("Buying options: Amazon, Home Depot", "Official website: …", a reference list). Such a list is part of
 * what the article says, however many of its words are links, while a link-heavy list into the site itself
 * (related articles, "more in this section", a category menu) is chrome. Stateless and thread-safe.
 */
final class OutboundLists {

    /** At least this share of a list's links lead to another site. */
    private static final double MIN_OUTBOUND_SHARE = 0.6;

    private OutboundLists() {
    }

    /**
     * The page's site: the host it was read from, else the one its canonical link or {@code og:url} names,
     * without "www."; null when nothing names it.
     */
    static String site(Document doc) {
        String host = host(doc.location());
        if (host == null) {
            Element named = doc.selectFirst("link[rel=canonical][href], meta[property=og:url][content]");
            host = named == null ? null : host(named.hasAttr("href") ? named.attr("href") : named.attr("content"));
        }
        return host;
    }

    /** True when most of {@code list}'s links lead to another site than {@code site} (never when it is null). */
    static boolean outbound(Element list, String site) {
        if (site == null) {
            return false;
        }
        int links = 0;
        int out = 0;
        for (Element a : list.getElementsByTag("a")) {
            if (a.attr("href").isBlank()) {
                continue;
            }
            links++;
            String host = host(a.absUrl("href"));
            out += host != null && !sameSite(host, site) ? 1 : 0;
        }
        return links > 0 && out >= MIN_OUTBOUND_SHARE * links;
    }

    /** One host is the other or a subdomain of it ("blog.example.org" and "example.org"). */
    private static boolean sameSite(String a, String b) {
        return a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a);
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null || host.isEmpty()) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
