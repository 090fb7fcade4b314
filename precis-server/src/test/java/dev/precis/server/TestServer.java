package dev.precis.server;

import io.javalin.Javalin;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Runs a test against a started app on 127.0.0.1 and a free port, then stops it (what javalin-testtools
 * did for Javalin 6; it is not published for Javalin 7 here).
 */
public final class TestServer {

    /** The test body. */
    @FunctionalInterface
    public interface Body {
        void run(Javalin server, Client client) throws Exception;
    }

    /** An HTTP client bound to the running server's origin. */
    public static final class Client {
        private final String origin;
        private final OkHttpClient okHttp = new OkHttpClient.Builder()
                .readTimeout(Duration.ofSeconds(30)).followRedirects(false).build();

        Client(String origin) {
            this.origin = origin;
        }

        /** Sends a request to {@code path} built by {@code builder} (method, headers, body). */
        public Response request(String path, Consumer<Request.Builder> builder) throws IOException {
            Request.Builder b = new Request.Builder().url(origin + path);
            builder.accept(b);
            return okHttp.newCall(b.build()).execute();
        }

        public OkHttpClient getOkHttp() {
            return okHttp;
        }

        /** {@code http://127.0.0.1:PORT} */
        public String getOrigin() {
            return origin;
        }
    }

    private TestServer() {
    }

    /** Starts {@code app} on loopback, runs {@code body}, stops the app (also when the body fails). */
    public static void test(Javalin app, Body body) {
        app.start("127.0.0.1", 0);
        Client client = new Client("http://127.0.0.1:" + app.port());
        try {
            body.run(app, client);
        } catch (Exception e) {
            throw TestServer.<RuntimeException>rethrow(e);
        } finally {
            app.stop();
            client.okHttp.dispatcher().executorService().shutdown();
            client.okHttp.connectionPool().evictAll();
        }
    }

    /** Rethrows a checked exception unchanged (assertion errors and test failures keep their type). */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> E rethrow(Exception e) throws E {
        throw (E) e;
    }
}
