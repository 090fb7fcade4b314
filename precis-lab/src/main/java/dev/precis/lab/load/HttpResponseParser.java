package dev.precis.lab.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;

/**
 * An incremental HTTP/1.x response parser for the load generator: fed whatever bytes arrived, it finds
 * the status, the framing (Content-Length, chunked, or until close) and whether the connection stays
 * open, and keeps the first {@value #KEPT_BODY_BYTES} bytes of the body for a content check. Written by
 * hand because the generator runs on a single non-blocking thread beside the server under test, and the
 * JDK's HTTP client cost about ten times the CPU per request of a plain socket on this machine. Not
 * thread-safe; one instance per connection, {@link #reset} between responses.
 */
final class HttpResponseParser {

    static final int KEPT_BODY_BYTES = 256 * 1024;
    private static final int MAX_LINE = 16 * 1024;

    private enum State { STATUS, HEADERS, BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILERS, UNTIL_CLOSE, DONE }

    private final StringBuilder line = new StringBuilder();
    private State state = State.STATUS;
    private int status;
    private boolean http10;
    private boolean keepAlive;
    private boolean chunked;
    private long contentLength;
    private long remaining;
    private long bodyBytes;
    private byte[] kept = new byte[1024];
    private int keptSize;

    /** Ready for the next response on the same connection. */
    void reset() {
        line.setLength(0);
        state = State.STATUS;
        status = 0;
        http10 = false;
        keepAlive = false;
        chunked = false;
        contentLength = -1;
        remaining = 0;
        bodyBytes = 0;
        keptSize = 0;
    }

    HttpResponseParser() {
        reset();
    }

    /**
     * Consumes bytes from {@code in} up to the end of the response.
     *
     * @return true when the response is complete
     * @throws IOException when the bytes are not an HTTP/1.x response
     */
    boolean feed(ByteBuffer in) throws IOException {
        while (in.hasRemaining() && state != State.DONE) {
            switch (state) {
                case BODY, CHUNK_DATA -> {
                    int n = (int) Math.min(remaining, in.remaining());
                    take(in, n);
                    remaining -= n;
                    if (remaining == 0) {
                        state = state == State.BODY ? State.DONE : State.CHUNK_END;
                    }
                }
                case UNTIL_CLOSE -> take(in, in.remaining());
                default -> {
                    byte b = in.get();
                    if (b == '\n') {
                        int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
                        String text = line.substring(0, end);
                        line.setLength(0);
                        onLine(text);
                    } else if (line.length() >= MAX_LINE) {
                        throw new IOException("response line longer than " + MAX_LINE + " bytes");
                    } else {
                        line.append((char) (b & 0xff));
                    }
                }
            }
        }
        return state == State.DONE;
    }

    /** The peer closed the connection: completes a response delimited by close. */
    boolean closed() throws IOException {
        if (state == State.UNTIL_CLOSE) {
            state = State.DONE;
            return true;
        }
        if (state != State.DONE) {
            throw new IOException("connection closed before the response was complete");
        }
        return true;
    }

    boolean done() {
        return state == State.DONE;
    }

    int status() {
        return status;
    }

    /** Whether the connection may carry another request after this response. */
    boolean keepAlive() {
        return keepAlive && state == State.DONE;
    }

    long bodyBytes() {
        return bodyBytes;
    }

    /** Whether the kept part of the body contains {@code needle}. */
    boolean bodyContains(byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= keptSize; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (kept[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private void take(ByteBuffer in, int n) {
        int keep = Math.min(n, KEPT_BODY_BYTES - keptSize);
        if (keep > 0) {
            if (keptSize + keep > kept.length) {
                kept = Arrays.copyOf(kept, Math.min(KEPT_BODY_BYTES, Math.max(kept.length * 2, keptSize + keep)));
            }
            in.get(kept, keptSize, keep);
            keptSize += keep;
        }
        in.position(in.position() + (n - keep));
        bodyBytes += n;
    }

    private void onLine(String text) throws IOException {
        switch (state) {
            case STATUS -> {
                if (!text.startsWith("HTTP/1.") || text.length() < 12 || text.charAt(8) != ' ') {
                    throw new IOException("not an HTTP/1.x status line: '" + clip(text) + "'");
                }
                try {
                    status = Integer.parseInt(text.substring(9, 12));
                } catch (NumberFormatException e) {
                    throw new IOException("bad status in '" + clip(text) + "'");
                }
                http10 = text.startsWith("HTTP/1.0");
                keepAlive = !http10;
                state = State.HEADERS;
            }
            case HEADERS -> {
                if (text.isEmpty()) {
                    endOfHeaders();
                } else {
                    header(text);
                }
            }
            case CHUNK_SIZE -> {
                int semi = text.indexOf(';');
                long size;
                try {
                    size = Long.parseLong((semi < 0 ? text : text.substring(0, semi)).strip(), 16);
                } catch (NumberFormatException e) {
                    throw new IOException("bad chunk size '" + clip(text) + "'");
                }
                if (size < 0) {
                    throw new IOException("bad chunk size '" + clip(text) + "'");
                }
                remaining = size;
                state = size == 0 ? State.TRAILERS : State.CHUNK_DATA;
            }
            case CHUNK_END -> {
                if (!text.isEmpty()) {
                    throw new IOException("chunk not followed by CRLF");
                }
                state = State.CHUNK_SIZE;
            }
            case TRAILERS -> {
                if (text.isEmpty()) {
                    state = State.DONE;
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    private void header(String text) throws IOException {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IOException("bad header line '" + clip(text) + "'");
        }
        String name = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = text.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
        switch (name) {
            case "content-length" -> {
                try {
                    contentLength = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw new IOException("bad Content-Length '" + clip(value) + "'");
                }
                if (contentLength < 0) {
                    throw new IOException("bad Content-Length '" + clip(value) + "'");
                }
            }
            case "transfer-encoding" -> chunked = value.contains("chunked");
            case "connection" -> {
                if (value.contains("close")) {
                    keepAlive = false;
                } else if (value.contains("keep-alive")) {
                    keepAlive = true;
                }
            }
            default -> { }
        }
    }

    private void endOfHeaders() {
        if (status / 100 == 1) {
            int interim = status;
            reset();
            if (interim == 101) {
                state = State.UNTIL_CLOSE;
            }
            return;
        }
        if (status == 204 || status == 304) {
            state = State.DONE;
        } else if (chunked) {
            state = State.CHUNK_SIZE;
        } else if (contentLength >= 0) {
            remaining = contentLength;
            state = contentLength == 0 ? State.DONE : State.BODY;
        } else {
            keepAlive = false;
            state = State.UNTIL_CLOSE;
        }
    }

    private static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
