package dev.precis.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Opens the JDBC connection and brings the schema up to date with Flyway. Not thread-safe. */
final class Database {

    private Database() {
    }

    static Connection open(LibraryConfig config) throws IOException {
        PrivateFiles.createDirectory(config.dataDir());
        String url = config.effectiveJdbcUrl();
        try {
            java.util.Properties props = new java.util.Properties();
            if (config.password() != null) {
                props.setProperty("password", config.password());
            }
            // a new embedded library is made on the library's own connection, as Flyway would make it (NewLibrary)
            Connection c = config.jdbcUrl() == null
                    ? NewLibrary.create(config.dataDir().resolve("library.mv.db"), url, props) : null;
            if (c == null) {
                // Flyway runs on a connection of its own, and closing it closes the embedded database before
                // the library's connection opens it again. That costs a reopen (not measurable on a 2,062-
                // article `precis search`), but after a crash the file is then closed cleanly right after
                // H2's recovery, before the library writes anything. Keeping the database open across the
                // schema check exposes a known H2 2.3 bug: writes after an unclean open can reuse space that
                // a later open marks twice ("Double mark", h2database issues 2752 and 4123); a kill test
                // run hit it once that way.
                flyway(url, config.password()).load().migrate();
                c = DriverManager.getConnection(url, props);
            }
            c.setAutoCommit(false);
            if (config.jdbcUrl() == null) {
                PrivateFiles.restrict(config.dataDir().resolve("library.mv.db"));
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            throw new IOException("cannot open the library database " + redact(url) + ": " + rootMessage(e), e);
        }
    }

    /**
     * The shared migrations, plus each database's own ({@code db/h2}: H2's tuning and its spelling of a
     * conversion; {@code db/postgresql}: PostgreSQL's spelling of the same conversion).
     */
    static String[] locations(String url) {
        return url.startsWith("jdbc:h2:")
                ? new String[] {"classpath:db/migration", "classpath:db/h2"}
                : new String[] {"classpath:db/migration", "classpath:db/postgresql"};
    }

    /** Flyway for this database: the SQL migrations of {@link #locations} and the Java ones (V1_9). */
    static FluentConfiguration flyway(String url, String password) {
        return Flyway.configure(Database.class.getClassLoader())
                .dataSource(url, null, password)
                .locations(locations(url))
                .javaMigrations(new PackMentionsMigration())
                .loggers("slf4j");
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
