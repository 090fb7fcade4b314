package dev.precis.store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/** Opens the JDBC connection and brings the schema up to date with Flyway. Not thread-safe. */
final class Database {

    private Database() {
    }

    static Connection open(LibraryConfig config) throws IOException {
        Files.createDirectories(config.dataDir());
        String url = config.effectiveJdbcUrl();
        Connection c = null;
        try {
            // The library's connection opens first. Embedded H2 closes a database when its last connection
            // closes, compacting the file as it does; if Flyway's connection were the only one, every
            // schema check would close, compact and reopen the whole library.
            c = DriverManager.getConnection(url);
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(url, null, null)
                    .locations(locations(url))
                    .loggers("slf4j")
                    .load()
                    .migrate();
            c.setAutoCommit(false);
            return c;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw new IOException("cannot open the library database " + redact(url) + ": " + rootMessage(e), e);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // reporting the first failure matters more
            }
        }
    }

    /** The shared migrations, plus H2's own tuning ({@code db/h2}) on H2. */
    private static String[] locations(String url) {
        return url.startsWith("jdbc:h2:")
                ? new String[] {"classpath:db/migration", "classpath:db/h2"}
                : new String[] {"classpath:db/migration"};
    }

    static String redact(String url) {
        return url.replaceAll("(?i)password=[^&;]*", "password=***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
