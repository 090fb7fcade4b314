package dev.precis.server.digest;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.precis.store.Digest;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The digest as an Atom 1.0 feed with one entry per digest (the current one), its HTML in the entry's
 * content. Written with ROME. Stateless and thread-safe.
 */
public final class DigestFeed {

    private DigestFeed() {
    }

    /** The feed; {@code base} is the reader's absolute URL (e.g. {@code http://127.0.0.1:8080}). */
    public static String atom(Digest d, String base) {
        Date updated = Date.from(Instant.parse(d.generated()));
        Feed feed = new Feed("atom_1.0");
        feed.setId(base + "/digest.atom");
        feed.setTitle("Precis digest");
        feed.setUpdated(updated);
        feed.setAlternateLinks(List.of(link(base + "/digest", "alternate")));
        feed.setOtherLinks(List.of(link(base + "/digest.atom", "self")));
        com.rometools.rome.feed.atom.Person author = new com.rometools.rome.feed.atom.Person();
        author.setName("Precis");
        feed.setAuthors(List.of(author));
        Entry e = new Entry();
        e.setId(base + "/digest?since=" + d.window().since() + "#" + d.generated());
        e.setTitle("What happened " + d.window().label() + " (" + d.stories().size() + (d.stories().size() == 1 ? " story)" : " stories)"));
        e.setUpdated(updated);
        e.setAlternateLinks(List.of(link(base + "/digest?since=" + d.window().since(), "alternate")));
        Content c = new Content();
        c.setType("html");
        c.setValue(DigestFormats.htmlBody(d, base));
        e.setContents(List.of(c));
        feed.setEntries(List.of(e));
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException ex) {
            throw new IllegalStateException("cannot write the digest feed: " + ex.getMessage(), ex);
        }
    }

    private static Link link(String href, String rel) {
        Link l = new Link();
        l.setHref(href);
        l.setRel(rel);
        return l;
    }
}
