package dev.precis.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opening a {@link Library}: the database (created or migrated), the index folder and index, the library over
 * them, then its start (the index reconciled with the database, the group-commit timer); whatever was opened
 * is closed again when a step fails, and the failure is an {@link IOException} naming it.
 */
final class LibraryOpening {

    /** Makes the library over an open connection and index (its constructor). */
    interface Maker {
        Library make(Connection connection, SearchIndex index) throws SQLException;
    }

    private LibraryOpening() {
    }

    /** {@code bulk}: the embedded database closes without compacting its file ({@link Library#openForBulkLoad}). */
    static Library open(LibraryConfig config, boolean bulk, Maker maker) throws IOException {
        Connection c = Database.open(config, bulk);
        SearchIndex index = null;
        try {
            PrivateFiles.createDirectory(config.indexDir());
            index = new SearchIndex(config.indexDir());
            Library lib = maker.make(c, index);
            lib.start();
            return lib;
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                if (index != null) {
                    index.close();
                }
                c.close();
            } catch (SQLException | IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e instanceof IOException io ? io : new IOException("cannot open the library: " + e.getMessage(), e);
        }
    }
}
