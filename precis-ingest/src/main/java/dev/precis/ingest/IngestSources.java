package dev.precis.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.opml.feed.opml.Opml;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import dev.precis.extract.FetchTime;
import java.io.IOException;
import java.time.Instant;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns what the user named (files, folders, URLs, feeds, OPML, JSONL, WARC, URL lists) into items. Feeds and
 * OPML are expanded here; a feed that cannot be read becomes a failure, never an exception. Documents
 * themselves are read later, in parallel, by the items' readers. An OPML or feed that lists itself, or
 * a ring of them, is read once: within one {@link #list} each URL is fetched for expansion at most once,
 * and OPML nested deeper than {@link #MAX_NESTING} levels is reported, not followed. Thread-safe.
 */
final class IngestSources {

    /** Items to process, failures found while listing them, and notes (records of a WARC file skipped). */
    record Batch(List<IngestItem> items, List<IngestFailure> failures, List<String> notes, List<String> fromFeedText) {
        Batch(List<IngestItem> items, List<IngestFailure> failures) {
            this(items, failures, List.of(), List.of());
        }

        /**
         * The note on the feed items read from the feed's own text (filled as the items are read, so ask
         * after the batch), or null when there were none.
         */
        String feedTextNote() {
            synchronized (fromFeedText) {
                int n = fromFeedText.size();
                return n == 0 ? null : n + (n == 1 ? " feed item" : " feed items") + " stored from the feed's own text: "
                        + (n == 1 ? "its page" : "their pages") + " could not be fetched (first: " + fromFeedText.get(0) + ")";
            }
        }
    }

    /** How many OPML files may lead from one to the next below a named input (an OPML of OPMLs is 1). */
    static final int MAX_NESTING = 4;

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpFetcher fetcher;

    IngestSources(HttpFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /**
     * One {@link #list} call's state: what it collects and which URLs it has fetched to expand, so a
     * cycle of OPML files (or one that lists itself) ends. Not thread-safe; one per call.
     */
    private static final class Listing {
        final List<IngestItem> items = new ArrayList<>();
        final List<IngestFailure> failures = new ArrayList<>();
        final Set<String> fetched = new HashSet<>();
        final List<String> notes = new ArrayList<>();
        /** Feed items read from the feed's text, added by the items' readers (worker threads). */
        final List<String> fromFeedText = java.util.Collections.synchronizedList(new ArrayList<>());
    }

    Batch list(List<String> inputs, String sourceOverride) {
        Listing listing = new Listing();
        List<IngestItem> items = listing.items;
        List<IngestFailure> failures = listing.failures;
        for (String input : inputs) {
            if (input.startsWith("http://") || input.startsWith("https://")) {
                url(input, sourceOverride, listing, 0);
                continue;
            }
            if (input.equals("-")) {
                stdin(sourceOverride, items);
                continue;
            }
            Path p = Path.of(input);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(f -> file(f, sourceOverride, listing, true));
                } catch (IOException | RuntimeException e) {
                    failures.add(new IngestFailure(input, "cannot list folder: " + message(e)));
                }
            } else if (Files.exists(p)) {
                file(p, sourceOverride, listing, false);
            } else {
                failures.add(new IngestFailure(input, "no such file, folder or URL"));
            }
        }
        return new Batch(items, failures, listing.notes, listing.fromFeedText);
    }

    /** "-": one document from standard input, HTML when it starts with a tag, else plain text (title, blank line, body). */
    private static void stdin(String sourceOverride, List<IngestItem> items) {
        items.add(new IngestItem("standard input", sourceOverride != null ? sourceOverride : "stdin", () -> {
            byte[] bytes = System.in.readNBytes(TextFiles.MAX_BYTES + 1);
            if (bytes.length > TextFiles.MAX_BYTES) {
                throw new IOException("larger than " + TextFiles.MAX_BYTES / (1024 * 1024) + " MB");
            }
            String text = TextFiles.document(bytes);
            return new RawDocument(text, text.stripLeading().startsWith("<"), null, null, null, null, true, null);
        }));
    }

    private void file(Path f, String sourceOverride, Listing listing, boolean inFolder) {
        List<IngestItem> items = listing.items;
        List<IngestFailure> failures = listing.failures;
        String name = TextFiles.innerName(f);
        String source = sourceOverride != null ? sourceOverride
                : f.toAbsolutePath().getParent() == null ? "files" : f.toAbsolutePath().getParent().getFileName().toString();
        String origin = f.toString();
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            items.add(new IngestItem(origin, source, () -> new RawDocument(TextFiles.readDocument(f), false, null, null, null, fileId(f))));
        } else if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            // a saved page: when it was fetched is unknown, so its relative dates name no day
            items.add(new IngestItem(origin, source,
                    () -> new RawDocument(TextFiles.readDocument(f), true, null, null, null, fileId(f), true, null)));
        } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            jsonl(f, sourceOverride != null ? sourceOverride : name.replaceFirst("\\.(jsonl|ndjson)$", ""), items, failures);
        } else if (name.endsWith(".opml")) {
            read(f, failures).ifPresent(s -> opml(s, origin, sourceOverride, listing, 0));
        } else if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
            read(f, failures).ifPresent(s -> feed(s, origin, sourceOverride, listing));
        } else if (name.endsWith(".urls")) {
            read(f, failures).ifPresent(s -> s.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(u -> items.add(lazyUrl(u, sourceOverride))));
        } else if (name.endsWith(".warc")) {
            WarcItems.list(f, sourceOverride, items, failures, listing.notes);
        } else if (!inFolder) {
            failures.add(new IngestFailure(origin, "unknown file type (expected " + InputTypes.EXPECTED + ")"));
        }
    }

    private static java.util.Optional<String> read(Path f, List<IngestFailure> failures) {
        try {
            return java.util.Optional.of(TextFiles.read(f));
        } catch (IOException | RuntimeException e) {
            failures.add(new IngestFailure(f.toString(), "cannot read: " + message(e)));
            return java.util.Optional.empty();
        }
    }

    private static String fileId(Path f) {
        return f.toAbsolutePath().normalize().toString();
    }

    private static void jsonl(Path f, String source, List<IngestItem> items, List<IngestFailure> failures) {
        // plain files are indexed by line and read back item by item: no size limit on the file; gzip is read whole
        JsonlLines index;
        try {
            index = TextFiles.gzipped(f) ? null : JsonlLines.scan(f);
        } catch (IOException | RuntimeException e) {
            failures.add(new IngestFailure(f.toString(), "cannot read: " + message(e)));
            return;
        }
        if (index != null) {
            for (JsonlLines.Line line : index.lines()) {
                items.add(new IngestItem(f + ":" + line.number(), source, () -> jsonDocument(index.read(line))));
            }
            return;
        }
        List<String> lines;
        try {
            lines = TextFiles.read(f).lines().toList();
        } catch (IOException | RuntimeException e) {
            failures.add(new IngestFailure(f.toString(), "cannot read: " + message(e)));
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String origin = f + ":" + (i + 1);
            items.add(new IngestItem(origin, source, () -> jsonDocument(line)));
        }
    }

    static RawDocument jsonDocument(String line) throws IOException {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("not JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw new IOException("not a JSON object");
        }
        String html = text(n, "html");
        String body = html != null ? html : text(n, "text");
        if (body == null) {
            throw new IOException("no \"text\" or \"html\" field");
        }
        String fetchedText = text(n, "fetched");
        Instant fetched = FetchTime.parse(fetchedText);
        if (fetchedText != null && fetched == null) {
            throw new IOException(FetchTime.PROBLEM);
        }
        return new RawDocument(body, html != null, text(n, "url"), text(n, "title"), published(text(n, "published")), text(n, "id"),
                true, fetched);
    }

    /**
     * A JSONL item's {@code "published"}: kept when it opens with an ISO 8601 date (what the library reads
     * as the publication day), an HTTP date turned into ISO 8601; anything else fails the line, as the REST
     * API's single article refuses it, instead of being stored as a date no window or timeline can place.
     */
    static String published(String value) throws IOException {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
            return v;
        } catch (DateTimeParseException e) {
            Instant t = FetchTime.parse(v);
            if (t != null) {
                return t.toString();
            }
            throw new IOException("\"published\" is not a date: '" + (v.length() > 40 ? v.substring(0, 37) + "..." : v)
                    + "' (want ISO 8601 such as 2024-11-25 or 2024-11-25T10:00:00Z, or an HTTP date)");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Fetches {@code url} and expands it (OPML, feed) or takes it as a page; {@code depth} OPML files led here. */
    private void url(String url, String sourceOverride, Listing listing, int depth) {
        List<IngestItem> items = listing.items;
        List<IngestFailure> failures = listing.failures;
        // a URL the user named twice is taken twice, as before; one that an OPML file leads back to is not
        if (!listing.fetched.add(url) && depth > 0) {
            failures.add(new IngestFailure(url, "already read in this batch (an OPML file lists it twice, itself, or a cycle)"));
            return;
        }
        String content;
        try {
            content = fetcher.fetch(url);
        } catch (IOException e) {
            failures.add(new IngestFailure(url, message(e)));
            return;
        }
        String head = content.stripLeading().substring(0, Math.min(400, content.stripLeading().length())).toLowerCase(Locale.ROOT);
        if (head.contains("<opml")) {
            opml(content, url, sourceOverride, listing, depth);
        } else if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
            feed(content, url, sourceOverride, listing);
        } else {
            String source = sourceOverride != null ? sourceOverride : host(url);
            items.add(new IngestItem(url, source, () -> new RawDocument(content, true, url, null, null, url)));
        }
    }

    private IngestItem lazyUrl(String url, String sourceOverride) {
        return new IngestItem(url, sourceOverride != null ? sourceOverride : host(url),
                () -> new RawDocument(fetcher.fetch(url), true, url, null, null, url));
    }

    private void feed(String xml, String origin, String sourceOverride, Listing listing) {
        List<IngestItem> items = listing.items;
        List<IngestFailure> failures = listing.failures;
        SyndFeed feed;
        try {
            SyndFeedInput in = new SyndFeedInput();
            in.setAllowDoctypes(false);
            feed = in.build(new StringReader(xml));
        } catch (Exception e) {
            failures.add(new IngestFailure(origin, "not an RSS/Atom feed: " + message(e)));
            return;
        }
        String source = sourceOverride != null ? sourceOverride
                : feed.getTitle() != null && !feed.getTitle().isBlank() ? feed.getTitle().strip() : host(origin);
        for (SyndEntry e : feed.getEntries()) {
            String link = e.getLink();
            String published = e.getPublishedDate() == null ? null
                    : e.getPublishedDate().toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
            String content = e.getContents().stream().map(SyndContent::getValue).filter(v -> v != null).reduce("", String::concat);
            if (content.isBlank() && e.getDescription() != null) {
                content = e.getDescription().getValue();
            }
            String entryOrigin = link != null ? link : origin + "#" + e.getTitle();
            String html = content == null ? "" : content;
            if (html.split("\\s+").length >= 80 || link == null || !link.startsWith("http")) {
                String title = e.getTitle();
                // a page made of the item's own text, as a poll makes it: a plain-text description is no HTML by itself
                FeedParser.Item own = new FeedParser.Item(entryOrigin, link, title, published, html);
                items.add(new IngestItem(entryOrigin, source, () -> new RawDocument(own.asPage(), true, link, title, published, entryOrigin)));
            } else {
                String title = e.getTitle();
                items.add(new IngestItem(link, source, () -> {
                    String page;
                    try {
                        page = fetcher.fetch(link);
                    } catch (IOException ex) {
                        if (!FeedText.usable(html)) {
                            throw ex;
                        }
                        // the entry's own paragraph stands in for the page it links to, and the report says so
                        String problem = FeedText.problem(link, message(ex));
                        listing.fromFeedText.add(link + ": " + problem);
                        return FeedText.fromFeed(new FeedParser.Item(link, link, title, published, html), problem);
                    }
                    return new RawDocument(page, true, link, title, published, link);
                }));
            }
        }
    }

    private void opml(String xml, String origin, String sourceOverride, Listing listing, int depth) {
        List<IngestFailure> failures = listing.failures;
        if (depth >= MAX_NESTING) {
            failures.add(new IngestFailure(origin, "OPML nested more than " + MAX_NESTING + " levels deep: not followed"));
            return;
        }
        Opml opml;
        try {
            WireFeedInput in = new WireFeedInput();
            in.setAllowDoctypes(false);
            WireFeed wf = in.build(new StringReader(xml));
            if (!(wf instanceof Opml o)) {
                failures.add(new IngestFailure(origin, "not an OPML file"));
                return;
            }
            opml = o;
        } catch (Exception e) {
            failures.add(new IngestFailure(origin, "not an OPML file: " + message(e)));
            return;
        }
        List<String> feeds = new ArrayList<>();
        collect(opml.getOutlines(), feeds);
        for (String feedUrl : feeds) {
            url(feedUrl, sourceOverride, listing, depth + 1);
        }
    }

    private static void collect(List<Outline> outlines, List<String> into) {
        for (Outline o : outlines) {
            if (o.getXmlUrl() != null && !o.getXmlUrl().isBlank()) {
                into.add(o.getXmlUrl().strip());
            }
            collect(o.getChildren(), into);
        }
    }

    private static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? url : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    static String message(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m).strip();
    }
}
