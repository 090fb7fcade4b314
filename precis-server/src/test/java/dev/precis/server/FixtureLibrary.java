package dev.precis.server;

import dev.precis.store.Library;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link TestLibrary#withFixtures fixture library} opened once for a test class and closed after it, in a
 * temporary folder removed afterwards: {@code @RegisterExtension static final FixtureLibrary lib = new
 * FixtureLibrary();}. Its {@code beforeAll} runs before the class's own {@code @BeforeAll} methods, so those
 * may read {@link #ids()}. One copy of what the API test classes each set up by hand before.
 */
public final class FixtureLibrary implements BeforeAllCallback, AfterAllCallback {

    private Path dir;
    private TestLibrary lib;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("precis-fixtures");
        lib = TestLibrary.withFixtures(dir);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (lib != null) {
                lib.close();
            }
        } finally {
            // dropped, not only closed: this object lives as long as its test class's static field, so a
            // closed library kept here stayed in the fork's heap to the end (one per API test class)
            lib = null;
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private TestLibrary open() {
        if (lib == null) {
            throw new IllegalStateException("the fixture library is opened in beforeAll: register it as a static field");
        }
        return lib;
    }

    /** The fixture articles' ids, in {@link Fixtures#ALL} order. */
    public List<Long> ids() {
        return open().ids;
    }

    public Library library() {
        return open().library;
    }

    public ArticleIntake intake() {
        return open().intake;
    }

    public ServerContext context() {
        return open().context();
    }

    public ServerContext context(ServerConfig config) {
        return open().context(config);
    }
}
