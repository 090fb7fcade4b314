package dev.precis.ingest;

import com.rometools.opml.feed.opml.Attribute;
import com.rometools.opml.feed.opml.Opml;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.WireFeedOutput;
import dev.precis.store.Feed;
import dev.precis.store.Subscriptions;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Subscriptions to and from OPML 2.0 (ROME's OPML module): a category is a folder outline holding its
 * feeds, as feed readers write it, and also each feed's {@code category} attribute; a feed's interval
 * travels in a {@code precisInterval} attribute (minutes) that other readers ignore. Reading takes
 * either form (the attribute's first path segment, else the enclosing folder). Thread-safe (stateless).
 */
public final class OpmlSubscriptions {

    /**
     * One feed listed in an OPML file.
     *
     * @param url the feed's URL
     * @param title its title, or null
     * @param category its category, or null
     * @param interval its interval, or null for the importer's default
     */
    public record Entry(String url, String title, String category, Duration interval) {
    }

    /**
     * What an import did.
     *
     * @param added subscriptions added
     * @param skipped entries skipped: already subscribed, or not an http(s) URL
     * @param notWeb the skipped URLs that are not http(s)
     */
    public record Imported(int added, int skipped, List<String> notWeb) {
    }

    private OpmlSubscriptions() {
    }

    /**
     * Subscribes to every http(s) feed of {@code entries}, at its own interval or else at
     * {@code interval}; the one import behind {@code precis feeds import} and {@code POST /api/feeds/import}.
     */
    public static Imported subscribe(Subscriptions subs, List<Entry> entries, Duration interval, Instant now)
            throws IOException {
        int added = 0;
        List<String> notWeb = new ArrayList<>();
        for (Entry e : entries) {
            if (!e.url().matches("(?i)https?://[^\\s/]+\\S*") || e.url().length() > 4000) {
                notWeb.add(e.url());
            } else if (subs.add(e.url(), e.title(), e.category(), e.interval() == null ? interval : e.interval(), now)
                    .isPresent()) {
                added++;
            }
        }
        return new Imported(added, entries.size() - added, List.copyOf(notWeb));
    }

    /** The feeds an OPML document lists; the exception's message says why it is no OPML. */
    public static List<Entry> read(String xml) throws IOException {
        String start = xml.replaceFirst("^\uFEFF", "").strip();
        // what was given instead, said plainly: an XML parser's "Content is not allowed in prolog" names neither
        if (start.isEmpty()) {
            throw new IOException("not an OPML file: it is empty");
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            throw new IOException("not an OPML file: it holds JSON, not XML");
        }
        Opml opml;
        try {
            WireFeedInput in = new WireFeedInput();
            in.setAllowDoctypes(false);
            WireFeed wf = in.build(new StringReader(xml));
            if (!(wf instanceof Opml o)) {
                throw new IOException("not an OPML file: it is " + (wf instanceof com.rometools.rome.feed.atom.Feed
                        ? "an Atom feed" : "an RSS feed") + ", not a list of feeds");
            }
            opml = o;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("not an OPML file: " + IngestSources.message(e), e);
        }
        List<Entry> out = new ArrayList<>();
        collect(opml.getOutlines(), null, out);
        return out;
    }

    private static void collect(List<Outline> outlines, String folder, List<Entry> out) {
        for (Outline o : outlines) {
            String xmlUrl = o.getXmlUrl();
            if (xmlUrl != null && !xmlUrl.isBlank()) {
                String category = category(o.getAttributeValue("category") != null ? o.getAttributeValue("category")
                        : o.getCategories() == null || o.getCategories().isEmpty() ? null : String.join(",", o.getCategories()));
                String title = o.getTitle() != null && !o.getTitle().isBlank() ? o.getTitle() : o.getText();
                title = title != null && title.strip().equals(xmlUrl.strip()) ? null : title;
                out.add(new Entry(xmlUrl.strip(), blankToNull(title), category != null ? category : folder, interval(o)));
            }
            String text = o.getText() != null && !o.getText().isBlank() ? o.getText().strip() : o.getTitle();
            collect(o.getChildren(), xmlUrl == null || xmlUrl.isBlank() ? blankToNull(text) : folder, out);
        }
    }

    /** OPML 2.0's category attribute is comma-separated slash paths ("/World,/News/Europe"): the first one, trimmed of slashes. */
    private static String category(String attribute) {
        if (attribute == null || attribute.isBlank()) {
            return null;
        }
        String first = attribute.split(",")[0].strip();
        while (first.startsWith("/")) {
            first = first.substring(1);
        }
        return blankToNull(first);
    }

    private static Duration interval(Outline o) {
        String v = o.getAttributeValue("precisInterval");
        if (v == null || !v.strip().matches("\\d{1,7}")) {
            return null;
        }
        long minutes = Long.parseLong(v.strip());
        return minutes < 1 ? null : Duration.ofMinutes(minutes);
    }

    /** The subscriptions as an OPML 2.0 document, a folder per category. */
    public static String write(List<Feed> feeds, String title, Date created) throws IOException {
        Opml opml = new Opml();
        opml.setFeedType("opml_2.0");
        opml.setTitle(title);
        opml.setCreated(created);
        Map<String, Outline> folders = new LinkedHashMap<>();
        List<Outline> top = new ArrayList<>();
        for (Feed f : feeds) {
            String name = f.title() != null ? f.title() : f.url();
            Outline o = new Outline();
            o.setType("rss");
            o.getAttributes().add(new Attribute("xmlUrl", f.url()));
            o.setText(name);
            o.setTitle(name);
            o.getAttributes().add(new Attribute("precisInterval", Long.toString(f.interval().toMinutes())));
            if (f.category() == null) {
                top.add(o);
                continue;
            }
            o.setCategories(new ArrayList<>(List.of("/" + f.category())));
            folders.computeIfAbsent(f.category(), c -> {
                Outline folder = new Outline();
                folder.setText(c);
                folder.setTitle(c);
                return folder;
            }).getChildren().add(o);
        }
        List<Outline> all = new ArrayList<>(folders.values());
        all.addAll(top);
        opml.setOutlines(all);
        try {
            return new WireFeedOutput().outputString(opml, true);
        } catch (Exception e) {
            throw new IOException("cannot write OPML: " + IngestSources.message(e), e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
