package dev.precis.server.digest;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.precis.model.Counts;
import dev.precis.store.ArticleRef;
import dev.precis.store.Digest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    /** The feed; {@code base} is the reader's absolute URL (e.g. {@code http://127.0.0.1:7070}). */
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
        e.setId(entryId(d, base));
        e.setTitle("What happened " + d.window().label() + " (" + Counts.of(d.stories().size(), "story", "stories") + ")");
        e.setUpdated(updated);
        // the window's own address (a moment for a duration), so the page holds what the entry listed
        e.setAlternateLinks(List.of(link(base + "/digest?since=" + d.window().address(), "alternate")));
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

    /**
     * The entry's id: the window's first date and a hash of what the digest lists (each story and the new
     * articles it shows), never the generation time, so a feed reader polling an unchanged digest sees the
     * same entry and a digest with new stories or articles a new one.
     */
    static String entryId(Digest d, String base) {
        StringBuilder content = new StringBuilder();
        for (Digest.Entry x : d.stories()) {
            content.append(x.story().id()).append(':');
            x.newArticles().stream().mapToLong(ArticleRef::id).sorted().forEach(id -> content.append(id).append(','));
            content.append(';');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return base + "/digest?since=" + d.window().since() + "#" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
        }
    }

    private static Link link(String href, String rel) {
        Link l = new Link();
        l.setHref(href);
        l.setRel(rel);
        return l;
    }
}
