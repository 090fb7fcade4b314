package dev.precis.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The Jetty handlers in front of Javalin, outermost first: {@link GracefulHandler} (requests in flight,
 * for a graceful stop), {@link HeadAsGet} (HEAD answered as GET without a body), {@link ConnectionGate} (503 past the connection limit), {@link SizeLimitHandler} (one request-body limit for every route: 413 when the
 * declared length is larger, and a failed read as soon as a chunked body passes it, so no route can
 * read more), {@link QoSHandler} (the bounded request queue of {@link HttpLimits}), then
 * {@link Admission} (a request older than its timeout is refused unprocessed). Errors these produce
 * are answered by {@link JsonErrorPage} in the API's JSON error format. Jetty's own handlers rather
 * than hand-written ones: they act before Javalin reads a byte of the body.
 */
final class ServerHandlers {

    private ServerHandlers() {
    }

    /**
     * The outermost handler; Javalin attaches its servlet context inside the innermost wrapper.
     *
     * @param openConnections the number of connections open now (Jetty's connection limit counts them)
     */
    static GracefulHandler chain(long maxRequestBytes, HttpLimits limits, IntSupplier openConnections) {
        QoSHandler queue = new QoSHandler();
        queue.setMaxRequestCount(limits.maxActive());
        queue.setMaxSuspendedRequestCount(limits.maxQueued());
        queue.setMaxSuspend(limits.maxQueueWait());
        queue.setRejectStatusCode(HttpStatus.SERVICE_UNAVAILABLE_503);
        queue.excludePath("/health");
        queue.setHandler(new Admission(limits.requestTimeout().toNanos()));
        SizeLimitHandler size = new SizeLimitHandler(maxRequestBytes, -1);
        size.setHandler(queue);
        return new GracefulHandler(new HeadAsGet(new ConnectionGate(limits.maxConnections(), openConnections, size)));
    }

    /**
     * Answers {@code HEAD} as the same {@code GET} would be answered, without its body: the same status,
     * content type and length (Jetty drops the body of a response to a HEAD request). Javalin alone answers
     * HEAD on a GET route with an empty 200 {@code text/plain} without running the route, so a missing
     * article read as present and a feed reader's HEAD saw no feed type.
     */
    static final class HeadAsGet extends Handler.Wrapper {
        HeadAsGet(Handler next) {
            super(next);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            if (!"HEAD".equals(request.getMethod())) {
                return super.handle(request, response, callback);
            }
            return super.handle(new Request.Wrapper(request) {
                @Override
                public String getMethod() {
                    return "GET";
                }
            }, response, callback);
        }
    }

    /**
     * Past {@link HttpLimits#maxConnections()} open connections, answers every request but {@code /health}
     * with 503, {@code Retry-After} and {@code Connection: close} at once, so the connection is freed and its
     * client told to come back instead of left waiting in the accept queue. (Jetty's own limit, a little
     * higher, stops accepting only when even these quick refusals cannot keep up; see {@link PrecisServer}.)
     */
    static final class ConnectionGate extends Handler.Wrapper {
        private final int maxConnections;
        private final IntSupplier openConnections;

        ConnectionGate(int maxConnections, IntSupplier openConnections, Handler next) {
            super(next);
            this.maxConnections = maxConnections;
            this.openConnections = openConnections;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            int open = openConnections.getAsInt();
            if (open > maxConnections && !"/health".equals(Request.getPathInContext(request))) {
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
                JsonErrorPage.write(response, callback, HttpStatus.SERVICE_UNAVAILABLE_503, open
                        + " connections are open, more than the server's " + maxConnections + "; retry in "
                        + HttpLimits.RETRY_AFTER_SECONDS + " s");
                return true;
            }
            return super.handle(request, response, callback);
        }
    }

    /** Refuses, unprocessed, a request that is older than the timeout when its processing would start. */
    static final class Admission extends Handler.Wrapper {
        private final long timeoutNanos;

        Admission(long timeoutNanos) {
            this.timeoutNanos = timeoutNanos;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            long age = System.nanoTime() - request.getBeginNanoTime();
            if (age > timeoutNanos) {
                JsonErrorPage.write(response, callback, HttpStatus.SERVICE_UNAVAILABLE_503, "the request is "
                        + TimeUnit.NANOSECONDS.toMillis(age) + " ms old, older than the server's "
                        + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms timeout; not processed");
                return true;
            }
            return super.handle(request, response, callback);
        }
    }

    /**
     * Error answers produced in front of Javalin (413, 503, malformed HTTP): {@code {"status":N,"error":"..."}},
     * plus {@code Retry-After} on 503. Never a stack trace. Thread-safe (immutable).
     */
    static final class JsonErrorPage extends ErrorHandler {
        private final long maxRequestBytes;

        JsonErrorPage(long maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
            setShowStacks(false);
            setShowCauses(false);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws JsonProcessingException {
            int status = response.getStatus();
            if (request.getAttribute(ERROR_STATUS) instanceof Integer s) {
                status = s;
            }
            String message = switch (status) {
                case HttpStatus.PAYLOAD_TOO_LARGE_413 -> "request body larger than " + maxRequestBytes + " bytes";
                case HttpStatus.SERVICE_UNAVAILABLE_503 -> "the server is busy; retry in " + HttpLimits.RETRY_AFTER_SECONDS + " s";
                default -> HttpStatus.getMessage(status);
            };
            write(response, callback, status, message);
            return true;
        }

        /** Answers {@code status} with a JSON error body (and Retry-After on 503). */
        static void write(Response response, Callback callback, int status, String message) throws JsonProcessingException {
            byte[] body = ApiJson.MAPPER.writeValueAsBytes(new JsonErrors.ApiError(status, JsonErrors.oneLine(message)));
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            response.getHeaders().put("X-Content-Type-Options", "nosniff");
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            if (status == HttpStatus.SERVICE_UNAVAILABLE_503) {
                response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(HttpLimits.RETRY_AFTER_SECONDS));
            }
            response.write(true, ByteBuffer.wrap(body), callback);
        }
    }
}
