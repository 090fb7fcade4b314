package dev.precis.cli;

import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR} and {@code --db URL}: which library a command works on. */
final class LibraryOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "Library directory (default ~/.precis).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Use PostgreSQL: jdbc:postgresql://host/db?user=..&password=..")
    String db;

    LibraryConfig config() {
        Path dir = data != null ? data : Path.of(System.getProperty("user.home"), ".precis");
        try {
            return new LibraryConfig(dir, db);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    Library open() throws IOException {
        System.setProperty("org.slf4j.simpleLogger.log.org.flywaydb", "error");
        LibraryConfig config = config();
        try {
            return Library.open(config);
        } catch (IOException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}
