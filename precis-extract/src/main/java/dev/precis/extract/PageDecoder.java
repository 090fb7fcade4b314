package dev.precis.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Decodes page bytes to text: gunzips gzip input, then takes the charset from a byte-order mark, the
 * HTTP {@code Content-Type} header, or a {@code <meta charset>} in the first 4 KB, in that order, and
 * checks the claim: bytes that are not valid UTF-8 under a UTF-8 label (pages lie) are read as
 * windows-1252, and unlabelled bytes are UTF-8 when they validate, windows-1252 otherwise. Input is
 * bounded by {@link #MAX_BYTES}. Stateless and thread-safe.
 */
public final class PageDecoder {

    /** Largest decoded page accepted (also after gunzipping). */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final int CACHED_LABELS = 256;
    static final int MAX_LABEL = 64;
    private static final Map<String, Optional<Charset>> CHARSETS = new ConcurrentHashMap<>();

    private PageDecoder() {
    }

    /**
     * The page's text.
     *
     * @param bytes raw page bytes, possibly gzip-compressed
     * @param contentType the HTTP Content-Type header value, or null
     * @throws ExtractionException when the gzip stream is broken or the page is too large
     */
    public static String decode(byte[] bytes, String contentType) throws ExtractionException {
        byte[] b = gunzipIfNeeded(bytes);
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset declared = charsetFromHeader(contentType);
        if (declared == null) {
            String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                declared = charset(m.group(1));
            }
        }
        if (declared == null || StandardCharsets.UTF_8.equals(declared) || "US-ASCII".equals(declared.name())) {
            String utf8 = strictUtf8(b);
            return utf8 != null ? utf8 : new String(b, WINDOWS_1252);
        }
        if (StandardCharsets.ISO_8859_1.equals(declared)) {
            // browsers read ISO-8859-1 labels as windows-1252
            declared = WINDOWS_1252;
        }
        return new String(b, declared);
    }

    static Charset charsetFromHeader(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? charset(m.group(1)) : null;
    }

    /**
     * The charset a label names, or null. Lookups are cached (at most {@link #CACHED_LABELS} labels, the
     * cache starts again when full): the JDK answers an unknown name only after scanning the classpath for
     * charset providers, about a millisecond or more every time, and a page's label is whatever its author
     * or a fuzzer wrote. No charset name is longer than {@link #MAX_LABEL} characters.
     */
    static Charset charset(String name) {
        if (name.length() > MAX_LABEL) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT);
        Optional<Charset> known = CHARSETS.get(n);
        if (known == null) {
            if (CHARSETS.size() >= CACHED_LABELS) {
                CHARSETS.clear();
            }
            known = lookup(n);
            CHARSETS.put(n, known);
        }
        return known.orElse(null);
    }

    static int cachedLabels() {
        return CHARSETS.size();
    }

    private static Optional<Charset> lookup(String n) {
        try {
            return Optional.of(Charset.forName(n.equals("utf8") ? "utf-8" : n));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String strictUtf8(byte[] b) {
        // The JDK's String constructor is much faster than a reporting decoder; a page without any
        // replacement character decoded cleanly. Only pages with U+FFFD need the strict check.
        String fast = new String(b, StandardCharsets.UTF_8);
        if (fast.indexOf('\ufffd') < 0) {
            return fast;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static byte[] gunzipIfNeeded(byte[] bytes) throws ExtractionException {
        if (bytes.length > MAX_BYTES) {
            throw new ExtractionException("the page is larger than " + (MAX_BYTES >> 20) + " MB");
        }
        if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) {
            return bytes;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] out = in.readNBytes(MAX_BYTES + 1);
            if (out.length > MAX_BYTES) {
                throw new ExtractionException("the page is larger than " + (MAX_BYTES >> 20) + " MB after gunzipping");
            }
            return out;
        } catch (IOException e) {
            throw new ExtractionException("the gzip-compressed page is broken: " + e.getMessage());
        }
    }
}
