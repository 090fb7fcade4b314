package dev.precis.server.web;

import dev.precis.server.PrecisServer;
import dev.precis.server.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reader tests over one small fixture library ({@link ReaderFixtures}), built once before a test class's tests and
 * closed after them, served by a fresh server per case. The library is a static of this class, so subclasses must
 * not run concurrently (the build runs test classes one after another).
 */
abstract class FixtureLibraryTest {

    @TempDir
    static Path dir;

    static ReaderFixtures.Built built;

    final ReaderHttp reader = new ReaderHttp();

    @BeforeAll
    static void library() throws Exception {
        built = ReaderFixtures.build(dir.resolve("lib"), null);
    }

    @AfterAll
    static void close() throws Exception {
        built.library().close();
    }

    /** One case against a served library, given the server's origin ({@code http://127.0.0.1:PORT}). */
    interface Case {
        void run(String origin) throws Exception;
    }

    /** Runs {@code c} against a server over the fixture library, reads signed-in only when {@code protectReads}. */
    static void serve(boolean protectReads, Case c) {
        TestServer.test(PrecisServer.create(built.context(protectReads)), (server, client) -> c.run(client.getOrigin()));
    }

    HttpResponse<String> get(String origin, String path, String cookie) throws Exception {
        return reader.get(origin, path, cookie);
    }

    HttpResponse<String> post(String origin, String path, String cookie, String form) throws Exception {
        return reader.post(origin, path, cookie, form);
    }

    /** The id of the fixture article stored under {@code name}. */
    static long id(String name) {
        return built.ids().get(name);
    }
}
