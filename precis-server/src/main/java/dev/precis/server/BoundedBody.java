package dev.precis.server;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a request body with a hard byte limit, also when no Content-Length is sent (chunked uploads),
 * which Javalin's own {@code maxRequestSize} check does not cover. Thread-safe (stateless).
 */
public final class BoundedBody {

    private BoundedBody() {
    }

    /**
     * The body as UTF-8 text.
     *
     * @throws ContentTooLargeResponse (413) when it is longer than {@code maxBytes}
     */
    public static String read(Context ctx, long maxBytes) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        int limit = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes);
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw tooLarge(maxBytes);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static ContentTooLargeResponse tooLarge(long maxBytes) {
        return new ContentTooLargeResponse("request body larger than " + maxBytes + " bytes");
    }
}
