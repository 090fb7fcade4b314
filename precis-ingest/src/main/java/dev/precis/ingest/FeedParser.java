package dev.precis.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads a feed's bytes with ROME: RSS 0.9x–2.0, RSS 1.0 and Atom, the encoding found by ROME's
 * {@link XmlReader} (BOM, XML declaration, HTTP Content-Type). A DOCTYPE is refused, so no entity is
 * expanded and no external entity is ever read. A feed whose bytes are not in its declared encoding is
 * read again as windows-1252, and that is reported. Thread-safe (stateless).
 */
final class FeedParser {

    /**
     * One item of a feed.
     *
     * @param key what identifies it: the GUID (Atom id), else the link, else title and text
     * @param link the article's URL, or null
     * @param title the item's title, or null
     * @param published the ISO date it gives, or null
     * @param content the item's own HTML (content, else description), maybe empty
     */
    record Item(String key, String link, String title, String published, String content) {

        /** The item's own HTML (or plain text) as a page the extractor reads like any article page. */
        String asPage() {
            String t = title == null ? "" : org.jsoup.nodes.Entities.escape(title);
            String c = content == null ? "" : content;
            String body = c.contains("<") ? c
                    : "<p>" + org.jsoup.nodes.Entities.escape(c.strip()).replaceAll("\\n\\s*\\n", "</p><p>") + "</p>";
            return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + t + "</title></head><body><article><h1>" + t
                    + "</h1>" + body + "</article></body></html>";
        }
    }

    /**
     * A read feed.
     *
     * @param title the feed's title, or null
     * @param items its items, in the feed's order
     * @param warning a problem that was worked around (wrong encoding), or null
     */
    record Document(String title, List<Item> items, String warning) {
    }

    private FeedParser() {
    }

    /** Parses the bytes; the exception's one-line message says why this is no feed. */
    static Document parse(byte[] bytes, String contentType) throws IOException {
        byte[] plain = gunzip(bytes);
        XmlReader reader;
        try {
            reader = new XmlReader(new ByteArrayInputStream(plain), contentType, true);
        } catch (IOException e) {
            throw new IOException("not an RSS/Atom feed: " + IngestSources.message(rootCause(e)), e);
        }
        String encoding = reader.getEncoding();
        if (encoding != null && encoding.equalsIgnoreCase("UTF-8") && !validUtf8(plain)) {
            // Java's decoder would replace each bad byte silently; such feeds are nearly always windows-1252
            String text = new String(plain, Charset.forName("windows-1252"));
            return read(input -> input.build(new StringReader(text.replaceFirst("^\\s*<\\?xml[^>]*\\?>", ""))),
                    "the feed is not in its declared encoding (UTF-8); read as windows-1252");
        }
        return read(input -> input.build(reader), null);
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private interface Build {
        SyndFeed build(SyndFeedInput input) throws Exception;
    }

    private static Document read(Build build, String warning) throws IOException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = build.build(input);
        } catch (Exception | StackOverflowError e) {
            throw new IOException("not an RSS/Atom feed: " + IngestSources.message(rootCause(e)), e);
        }
        List<Item> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            items.add(item(e));
        }
        String title = feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip();
        return new Document(title, items, warning);
    }

    private static Item item(SyndEntry e) {
        String link = blankToNull(e.getLink());
        if (link == null && e.getUri() != null && e.getUri().matches("(?i)https?://.*")) {
            link = e.getUri().strip();
        }
        String published = e.getPublishedDate() != null ? e.getPublishedDate().toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString()
                : e.getUpdatedDate() != null ? e.getUpdatedDate().toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString() : null;
        StringBuilder content = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null) {
                content.append(c.getValue());
            }
        }
        if (content.toString().isBlank() && e.getDescription() != null && e.getDescription().getValue() != null) {
            content.append(e.getDescription().getValue());
        }
        String title = blankToNull(e.getTitle());
        String guid = blankToNull(e.getUri());
        String key = guid != null ? "guid:" + guid : link != null ? "link:" + link
                : "text:" + (title == null ? "" : title) + "\n" + content;
        return new Item(key, link, title, published, content.toString());
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        if (!TextFiles.gzip(bytes)) {
            return bytes;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] out = in.readNBytes(dev.precis.extract.PageDecoder.MAX_BYTES + 1);
            if (out.length > dev.precis.extract.PageDecoder.MAX_BYTES) {
                throw new IOException("the feed unpacks to more than " + dev.precis.extract.PageDecoder.MAX_BYTES + " bytes");
            }
            return out;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
